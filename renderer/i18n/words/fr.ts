import general from './general/fr';
import contacts from './contacts/fr';
import team from './team/fr';
import office from './office/fr';
import inbox from './inbox/fr';
import calls from './calls/fr';
import setup from './setup/fr';
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
