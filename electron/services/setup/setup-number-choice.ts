import type { NumberChoice, TwilioProblem } from '../../../shared/models/twilio-setup';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import { problemInWords, toTwilioProblem } from '../../twilio/twilio-problem';
import { AppFailure } from '../app-failure';
import type { SetupRecord } from './setup-record';
import { words } from '../../../shared/text/words';

type SetupNumber = NonNullable<SetupRecord['number']>;

/** A refusal in the setup's words, shown like a Twilio problem (what happened, what to do). */
export class SetupProblem extends Error {
  constructor(readonly problem: TwilioProblem) {
    super(problem.message);
  }
}

/** What a person is shown for a failure of a step that talks to Twilio. */
export const problemOf = (error: unknown): TwilioProblem =>
  error instanceof SetupProblem ? error.problem : toTwilioProblem(error);

/** Once anything exists on Twilio for one number, the setup stays with it until it is removed. */
export function requireNothingProvisioned(record: SetupRecord): void {
  if (Object.keys(record.resources).length === 0) return;
  const phoneNumber = record.number?.phoneNumber;
  throw new SetupProblem(
    problemInWords(
      phoneNumber ? words('setup.alreadySetUp', { phoneNumber }) : words('setup.alreadySetUpANumber'),
      words('setup.alreadySetUpAdvice'),
    ),
  );
}

/**
 * The number the setup will use: one already on the account, or one bought now. Never a second
 * purchase: a number bought in an earlier run must be used (or removed) first. `markBuying` keeps the
 * number asked for before the purchase, so a rerun after an answer that was lost still knows who bought it.
 */
export async function resolveNumberChoice(
  twilio: TwilioConnection,
  choice: NumberChoice,
  record: SetupRecord,
  markBuying: (phoneNumber: string) => void,
): Promise<SetupNumber> {
  const previous = record.number;
  if (choice.kind === 'adopt') {
    if (previous?.sid !== choice.sid) requireNothingProvisioned(record);
    const owned = (await twilio.listOwnedNumbers()).find((number) => number.sid === choice.sid);
    if (!owned) throw new AppFailure('not-found', words('setup.numberGoneFromAccount'));
    return {
      sid: owned.sid,
      phoneNumber: owned.phoneNumber,
      purchased: previous?.sid === owned.sid && previous.purchased,
    };
  }
  if (previous?.phoneNumber !== choice.phoneNumber) {
    requireNothingProvisioned(record);
    if (previous?.purchased) {
      throw new SetupProblem(
        problemInWords(
          words('setup.alreadyBought', { phoneNumber: previous.phoneNumber }),
          words('setup.alreadyBoughtAdvice'),
        ),
      );
    }
  }
  markBuying(choice.phoneNumber);
  const { number, purchased } = await twilio.buyNumber(choice.phoneNumber);
  const boughtBefore =
    (previous?.sid === number.sid && previous.purchased) || record.buyingNumber === number.phoneNumber;
  return { sid: number.sid, phoneNumber: number.phoneNumber, purchased: purchased || boughtBefore };
}
