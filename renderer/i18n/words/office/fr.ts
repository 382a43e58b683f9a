import type { officeWords } from '../../../../shared/text/office-words';
import type { Translation } from '../../catalogue-types';

export default {} satisfies Translation<typeof officeWords>;
