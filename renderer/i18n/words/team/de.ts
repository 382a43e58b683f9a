import type { teamWords } from '../../../../shared/text/team-words';
import type { Translation } from '../../catalogue-types';

export default {} satisfies Translation<typeof teamWords>;
