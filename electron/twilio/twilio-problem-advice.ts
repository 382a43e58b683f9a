import {
  adviceKeyByCode,
  adviceKeyByStatus,
  twilioAdviceEnglish,
  type TwilioAdviceKey,
} from '../../shared/models/twilio-advice';
import type { TwilioProblem } from '../../shared/models/twilio-setup';
import { inEnglish, words, type Words } from '../../shared/text/words';

/** Known advice: its English words, and the key the renderer translates them by. */
export type KnownAdvice = Pick<TwilioProblem, 'whatToDo'> & { adviceKey: TwilioAdviceKey };

const advice = (adviceKey: TwilioAdviceKey): KnownAdvice => ({ adviceKey, whatToDo: twilioAdviceEnglish[adviceKey] });

/** What a person can do about a Twilio error code Dialtone expects during setup. */
export function adviceByCode(code: number): KnownAdvice | undefined {
  const key = adviceKeyByCode[code];
  return key === undefined ? undefined : advice(key);
}

/** For answers without a Twilio code, by HTTP status. */
export function adviceByStatus(status: number): KnownAdvice | undefined {
  const key = adviceKeyByStatus(status);
  return key === undefined ? undefined : advice(key);
}

/** How a connection to Twilio failed, by what the person can do about it. */
export type ConnectionFailure = 'unreachable' | 'timeout' | 'insecure';

const problem = (messageWords: Words, adviceKey: TwilioAdviceKey): TwilioProblem =>
  Object.freeze({ code: null, message: inEnglish(messageWords), ...advice(adviceKey), moreInfo: null, messageWords });

export const connectionProblems: Readonly<Record<ConnectionFailure, TwilioProblem>> = {
  unreachable: problem(words('setup.twilioUnreachable'), 'connectionUnreachable'),
  timeout: problem(words('setup.twilioTimeout'), 'connectionTimeout'),
  insecure: problem(words('setup.twilioInsecure'), 'connectionInsecure'),
};
