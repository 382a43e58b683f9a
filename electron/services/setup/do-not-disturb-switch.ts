import type { SetupState, TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Logger } from '../../logging/logger';
import { AppFailure } from '../app-failure';
import type { SetupService } from './setup-service';

/** Do not disturb as the tray shows it: only a Twilio line has one, and a change takes a moment to save. */
export type DoNotDisturbState = { kind: 'no-line' } | { kind: 'line'; on: boolean; saving: boolean };

/**
 * What a press did. `ignored`: a change was still being saved, so the press was dropped rather than
 * queued (a queued flip would undo the first one behind the person's back). `failed` carries the
 * state that holds at Twilio afterwards.
 */
export type DoNotDisturbOutcome =
  { kind: 'switched'; on: boolean } | { kind: 'ignored' } | { kind: 'failed'; on: boolean; problem: TwilioProblem };

/** The setup has saved a phone line, so its routing exists at Twilio and holds the switch. */
export function doNotDisturbOf(setup: SetupState): DoNotDisturbState {
  if (setup.accountId === null) return { kind: 'no-line' };
  return { kind: 'line', on: setup.callHandling.doNotDisturb, saving: setup.busy };
}

export const noLineProblem: TwilioProblem = {
  code: null,
  message: 'Do not disturb works on your Twilio phone line, and Dialtone has none yet.',
  whatToDo: 'Open Dialtone and finish setting up your Twilio line, then try again.',
  moreInfo: null,
};

const stillSavingProblem = (message: string): TwilioProblem => ({
  code: null,
  message,
  whatToDo: 'Wait a moment for the other change to finish, then try again.',
  moreInfo: null,
});

/**
 * One "toggle do not disturb" for the tray and the global shortcut: flips the saved value through
 * the setup's own setCallHandling (the variable on the routing, no build), keeping every other
 * choice of the person's call handling as it is.
 */
export function createDoNotDisturbSwitch(setup: Pick<SetupService, 'get' | 'setCallHandling'>, logger: Logger) {
  let saving = false;

  async function toggle(): Promise<DoNotDisturbOutcome> {
    const current = setup.get();
    const state = doNotDisturbOf(current);
    if (state.kind === 'no-line') return { kind: 'failed', on: false, problem: noLineProblem };
    if (saving || state.saving) return { kind: 'ignored' };
    saving = true;
    const wanted = !state.on;
    try {
      // Read and written in the same turn: nothing can change the handling in between.
      const after = await setup.setCallHandling({ ...current.callHandling, doNotDisturb: wanted });
      const on = after.callHandling.doNotDisturb;
      if (after.problem) {
        logger.warn('Do not disturb could not be switched', { wanted, code: after.problem.code ?? 'none' });
        return { kind: 'failed', on, problem: after.problem };
      }
      logger.info('Do not disturb switched', { on });
      return { kind: 'switched', on };
    } catch (error) {
      // Another setup operation started first (AppFailure 'out-of-order'); anything else is a bug.
      if (!(error instanceof AppFailure)) throw error;
      logger.warn('Do not disturb could not be switched', { wanted, code: error.code });
      return { kind: 'failed', on: state.on, problem: stillSavingProblem(error.message) };
    } finally {
      saving = false;
    }
  }

  return { toggle, state: () => doNotDisturbOf(setup.get()) };
}

export type DoNotDisturbSwitch = ReturnType<typeof createDoNotDisturbSwitch>;
