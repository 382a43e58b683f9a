import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  languageLabel: 'Sprache',
  languageHint: 'System verwendet die Sprache Ihres Computers, sofern Dialtone sie spricht, sonst Englisch.',
  languageSystem: 'System',
} satisfies Translation<typeof en>;
