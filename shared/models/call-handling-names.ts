/** What call handling needs outside zod (the renderer's main bundle has no zod): see call-handling.ts. */

/** Callers who hide their number, as a blocked-caller entry. */
export const withheldCallers = 'withheld';

/** At most this many blocked entries: they travel in a few Twilio variables of 450 bytes each. */
export const blockedCallersLimit = 100;

export const blockedCallersHear = ['rejected', 'busy'] as const;
export type BlockedCallersHear = (typeof blockedCallersHear)[number];

export const blockedCallerHint =
  'Block a number in international format (+15125550100), a prefix ending in * (+1900*), or withheld numbers';

/** A number in E.164 (+15125550100), a prefix ending in * (+1900*), or 'withheld'. */
export function isBlockedCallerEntry(entry: string): boolean {
  return entry === withheldCallers || /^\+[1-9]\d{5,14}$/.test(entry) || /^\+[1-9]\d{0,13}\*$/.test(entry);
}
