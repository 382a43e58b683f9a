import general from './general/es';
import contacts from './contacts/es';
import team from './team/es';
import office from './office/es';
import inbox from './inbox/es';
import calls from './calls/es';
import setup from './setup/es';
import type { WordsTranslation } from './catalogue';

export default {
  'words.general': general,
  'words.contacts': contacts,
  'words.team': team,
  'words.office': office,
  'words.inbox': inbox,
  'words.calls': calls,
  'words.setup': setup,
} satisfies WordsTranslation;
