import { z } from 'zod';
import type { AccountBalance, PerMinutePrice } from '../../shared/models/call-price';
import type { InboxConnection } from './inbox-api';
import { checkedSid } from './inbox-answers';
import { e164Answer } from './twilio-answers';

export interface VoicePricingApi {
  /**
   * What a call from `origination` to `destination` (both E.164) costs per minute, from Twilio's Pricing API
   * (pricing.twilio.com/v2/Voice/Numbers); null when Twilio has no price for that destination (404) or gave none usable.
   */
  voicePrice(destination: string, origination: string): Promise<PerMinutePrice | null>;
  /** The account's balance (Balance.json); null when Twilio gave none usable. */
  balance(): Promise<AccountBalance | null>;
  /**
   * What a finished call cost (Calls/{Sid}.json: price, a negative string such as "-0.01300", and price_unit), as a
   * positive amount; null while Twilio has not priced it yet (null price), or when it gave nothing usable.
   */
  callPrice(callSid: string): Promise<{ amount: number; currency: string } | null>;
}

/** Twilio's spec says number; a numeric string (as older answers had) is read too. Anything else is no price. */
const amount = z.unknown().transform((value) => {
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,6}(\.\d{1,8})?$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isFinite(parsed) && parsed >= 0 && parsed <= 1000 ? parsed : null;
});
/** twilio-node 6 camelCases the items of outboundCallPrices; Twilio's own JSON names are read as well. */
const outboundPrice = z
  .object({
    basePrice: amount.optional(),
    currentPrice: amount.optional(),
    originationPrefixes: z.array(z.string().max(32)).max(200).nullish(),
    base_price: amount.optional(),
    current_price: amount.optional(),
    origination_prefixes: z.array(z.string().max(32)).max(200).nullish(),
  })
  .transform((entry) => ({
    price: entry.currentPrice ?? entry.current_price ?? entry.basePrice ?? entry.base_price ?? null,
    prefixes: entry.originationPrefixes ?? entry.origination_prefixes ?? ['ALL'],
  }));
const voiceNumberAnswer = z.object({
  outboundCallPrices: z.array(z.unknown()).max(200).nullish(),
  priceUnit: z.string().max(8).nullish(),
});

/** Balance.json: a signed decimal string ("-0.52" once overdrawn). */
const balanceAnswer = z.object({
  balance: z
    .string()
    .regex(/^-?\d{1,9}(\.\d{1,8})?$/)
    .nullish(),
  currency: z.string().max(8).nullish(),
});

const callPriceAnswer = z.object({
  price: z
    .string()
    .regex(/^-?\d{1,6}(\.\d{1,8})?$/)
    .nullish(),
  priceUnit: z.string().max(8).nullish(),
});

/** Twilio lists prices per group of origination prefixes ("ALL" for any origin); the longest match wins. */
function priceFrom(entries: z.output<typeof outboundPrice>[], origination: string): number | null {
  const digits = origination.replace(/^\+/, '');
  let best: { length: number; price: number } | null = null;
  for (const entry of entries) {
    const { price, prefixes } = entry;
    if (price === null) continue;
    for (const prefix of prefixes) {
      const length = prefix.toUpperCase() === 'ALL' ? 0 : digits.startsWith(prefix) ? prefix.length : -1;
      if (length >= 0 && (!best || length > best.length)) best = { length, price };
    }
  }
  return best?.price ?? null;
}

export function voicePricingInbox(connection: Pick<InboxConnection, 'rest' | 'step'>): VoicePricingApi {
  const { rest, step } = connection;
  return {
    voicePrice: (destination, origination) =>
      step('voice-price', async () => {
        const to = e164Answer.parse(destination);
        const from = e164Answer.parse(origination);
        let answer: unknown;
        try {
          answer = await rest.pricing.v2.voice.numbers(to).fetch({ originationNumber: from });
        } catch (error) {
          if ((error as { status?: unknown }).status === 404) return null;
          throw error;
        }
        const parsed = voiceNumberAnswer.safeParse(answer);
        const currency = parsed.success ? parsed.data.priceUnit?.trim().toUpperCase() : undefined;
        if (!parsed.success || !currency || !/^[A-Z]{3}$/.test(currency)) return null;
        const entries = (parsed.data.outboundCallPrices ?? []).flatMap((entry) => {
          const read = outboundPrice.safeParse(entry);
          return read.success ? [read.data] : [];
        });
        const perMinute = priceFrom(entries, from);
        return perMinute === null ? null : { perMinute, currency };
      }),
    callPrice: (callSid) =>
      step('call-price', async () => {
        const answer = callPriceAnswer.safeParse(await rest.calls(checkedSid('CA', callSid)).fetch());
        if (!answer.success || !answer.data.price) return null;
        const currency = answer.data.priceUnit?.trim().toUpperCase();
        if (!currency || !/^[A-Z]{3}$/.test(currency)) return null;
        const amount = Math.abs(Number(answer.data.price));
        return amount <= 100_000 ? { amount, currency } : null;
      }),
    balance: () =>
      step('balance', async () => {
        const answer = balanceAnswer.safeParse(await rest.api.v2010.account.balance.fetch());
        const currency = answer.success ? answer.data.currency?.trim().toUpperCase() : undefined;
        const amount = answer.success && answer.data.balance ? Number(answer.data.balance) : NaN;
        if (!currency || !/^[A-Z]{3}$/.test(currency) || !Number.isFinite(amount)) return null;
        return { amount, currency };
      }),
  };
}
