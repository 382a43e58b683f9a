import { blockingEntry, isCallerNumber, isKeypadWithheld } from '../../../shared/models/blocked-callers';
import { blockedCallersLimit, withheldCallers } from '../../../shared/models/call-handling-names';
import { toE164 } from '../../../shared/phone/phone-number';
import type { Translate } from '../../i18n/message-values';
import { translate } from '../../i18n/translate';
import { describeBlocked } from './blocked-caller-entry';

/** Whether a caller can be blocked from where it shows (a history row, a contact, a voicemail, a conversation). */
export type CallerBlock =
  | { kind: 'blockable'; entry: string; label: string }
  /** Blocked by its own entry: Unblock removes it. */
  | { kind: 'blocked'; entry: string; label: string }
  /** Blocked by a prefix: unblocking it here would unblock other numbers too. */
  | { kind: 'blocked-by-prefix'; entry: string; label: string; reason: string }
  | { kind: 'list-full'; entry: string; label: string; reason: string }
  | { kind: 'not-blockable'; reason: string };

/** Twilio turns this caller away now. */
export const isBlockedNow = (block: CallerBlock | null): boolean =>
  block?.kind === 'blocked' || block?.kind === 'blocked-by-prefix';

export type BlockEntryResult = { ok: true; entry: string } | { ok: false; reason: string };

const withheldWords = /^(anonymous|unknown|restricted|private|unavailable|withheld)$/i;

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * The entry a caller blocks as: its number in E.164 (read in `country` when written without +), or "withheld"
 * for a caller without a number. The caller is as the app knows it: E.164, a SIP URI, a word such as
 * "Anonymous", a sender name, or whatever a contact holds.
 */
export function blockEntryOf(caller: string, country: string, t: Translate): BlockEntryResult {
  const text = caller.trim().replace(/\s+/g, ' ');
  const isSip = /^sips?:/i.test(text) || text.includes('@');
  const user = text.replace(/^sips?:/i, '').replace(/[@;?].*$/, '');
  if (user === '' || withheldWords.test(user) || isKeypadWithheld(user)) return { ok: true, entry: withheldCallers };
  const number = toE164(user, country);
  if (number !== null && isCallerNumber(number)) return { ok: true, entry: number };
  const shown = clip(text.replace(/^sips?:/i, ''));
  return {
    ok: false,
    reason: t(isSip ? 'callHandling.blockSip' : 'callHandling.blockNotNumber', { caller: shown }),
  };
}

/**
 * What Block or Unblock can do for `caller`, given what is blocked now; its reasons in `t`'s language (the
 * app's by default, for callers outside a component).
 */
export function callerBlockOf(
  caller: string,
  country: string,
  blocked: readonly string[],
  t: Translate = translate,
): CallerBlock {
  const found = blockEntryOf(caller, country, t);
  if (!found.ok) return { kind: 'not-blockable', reason: found.reason };
  const { entry } = found;
  const label = describeBlocked(entry, country, t);
  const by = blockingEntry(entry, blocked);
  if (by === entry) return { kind: 'blocked', entry, label };
  if (by !== null) {
    return {
      kind: 'blocked-by-prefix',
      entry,
      label,
      reason: t('callHandling.blockedByPrefix', { number: label, prefix: by.slice(0, -1) }),
    };
  }
  if (blocked.length >= blockedCallersLimit) {
    return { kind: 'list-full', entry, label, reason: t('callHandling.blockListFull', { limit: blockedCallersLimit }) };
  }
  return { kind: 'blockable', entry, label };
}

/** A change the person confirms: these entries blocked, or unblocked. */
export interface BlockChange {
  action: 'block' | 'unblock';
  entries: readonly string[];
}

/**
 * The blocked list after `change`, worked out on the list as it is when the person confirms (Settings may
 * have changed it since the button showed); a refusal says what to do.
 */
export function applyBlockChange(
  blocked: readonly string[],
  change: BlockChange,
  t: Translate,
): { ok: true; blocked: string[] } | { ok: false; message: string } {
  if (change.action === 'unblock') {
    return { ok: true, blocked: blocked.filter((entry) => !change.entries.includes(entry)) };
  }
  const added = [...new Set(change.entries)].filter((entry) => !blocked.includes(entry));
  if (blocked.length + added.length > blockedCallersLimit) {
    const room = Math.max(0, blockedCallersLimit - blocked.length);
    return {
      ok: false,
      message: t('callHandling.blockNoRoom', { limit: blockedCallersLimit, room }),
    };
  }
  return { ok: true, blocked: [...blocked, ...added] };
}

/**
 * For someone with several numbers, what blocking them all means now: block those not blocked yet, or,
 * once each is blocked by its own entry, unblock them all; null when there is no such choice (one number,
 * or some blocked by a prefix, which only Settings can unblock).
 */
export function allNumbersChange(
  numbers: readonly string[],
  country: string,
  blocked: readonly string[],
): BlockChange | null {
  const blocks = numbers.map((number) => callerBlockOf(number, country, blocked));
  const entriesOf = (kinds: readonly CallerBlock['kind'][]) => [
    ...new Set(
      blocks.flatMap((block) => (block.kind !== 'not-blockable' && kinds.includes(block.kind) ? [block.entry] : [])),
    ),
  ];
  const entries = entriesOf(['blockable', 'list-full', 'blocked', 'blocked-by-prefix']);
  if (entries.length < 2) return null;
  const open = entriesOf(['blockable', 'list-full']);
  if (open.length > 0) return { action: 'block', entries: open };
  const own = entriesOf(['blocked']);
  return own.length === entries.length ? { action: 'unblock', entries: own } : null;
}
