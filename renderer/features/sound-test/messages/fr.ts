import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {} satisfies Translation<typeof en>;
