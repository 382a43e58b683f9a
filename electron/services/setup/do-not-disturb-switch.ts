import type { SetupState, TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Logger } from '../../logging/logger';
import type { SetupService } from './setup-service';
import { words } from '../../../shared/text/words';
import { problemInWords } from '../../twilio/twilio-problem';

/** Do not disturb as the tray shows it: only a Twilio line has one, and a change takes a moment to reach Twilio. */
export type DoNotDisturbState = { kind: 'no-line' } | { kind: 'line'; on: boolean; saving: boolean };

/**
 * What a press did. `ignored`: the previous press was still on its way to Twilio, so this one was dropped
 * rather than queued (a queued flip would undo the first one behind the person's back). `failed`: nothing
 * changed (no line). `not-live`: saved in Dialtone as `on`, but Twilio did not take it (Try again sends it).
 */
export type DoNotDisturbOutcome =
  | { kind: 'switched'; on: boolean }
  | { kind: 'ignored' }
  | { kind: 'failed'; on: boolean; problem: TwilioProblem }
  | { kind: 'not-live'; on: boolean; problem: TwilioProblem };

/** The setup has saved a phone line, so its routing exists at Twilio and holds the switch. */
export function doNotDisturbOf(setup: SetupState): DoNotDisturbState {
  if (setup.accountId === null) return { kind: 'no-line' };
  return { kind: 'line', on: setup.callHandling.doNotDisturb, saving: setup.routingSync.status === 'sending' };
}

export const noLineProblem: TwilioProblem = problemInWords(
  words('setup.noLineForDnd'),
  words('setup.noLineForDndAdvice'),
);

/**
 * One "toggle do not disturb" for the tray and the global shortcut: flips the saved value through
 * the setup's own setCallHandling (the variable on the routing, no build), keeping every other
 * choice of the person's call handling as it is. A change of another setting still on its way goes
 * first, then this one, in the same queue.
 */
export function createDoNotDisturbSwitch(
  setup: Pick<SetupService, 'get' | 'setCallHandling' | 'untilSent'>,
  logger: Logger,
) {
  let saving = false;

  async function toggle(): Promise<DoNotDisturbOutcome> {
    const current = setup.get();
    const state = doNotDisturbOf(current);
    if (state.kind === 'no-line') return { kind: 'failed', on: false, problem: noLineProblem };
    if (saving) return { kind: 'ignored' };
    saving = true;
    const wanted = !state.on;
    try {
      // Read and written in the same turn: nothing can change the handling in between.
      setup.setCallHandling({ ...current.callHandling, doNotDisturb: wanted });
      const after = await setup.untilSent();
      const on = after.callHandling.doNotDisturb;
      if (after.routingSync.status === 'not-live') {
        const { problem } = after.routingSync;
        logger.warn('Do not disturb did not reach Twilio', { wanted, code: problem.code ?? 'none' });
        return { kind: 'not-live', on, problem };
      }
      logger.info('Do not disturb switched', { on });
      return { kind: 'switched', on };
    } finally {
      saving = false;
    }
  }

  return { toggle, state: () => doNotDisturbOf(setup.get()) };
}

export type DoNotDisturbSwitch = ReturnType<typeof createDoNotDisturbSwitch>;
