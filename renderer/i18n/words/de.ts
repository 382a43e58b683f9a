import general from './general/de';
import contacts from './contacts/de';
import team from './team/de';
import office from './office/de';
import inbox from './inbox/de';
import calls from './calls/de';
import setup from './setup/de';
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
