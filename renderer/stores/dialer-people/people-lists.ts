import type { HistoryEntry } from '../../../shared/models/history';
import { lettersToDigits } from '../../../shared/phone/keypad';

/** A number called or calling lately, with the contact's name when it is known. */
export interface RecentNumber {
  /** What to dial: the E.164 form when there is one, else the number or SIP address as received. */
  number: string;
  name: string | null;
  contactId: string | null;
  direction: HistoryEntry['direction'];
  missed: boolean;
  startedAt: number;
  /** The call was on the day the list was read: its time says enough. */
  today: boolean;
}

/** Digits typed in a number start the digit search from this many on (the search index is by trigrams). */
export const minSuggestionDigits = 3;

/**
 * What the contact search gets for the text in the number field, or null for no suggestions.
 *
 * Text that starts like a number (a digit, + or a bracket) is a number: it is searched by its digits,
 * with letters read as the keypad digits they are printed under, so "1-800-FLOWERS" finds a contact
 * whose number is 1 800 356 9377 and still dials as a vanity number. Any other text ("ann",
 * "alice@pbx") is a name, organisation or SIP address.
 */
export function suggestionQuery(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (/^[+\d(]/.test(text)) {
    const digits = lettersToDigits(text).replace(/\D/g, '');
    return digits.length >= minSuggestionDigits ? digits : null;
  }
  return text.slice(0, 200);
}

/** The newest call of each distinct number, newest first, at most `limit`. */
export function recentNumbers(entries: readonly HistoryEntry[], limit: number, now = Date.now()): RecentNumber[] {
  const today = new Date(now).toDateString();
  const seen = new Set<string>();
  const recents: RecentNumber[] = [];
  const newestFirst = [...entries].sort((a, b) => b.startedAt - a.startedAt);
  for (const entry of newestFirst) {
    const number = entry.remoteE164 ?? entry.remoteNumber.trim();
    const key = number.toLowerCase();
    if (number === '' || seen.has(key)) continue;
    seen.add(key);
    recents.push({
      number,
      name: entry.contactName,
      contactId: entry.contactId,
      direction: entry.direction,
      missed: entry.missed,
      startedAt: entry.startedAt,
      today: new Date(entry.startedAt).toDateString() === today,
    });
    if (recents.length === limit) break;
  }
  return recents;
}
