import type { CallPriceAnswer } from '../../shared/models/call-price';
import type { Logger } from '../logging/logger';
import type { InboxLine, InboxLineSource } from './inbox/inbox-line';
import { askTwilio } from './inbox/twilio-failure';

export interface CallPriceDeps {
  /** The Twilio phone line (its REST access and number); null when none is set up. */
  line: InboxLineSource;
  now(): number;
  logger: Logger;
}

/** Twilio's voice prices change rarely and are announced ahead; a day old is fresh enough to decide to call. */
export const priceKeptMs = 24 * 60 * 60 * 1000;
/**
 * Twilio prices a call by the destination's prefix (country code and, for mobiles and special ranges, a few more
 * digits); the answer for one number does not say which prefix matched. The first six digits after + cover every
 * prefix that sets a price in practice (+4477, +491520, +1800), so numbers sharing them share one answer.
 */
const prefixDigits = 6;
/** A person dials a few dozen destinations a day; the cache never grows past this. */
const mostKept = 500;

type Known = Extract<CallPriceAnswer, { kind: 'priced' } | { kind: 'unknown' }>;

/**
 * The per-minute price of a call to a number, before dialling it. Kept in memory, not in the database: a day's
 * answers are few, cost one request each to get again after a restart, and prices must not outlive the day anyway.
 */
export function createCallPriceService(deps: CallPriceDeps) {
  const kept = new Map<string, { at: number; answer: Known }>();
  const asking = new Map<string, Promise<CallPriceAnswer>>();

  async function ask(key: string, number: string, line: InboxLine): Promise<CallPriceAnswer> {
    try {
      const price = await askTwilio(() => line.api.voicePrice(number, line.number));
      const answer: Known = price ? { kind: 'priced', price } : { kind: 'unknown' };
      if (kept.size >= mostKept) kept.delete(kept.keys().next().value!);
      kept.set(key, { at: deps.now(), answer });
      return answer;
    } catch (error) {
      deps.logger.info('call price unavailable', { error: error instanceof Error ? error.message : String(error) });
      return { kind: 'unavailable' };
    }
  }

  return {
    /** Never fails: a price that cannot be had must not stand between a person and the call. */
    async perMinuteTo(number: string): Promise<CallPriceAnswer> {
      let line: InboxLine | null;
      try {
        line = await deps.line();
      } catch (error) {
        deps.logger.info('call price unavailable', { error: error instanceof Error ? error.message : String(error) });
        return { kind: 'unavailable' };
      }
      if (!line) return { kind: 'none' };
      const key = `${line.number}>${number.slice(0, 1 + prefixDigits)}`;
      const hit = kept.get(key);
      if (hit && deps.now() - hit.at < priceKeptMs) return hit.answer;
      const pending = asking.get(key) ?? ask(key, number, line);
      asking.set(key, pending);
      return pending.finally(() => asking.delete(key));
    },
  };
}

export type CallPriceService = ReturnType<typeof createCallPriceService>;
