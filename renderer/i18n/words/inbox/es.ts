import type { inboxWords } from '../../../../shared/text/inbox-words';
import type { Translation } from '../../catalogue-types';

export default {} satisfies Translation<typeof inboxWords>;
