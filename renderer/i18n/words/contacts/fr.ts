import type { contactsWords } from '../../../../shared/text/contacts-words';
import type { Translation } from '../../catalogue-types';

export default {} satisfies Translation<typeof contactsWords>;
