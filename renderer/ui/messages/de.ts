import type { Translation } from '../../i18n/catalogue-types';
import type en from './en';

export default {
  countCapped: '{max}+',
  verifiedNumber: 'Verifizierte Nummer',
  verifiedExplanation: 'Der Netzbetreiber des Anrufers hat diese Nummer bestätigt (SHAKEN/STIR)',
  saving: 'Wird gespeichert…',
  saved: 'Gespeichert',
  optional: ' (optional)',
  cancel: 'Abbrechen',
} satisfies Translation<typeof en>;
