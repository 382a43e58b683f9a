import { useMemo, useState } from 'react';
import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { applyBlockChange, callerBlockOf, type BlockChange, type CallerBlock } from './caller-block';

const nothingBlocked: readonly string[] = [];

/**
 * What Block and Unblock need where a caller shows: whether they are offered at all (blocking happens at
 * Twilio, so only with a Twilio line), what is blocked now, and the country numbers are read in.
 */
export function useBlockedCallers(): { available: boolean; blocked: readonly string[]; country: string } {
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const blocked = useSetupStore((state) => selectors.callHandling(state)?.blockedCallers ?? null);
  const country = useSettingsStore(countryOf);
  return { available: hasLine && blocked !== null, blocked: blocked ?? nothingBlocked, country };
}

/**
 * What Block and Unblock can do for `caller` (as the app knows it: E.164, a SIP URI, a word when withheld, a
 * contact's number as typed); null without a Twilio line, as blocking happens at Twilio.
 */
export function useCallerBlock(caller: string): CallerBlock | null {
  const { available, blocked, country } = useBlockedCallers();
  const t = useT();
  return useMemo(
    () => (available ? callerBlockOf(caller, country, blocked, t) : null),
    [available, caller, country, blocked, t],
  );
}

export type BlockSave =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'failed'; problem: TwilioProblem | null; message: string | null };

const failed = (problem: TwilioProblem | null, message: string | null): BlockSave => ({
  status: 'failed',
  problem,
  message,
});

/**
 * Saves a block or an unblock as part of the call handling, as Settings does: the call handling main has
 * now, with only the blocked list changed (whatever else it holds stays as it is), through main to Twilio.
 */
export function useBlockSave(): { save: BlockSave; apply(change: BlockChange): Promise<boolean> } {
  const [save, setSave] = useState<BlockSave>({ status: 'idle' });
  const t = useT();

  async function apply(change: BlockChange): Promise<boolean> {
    const setup = useSetupStore.getState();
    const current = selectors.callHandling(setup);
    if (!current || !selectors.hasTwilioLine(setup)) {
      setSave(failed(null, t('callHandling.blockNoLine')));
      return false;
    }
    if (selectors.busy(setup)) {
      setSave(failed(null, t('callHandling.blockBusy')));
      return false;
    }
    const next = applyBlockChange(current.blockedCallers, change, t);
    if (!next.ok) {
      setSave(failed(null, next.message));
      return false;
    }
    setSave({ status: 'saving' });
    const done = await setup.setCallHandling({ ...current, blockedCallers: next.blocked });
    const after = useSetupStore.getState();
    const problem = selectors.problem(after);
    const message = problem ? null : (selectors.requestError(after) ?? t('callHandling.saveFailed'));
    setSave(done ? { status: 'idle' } : failed(problem, message));
    return done;
  }

  return { save, apply };
}
