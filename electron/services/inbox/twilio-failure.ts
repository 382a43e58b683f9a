import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import type { TwilioAdviceKey } from '../../../shared/models/twilio-advice';
import { words, type Words, type WordsId } from '../../../shared/text/words';
import { inboxProblemWords } from '../../twilio/inbox-problem';
import { toTwilioProblem } from '../../twilio/twilio-problem';
import { AppFailure } from '../app-failure';

const connectionWords: Partial<Record<TwilioAdviceKey, WordsId>> = {
  connectionUnreachable: 'inbox.unreachable',
  connectionTimeout: 'inbox.timeout',
  connectionInsecure: 'inbox.insecure',
};

const capitalized = (key: string) => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
/** Twilio's words as a value: our sentence puts the full stop after them. */
const said = (message: string) => message.replace(/[.\s]+$/, '');

/**
 * A Twilio problem in the person's language: Twilio's words and code as values, Dialtone's advice by its
 * key. Null for a problem whose words came from elsewhere in English; it is shown as it is.
 */
function problemWords(problem: TwilioProblem): Words | null {
  const { adviceKey, code, moreInfo } = problem;
  const values = { problem: said(problem.message), ...(code === null ? {} : { code: String(code) }) };
  if (adviceKey) {
    const connection = connectionWords[adviceKey];
    if (connection) return words(connection);
    const id = `inbox.${code === null ? 'twilio' : 'twilioCoded'}${capitalized(adviceKey)}`;
    return words(id as WordsId, values);
  }
  // toTwilioProblem passes on Twilio's own words for a code Dialtone does not know.
  if (!problem.whatToDo.startsWith('Twilio said: ')) return null;
  if (code !== null) {
    return words('inbox.twilioSaidCoded', {
      ...values,
      moreInfo: moreInfo ?? `https://www.twilio.com/docs/errors/${code}`,
    });
  }
  return moreInfo === null ? words('inbox.twilioSaid', values) : words('inbox.twilioSaidSee', { ...values, moreInfo });
}

/** Runs a request to Twilio; its failure comes back to the person in words, with what to do. */
export async function askTwilio<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const problem = toTwilioProblem(error);
    const inWords = inboxProblemWords(error) ?? problemWords(problem);
    if (inWords) throw new AppFailure('twilio-failed', inWords);
    const code = problem.code === null ? '' : ` (Twilio error ${problem.code})`;
    throw new AppFailure('twilio-failed', `${problem.message}${code}. ${problem.whatToDo}`.slice(0, 2000));
  }
}
