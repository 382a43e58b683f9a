import type { Translation } from '../../i18n/catalogue-types';
import type en from './en';

export default {
  countCapped: '{max}+',
  verifiedNumber: 'Numéro vérifié',
  verifiedExplanation: 'L’opérateur de l’appelant a confirmé ce numéro (SHAKEN/STIR)',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  optional: ' (facultatif)',
  cancel: 'Annuler',
} satisfies Translation<typeof en>;
