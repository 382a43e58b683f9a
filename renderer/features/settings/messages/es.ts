import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  languageLabel: 'Idioma',
  languageHint: 'Sistema usa el idioma de tu ordenador si Dialtone lo habla; si no, inglés.',
  languageSystem: 'Sistema',
} satisfies Translation<typeof en>;
