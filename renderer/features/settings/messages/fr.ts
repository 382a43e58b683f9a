import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  languageLabel: 'Langue',
  languageHint: 'Système utilise la langue de votre ordinateur si Dialtone la parle, sinon l’anglais.',
  languageSystem: 'Système',
} satisfies Translation<typeof en>;
