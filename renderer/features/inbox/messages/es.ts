import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  noLine:
    'El buzón de voz y los SMS vienen con una línea telefónica de Twilio. Configura una en Ajustes, Línea telefónica.',
  syncing: 'Buscando mensajes de voz y SMS nuevos en Twilio…',
  problem: 'No se ha podido consultar Twilio: {message} {whatToDo}',
  notChecked: 'Aún no se ha consultado Twilio.',
  upToDate: 'Al día con Twilio a las {time}.',
  withSyncError: '{status} {syncError}',
  checkNow: 'Comprobar ahora',
} satisfies Translation<typeof en>;
