import { blockedCallersLimit, isBlockedCallerEntry, withheldCallers } from '../../../shared/models/call-handling-names';
import { formatPhoneForDisplay, toE164 } from '../../../shared/phone/phone-number';

export type BlockedEntryResult = { ok: true; entry: string } | { ok: false; message: string };

/**
 * What the person typed as something to block: a number written any common way (read in `country`),
 * or a prefix ending in * ("+1 900*"), checked against what is already blocked.
 */
export function toBlockedEntry(typed: string, country: string, blocked: readonly string[]): BlockedEntryResult {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Type a number or a prefix to block.' };
  const entry = text.endsWith('*') ? `${text.slice(0, -1).replace(/[\s().-]/g, '')}*` : toE164(text, country);
  if (entry === null || !isBlockedCallerEntry(entry)) {
    return {
      ok: false,
      message: 'Type a number such as +1 512 555 0100, or the start of numbers with a * at the end, such as +1 900*.',
    };
  }
  if (blocked.includes(entry)) return { ok: false, message: `${describeBlocked(entry, country)} is already blocked.` };
  if (blocked.length >= blockedCallersLimit) {
    return {
      ok: false,
      message: `At most ${blockedCallersLimit} numbers and prefixes can be blocked. Unblock one first.`,
    };
  }
  return { ok: true, entry };
}

/** An entry as the person reads it. */
export function describeBlocked(entry: string, country: string): string {
  if (entry === withheldCallers) return 'Withheld numbers';
  if (entry.endsWith('*')) return `Numbers starting ${entry.slice(0, -1)}`;
  return formatPhoneForDisplay(entry, country);
}
