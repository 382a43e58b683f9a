import type { BalanceAnswer } from '../../shared/models/call-price';
import type { Logger } from '../logging/logger';
import type { InboxLineSource } from './inbox/inbox-line';
import { askTwilio } from './inbox/twilio-failure';

export interface BalanceDeps {
  /** The Twilio phone line's REST access; null when none is set up. */
  line: InboxLineSource;
  now(): number;
  logger: Logger;
}

/** The header and Settings both ask; a balance a minute old is as good for a gentle warning. */
export const balanceKeptMs = 60_000;

/** The Twilio account's balance, for Settings and the low-balance note; never fails (a note is not worth an error). */
export function createBalanceService(deps: BalanceDeps) {
  let kept: { at: number; answer: BalanceAnswer } | null = null;
  let asking: Promise<BalanceAnswer> | null = null;

  async function ask(): Promise<BalanceAnswer> {
    try {
      const line = await askTwilio(() => deps.line());
      if (!line) return { kind: 'none' };
      const balance = await askTwilio(() => line.api.balance());
      const answer: BalanceAnswer = balance ? { kind: 'known', balance } : { kind: 'unavailable' };
      kept = { at: deps.now(), answer };
      return answer;
    } catch (error) {
      // A restricted API key may not read the balance (403): the person just sees no balance.
      deps.logger.info('balance unavailable', { error: error instanceof Error ? error.message : String(error) });
      return { kind: 'unavailable' };
    }
  }

  return {
    async balance(): Promise<BalanceAnswer> {
      if (kept && deps.now() - kept.at < balanceKeptMs) return kept.answer;
      asking ??= ask().finally(() => (asking = null));
      return asking;
    },
    /** After the setup changed (another account, removed): the next ask goes to Twilio. */
    forget(): void {
      kept = null;
    },
  };
}

export type BalanceService = ReturnType<typeof createBalanceService>;
