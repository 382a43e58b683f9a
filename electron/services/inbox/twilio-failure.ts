import { toTwilioProblem } from '../../twilio/twilio-problem';
import { AppFailure } from '../app-failure';

/** Runs a request to Twilio; its failure comes back to the person in words, with what to do. */
export async function askTwilio<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const problem = toTwilioProblem(error);
    const code = problem.code === null ? '' : ` (Twilio error ${problem.code})`;
    throw new AppFailure('twilio-failed', `${problem.message}${code}. ${problem.whatToDo}`.slice(0, 2000));
  }
}
