import type { Translation } from '../../i18n/catalogue-types';
import type en from './en';

export default {
  countCapped: '{max}+',
  verifiedNumber: 'Número verificado',
  verifiedExplanation: 'El operador de quien llama ha confirmado este número (SHAKEN/STIR)',
  saving: 'Guardando…',
  saved: 'Guardado',
  optional: ' (opcional)',
  cancel: 'Cancelar',
} satisfies Translation<typeof en>;
