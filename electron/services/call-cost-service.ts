import type { CallCost, MonthCost } from '../../shared/models/call-price';
import type { CallPriceQueries } from '../db/queries/call-price-queries';
import type { Logger } from '../logging/logger';
import type { InboxLineSource } from './inbox/inbox-line';
import { askTwilio } from './inbox/twilio-failure';

export interface CallCostDeps {
  line: InboxLineSource;
  prices: CallPriceQueries;
  /** The CallSid at Twilio of a history row's call, when main knows it. */
  callSidOfHistoryRow(id: string): string | null;
  now(): number;
  logger: Logger;
}

/**
 * Twilio prices a call some seconds to minutes after it ends: a row showing "pending" asks again after this,
 * doubling each time Twilio still has no price (or cannot be asked), up to once an hour, so that a call Twilio
 * never prices (deleted in the Console, another account) is not asked every 30 s for as long as it is shown.
 */
export const pendingKeptMs = 30_000;
export const pendingKeptMaxMs = 60 * 60_000;

/**
 * What a history row's call cost: stored once Twilio has priced it (so it is asked once per call, and the monthly
 * total is summed from the database), asked of Twilio's Call resource until then.
 */
export function createCallCostService(deps: CallCostDeps) {
  const pending = new Map<string, { since: number; waitMs: number }>();
  const asking = new Map<string, Promise<CallCost>>();

  function stillPending(callSid: string): CallCost {
    const previous = pending.get(callSid);
    const waitMs = previous ? Math.min(previous.waitMs * 2, pendingKeptMaxMs) : pendingKeptMs;
    pending.set(callSid, { since: deps.now(), waitMs });
    return { kind: 'pending' };
  }

  async function ask(id: string, callSid: string): Promise<CallCost> {
    try {
      const line = await askTwilio(() => deps.line());
      if (!line) return { kind: 'none' };
      const price = await askTwilio(() => line.api.callPrice(callSid));
      if (price === null) return stillPending(callSid);
      deps.prices.record(id, price);
      pending.delete(callSid);
      return { kind: 'priced', cost: price };
    } catch (error) {
      deps.logger.info('call price not read', { error: error instanceof Error ? error.message : String(error) });
      return stillPending(callSid);
    }
  }

  return {
    async costOf(historyId: string): Promise<CallCost> {
      const stored = deps.prices.get(historyId);
      if (stored) return { kind: 'priced', cost: stored };
      const callSid = deps.callSidOfHistoryRow(historyId);
      if (!callSid) return { kind: 'none' };
      const waiting = pending.get(callSid);
      if (waiting && deps.now() - waiting.since < waiting.waitMs) return { kind: 'pending' };
      const answer = asking.get(callSid) ?? ask(historyId, callSid);
      asking.set(callSid, answer);
      return answer.finally(() => asking.delete(callSid));
    },
    /** The calendar month (the computer's time zone) that `now` is in, from stored prices only. */
    monthCost(): MonthCost {
      const now = new Date(deps.now());
      const from = new Date(now.getFullYear(), now.getMonth(), 1).getTime();
      const to = new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime();
      return deps.prices.totals(from, to);
    },
  };
}

export type CallCostService = ReturnType<typeof createCallCostService>;
