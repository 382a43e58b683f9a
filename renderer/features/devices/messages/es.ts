import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  headsetHeading: 'Botones de los auriculares',
  headsetHint:
    'Contesta, cuelga y silencia con los botones de unos auriculares USB (o de su adaptador inalámbrico); sus luces siguen tus llamadas.',
  headsetConnect: 'Conectar auriculares',
  headsetNone: 'No hay auriculares conectados.',
  headsetConnectedList: 'Auriculares conectados',
  headsetUnsupported: 'Los botones de los auriculares funcionan en la app de escritorio, o en Chrome o Edge.',
  headsetConnectFailed:
    'No se han podido conectar los auriculares ({reason}). Desconéctalos, vuelve a conectarlos e inténtalo de nuevo.',
  headsetProblem:
    'Los botones de {name} han dejado de funcionar ({reason}). Desconecta los auriculares y vuelve a conectarlos.',
  headsetListFailed:
    'Dialtone no ha podido encontrar tus auriculares ({reason}). Vuelve a cargar la ventana para intentarlo de nuevo.',
} satisfies Translation<typeof en>;
