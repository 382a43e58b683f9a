import { blockedCallersLimit, isBlockedCallerEntry, withheldCallers } from '../../../shared/models/call-handling-names';
import { formatPhoneForDisplay, toE164 } from '../../../shared/phone/phone-number';
import type { Translate } from '../../i18n/message-values';

export type BlockedEntryResult = { ok: true; entry: string } | { ok: false; message: string };

/**
 * What the person typed as something to block: a number written any common way (read in `country`),
 * or a prefix ending in * ("+1 900*"), checked against what is already blocked.
 */
export function toBlockedEntry(
  typed: string,
  country: string,
  blocked: readonly string[],
  t: Translate,
): BlockedEntryResult {
  const text = typed.trim();
  if (text === '') return { ok: false, message: t('callHandling.typeToBlock') };
  const entry = text.endsWith('*') ? `${text.slice(0, -1).replace(/[\s().-]/g, '')}*` : toE164(text, country);
  if (entry === null || !isBlockedCallerEntry(entry)) return { ok: false, message: t('callHandling.typeBlockable') };
  if (blocked.includes(entry)) {
    return { ok: false, message: t('callHandling.alreadyBlocked', { entry: describeBlocked(entry, country, t) }) };
  }
  if (blocked.length >= blockedCallersLimit) {
    return { ok: false, message: t('callHandling.blockListFullTyped', { limit: blockedCallersLimit }) };
  }
  return { ok: true, entry };
}

/** An entry as the person reads it. */
export function describeBlocked(entry: string, country: string, t: Translate): string {
  if (entry === withheldCallers) return t('callHandling.withheldNumbers');
  if (entry.endsWith('*')) return t('callHandling.numbersStarting', { prefix: entry.slice(0, -1) });
  return formatPhoneForDisplay(entry, country);
}
