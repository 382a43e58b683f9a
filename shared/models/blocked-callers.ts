import { withheldCallers } from './call-handling-names';

/*
 * Who the person's blocked-caller entries turn away, decided the way the inbound Function decides it
 * (assets/twilio-functions/functions/inbound.protected.js and call-rules.private.js), so what Dialtone shows
 * as blocked is what Twilio rejects. Zod-free: the renderer's main bundle uses it.
 */

const phoneNumber = /^\+[1-9]\d{5,14}$/;
/** ANONYMOUS, RESTRICTED, UNKNOWN and UNAVAILABLE spelled on a keypad: the numbers Twilio gives withheld callers. */
const keypadWithheld = new Set(['+266696687', '+7378742833', '+8656696', '+86282452253']);

/** A withheld caller as a word spelled on a keypad (+266696687 is ANONYMOUS). */
export function isKeypadWithheld(caller: string): boolean {
  return keypadWithheld.has(caller);
}

/** A caller with a real number: E.164, and not a withheld caller spelled on a keypad. */
export function isCallerNumber(caller: string): boolean {
  return phoneNumber.test(caller) && !isKeypadWithheld(caller);
}

/**
 * The entry that turns `caller` (as Twilio gives it: E.164, or a word when the number is withheld) away:
 * the number itself, else a prefix it starts with, else "withheld" for a caller without a real number;
 * null when no entry does.
 */
export function blockingEntry(caller: string, entries: readonly string[]): string | null {
  const trimmed = caller.trim();
  if (entries.includes(trimmed)) return trimmed;
  const prefix = entries.find((entry) => entry.endsWith('*') && trimmed.startsWith(entry.slice(0, -1)));
  if (prefix !== undefined) return prefix;
  return entries.includes(withheldCallers) && !isCallerNumber(trimmed) ? withheldCallers : null;
}

/** Senders whose messages are hidden: exact numbers, and prefixes (without their *). */
export interface BlockedSenders {
  numbers: string[];
  prefixes: string[];
}

/**
 * The entries that hide a sender's messages. "withheld" plays no part: a message always comes from someone,
 * and a sender name (AMAZON) or a short code is no withheld caller.
 */
export function blockedSendersOf(entries: readonly string[]): BlockedSenders {
  return {
    numbers: entries.filter((entry) => phoneNumber.test(entry)),
    prefixes: entries.filter((entry) => entry.endsWith('*')).map((entry) => entry.slice(0, -1)),
  };
}

/** Whether a message sender is hidden by `senders` (as the database's query decides it). */
export function isBlockedSender(sender: string, senders: BlockedSenders): boolean {
  return senders.numbers.includes(sender) || senders.prefixes.some((prefix) => sender.startsWith(prefix));
}
