import { z } from 'zod';
import { e164Schema } from './e164';

/** What a call to a number costs per minute on the Twilio line, as Twilio's Pricing API says before dialling. */
export const perMinutePriceSchema = z.strictObject({
  /** Positive, in `currency` (Twilio bills calls by the minute). */
  perMinute: z.number().finite().min(0).max(1000),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type PerMinutePrice = z.infer<typeof perMinutePriceSchema>;

/**
 * The price line under the number field. `none`: there is nothing to price (no Twilio line: other SIP accounts show
 * no cost). `unknown`: Twilio has no price for this destination. `unavailable`: Twilio could not be asked (down,
 * offline, a key that may not read prices); dialling still works in every case.
 */
export const callPriceAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('priced'), price: perMinutePriceSchema }),
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('unknown') }),
  z.strictObject({ kind: z.literal('unavailable') }),
]);
export type CallPriceAnswer = z.infer<typeof callPriceAnswerSchema>;

export const callPriceRequestSchema = z.strictObject({ number: e164Schema });

export const accountBalanceSchema = z.strictObject({
  /** Negative once the account is overdrawn. */
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type AccountBalance = z.infer<typeof accountBalanceSchema>;

/** `none`: no Twilio line (nothing to show); `unavailable`: Twilio could not be asked or would not say. */
export const balanceAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('known'), balance: accountBalanceSchema }),
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('unavailable') }),
]);
export type BalanceAnswer = z.infer<typeof balanceAnswerSchema>;

const moneySchema = z.strictObject({
  /** Positive: what was paid. */
  amount: z.number().finite().min(0).max(100_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

/**
 * A history row's cost. `pending`: the call is on Twilio but Twilio has not priced it yet (it does some time after
 * the call ends). `none`: a call Twilio does not know (another SIP account, not connected, or found no CallSid).
 */
export const callCostSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('priced'), cost: moneySchema }),
  z.strictObject({ kind: z.literal('pending') }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type CallCost = z.infer<typeof callCostSchema>;

/** This month's calls with a known price, totalled per currency (an account has one; a changed account may add one). */
export const monthCostSchema = z.array(moneySchema.extend({ calls: z.number().int().min(0) })).max(10);
export type MonthCost = z.infer<typeof monthCostSchema>;
