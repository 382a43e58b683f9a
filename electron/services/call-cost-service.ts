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

/** Twilio prices a call some seconds to minutes after it ends: a row showing "pending" asks again after this. */
export const pendingKeptMs = 30_000;

/**
 * What a history row's call cost: stored once Twilio has priced it (so it is asked once per call, and the monthly
 * total is summed from the database), asked of Twilio's Call resource until then.
 */
export function createCallCostService(deps: CallCostDeps) {
  const pendingSince = new Map<string, number>();
  const asking = new Map<string, Promise<CallCost>>();

  async function ask(id: string, callSid: string): Promise<CallCost> {
    try {
      const line = await askTwilio(() => deps.line());
      if (!line) return { kind: 'none' };
      const price = await askTwilio(() => line.api.callPrice(callSid));
      if (price === null) {
        pendingSince.set(callSid, deps.now());
        return { kind: 'pending' };
      }
      deps.prices.record(id, price);
      pendingSince.delete(callSid);
      return { kind: 'priced', cost: price };
    } catch (error) {
      deps.logger.info('call price not read', { error: error instanceof Error ? error.message : String(error) });
      pendingSince.set(callSid, deps.now());
      return { kind: 'pending' };
    }
  }

  return {
    async costOf(historyId: string): Promise<CallCost> {
      const stored = deps.prices.get(historyId);
      if (stored) return { kind: 'priced', cost: stored };
      const callSid = deps.callSidOfHistoryRow(historyId);
      if (!callSid) return { kind: 'none' };
      const since = pendingSince.get(callSid);
      if (since !== undefined && deps.now() - since < pendingKeptMs) return { kind: 'pending' };
      const pending = asking.get(callSid) ?? ask(historyId, callSid);
      asking.set(callSid, pending);
      return pending.finally(() => asking.delete(callSid));
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
