import { dialProblemEnglish } from '../../../shared/phone/dial-problem-text';

export default dialProblemEnglish;
