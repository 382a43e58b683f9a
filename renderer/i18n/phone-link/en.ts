import { phoneLinkProblemEnglish } from '../../../shared/phone/phone-link-text';

export default phoneLinkProblemEnglish;
