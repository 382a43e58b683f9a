import { cleanSearchText, ftsString, maxSearchWords } from './search-text';

/**
 * How a typed search becomes a query of contacts_fts (trigram: any run of 3+ characters matches).
 *
 * - Text that looks like a phone number ("555 0123", "(512) 555-0123", "+1512") becomes its digits,
 *   one term, matched anywhere in the stored digits (typed, E.164 and national forms).
 * - Other text is split into words; each word must appear in the name, the organisation, the
 *   digits (phone-like words become digits) or the SIP addresses (stored bare: a typed "sip:" or
 *   "sips:" scheme is dropped). Words of 1-2 characters cannot use the trigram index:
 *   they filter the rows the longer words found. Only the first few words count (maxSearchWords).
 * - Text whose every word is shorter than 3 characters is a name prefix ("jo", "a").
 */
export type ContactSearchPlan =
  { kind: 'all' } | { kind: 'name-prefix'; pattern: string } | { kind: 'match'; match: string; filters: string[] };

const phoneLike = /^[+\d\s().\-/]+$/;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);
const length = (term: string) => [...term].length;

/** `text` has single spaces. A number typed with spaces ("555 0123") is one term. */
function terms(text: string): string[] {
  const words = phoneLike.test(text) ? [text] : text.split(' ');
  return (
    words
      .map((word) => (phoneLike.test(word) ? word.replace(/\D/g, '') : word.replace(/^sips?:/i, '')))
      // A dash or bracket typed between words ("Smith - Initech") is no term.
      .filter((word) => word !== '')
      .slice(0, maxSearchWords)
  );
}

export function planContactSearch(query: string): ContactSearchPlan {
  const text = cleanSearchText(query);
  if (text === '') return { kind: 'all' };
  const words = terms(text);
  const long = words.filter((word) => length(word) >= 3);
  if (long.length === 0) return { kind: 'name-prefix', pattern: `${escapeLike(text)}%` };
  const short = words.filter((word) => length(word) < 3);
  return {
    kind: 'match',
    match: long.map(ftsString).join(' '),
    filters: short.map((word) => `%${escapeLike(word)}%`),
  };
}
