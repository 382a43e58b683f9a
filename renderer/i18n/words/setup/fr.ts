import type { setupWords } from '../../../../shared/text/setup-words';
import type { Translation } from '../../catalogue-types';

export default {} satisfies Translation<typeof setupWords>;
