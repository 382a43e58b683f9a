import type { RoutingSync, TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Logger } from '../../logging/logger';
import { words } from '../../../shared/text/words';
import { problemInWords } from '../../twilio/twilio-problem';

export interface RoutingSyncDeps {
  /** Sends the choices saved at the moment it runs; throws what Twilio (or the network) answered. */
  send: () => Promise<void>;
  /** Keeps the state with the setup record and tells the screens. */
  record: (sync: RoutingSync) => void;
  problemOf: (error: unknown) => TwilioProblem;
  now: () => Date;
  logger: Logger;
}

export const closedWhileSendingProblem: TwilioProblem = problemInWords(
  words('setup.closedWhileSending'),
  words('setup.closedWhileSendingAdvice'),
);

/**
 * The state read back at start: a send under way when Dialtone closed never finished, and neither did one that
 * had not started (`unsent`: the saved choices are not those Twilio last confirmed).
 */
export function resumedSync(sync: RoutingSync, unsent: boolean): RoutingSync {
  if (sync.status === 'sending') return { status: 'not-live', at: sync.since, problem: closedWhileSendingProblem };
  if (sync.status === 'live' && unsent) return { status: 'not-live', at: sync.at, problem: closedWhileSendingProblem };
  return sync;
}

/**
 * Sends the saved routing choices to Twilio, one send at a time. A change made while one is on its way is
 * not lost and not sent alongside it: once the send finishes, the newest saved choices go in one more send.
 */
export function createRoutingSync(deps: RoutingSyncDeps) {
  let running: Promise<void> | null = null;
  let again = false;

  async function drain(): Promise<void> {
    while (again) {
      again = false;
      deps.record({ status: 'sending', since: deps.now().toISOString() });
      try {
        await deps.send();
        if (!again) deps.record({ status: 'live', at: deps.now().toISOString() });
      } catch (error) {
        const problem = deps.problemOf(error);
        deps.logger.warn('Twilio did not take the routing choices', { code: problem.code ?? 'none', newer: again });
        if (!again) deps.record({ status: 'not-live', at: deps.now().toISOString(), problem });
      }
    }
  }

  return {
    /** Sends what is saved now; resolves once nothing newer is waiting (check the recorded state for the outcome). */
    request(): Promise<void> {
      again = true;
      running ??= drain().finally(() => {
        running = null;
      });
      return running;
    },
    /** Resolves once nothing is being sent. */
    idle: (): Promise<void> => running ?? Promise.resolve(),
  };
}

export type RoutingSyncRunner = ReturnType<typeof createRoutingSync>;
