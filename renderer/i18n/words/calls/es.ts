import type { callsWords } from '../../../../shared/text/calls-words';
import type { Translation } from '../../catalogue-types';

export default {} satisfies Translation<typeof callsWords>;
