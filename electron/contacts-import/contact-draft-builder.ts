import { contactDraftSchema, type ContactDraft, type PhoneLabel } from '../../shared/models/contact';
import { words, type Words } from '../../shared/text/words';
import type { SkippedItem } from './contacts-file-error';

/** One card or row as read from the file, before the model's rules are applied. */
export interface RawContact {
  /** Card 3, row 7: where it is in the file, for the report. */
  where: { card: number } | { row: number };
  /** Name candidates, best first: FN, then the name assembled from N (or first and last name), then the organisation. */
  names: string[];
  organisation: string;
  phones: { label: PhoneLabel; number: string }[];
  sipAddresses: string[];
  emails: string[];
  notes: string[];
  favourite: boolean;
  /** The ISO code of the country the card's first address names, if any: national numbers may be read there. */
  addressCountry?: string;
}

export interface BuiltContact {
  draft: ContactDraft | null;
  /** Why the contact was skipped, or what was left out of it or shortened. */
  skipped: SkippedItem[];
}

const limits = { name: 200, organisation: 200, number: 64, address: 320, notes: 10_000, list: 20 } as const;
const maxName = 200;
const sipAddressSchema = contactDraftSchema.shape.sipAddresses.element;
const emailSchema = contactDraftSchema.shape.emails.element;
// Control characters other than tab and newline never belong in a contact.
const controlCharacters = /(?![\t\n])\p{Cc}/gu;

const clip = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const oneLine = (text: string): string => text.replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim();

/** Words of a label ("Work Fax", "_$!<Mobile>!$_", "CELL", "* Home") mapped onto our phone labels. */
export function phoneLabelFrom(labels: readonly string[]): PhoneLabel {
  const text = labels.join(' ').toLowerCase();
  const words = new Set(text.split(/[^a-z]+/));
  // Apple writes "HomeFAX" and "WorkFAX" as one word.
  if (text.includes('fax')) return 'fax';
  if (['cell', 'mobile', 'cellular', 'iphone', 'car', 'handy'].some((word) => words.has(word))) return 'mobile';
  if (words.has('main') || words.has('primary')) return 'main';
  if (['work', 'business', 'company', 'office'].some((word) => words.has(word))) return 'work';
  if (words.has('home') || words.has('personal')) return 'home';
  return 'other';
}

/** "alice@example.com", "SIP:alice@example.com;transport=tls", "<sip:alice@example.com>" -> "sip:alice@example.com". */
export function normaliseSipAddress(text: string): string {
  const address = text.trim().replace(/^<(.*)>$/, '$1');
  const withScheme = /^sips?:/i.test(address)
    ? address.replace(/^sips?/i, (scheme) => scheme.toLowerCase())
    : `sip:${address}`;
  return withScheme.replace(/[;?].*$/, '');
}

function digitsOf(number: string): string {
  return number.replace(/[^\d+*#]/g, '');
}

class Notes {
  readonly skipped: SkippedItem[] = [];
  constructor(private readonly item: Words) {}
  add(reason: Words): void {
    this.skipped.push({ item: this.item, reason: [reason] });
  }
}

/** 'card 3 (Alice)', 'row 7': where the entry is, with the name (or first number) it has. */
function entryOf(where: RawContact['where'], name: string | undefined): Words {
  const shown = name === undefined ? undefined : clip(name, maxName);
  if ('card' in where) {
    return shown === undefined
      ? words('contacts.entryCard', where)
      : words('contacts.entryCardOf', { ...where, name: shown });
  }
  return shown === undefined
    ? words('contacts.entryRow', where)
    : words('contacts.entryRowOf', { ...where, name: shown });
}

type ListWords = 'contacts.numbersBeyond' | 'contacts.sipAddressesBeyond' | 'contacts.emailsBeyond';

function limitList<T>(values: T[], beyond: ListWords, notes: Notes): T[] {
  if (values.length <= limits.list) return values;
  notes.add(words(beyond, { count: values.length - limits.list, max: limits.list }));
  return values.slice(0, limits.list);
}

function cleanPhones(raw: RawContact, notes: Notes): ContactDraft['phones'] {
  const seen = new Set<string>();
  const phones: ContactDraft['phones'] = [];
  for (const phone of raw.phones) {
    const number = oneLine(phone.number);
    if (number === '') continue;
    const digits = digitsOf(number);
    if (!/\d/.test(digits)) {
      notes.add(words('contacts.numberWithoutDigits', { number: clip(number, 40) }));
    } else if (number.length > limits.number) {
      notes.add(words('contacts.numberTooLongLeftOut', { max: limits.number }));
    } else if (!seen.has(digits)) {
      seen.add(digits);
      phones.push({ label: phone.label, number });
    }
  }
  return limitList(phones, 'contacts.numbersBeyond', notes);
}

function cleanAddresses(
  values: string[],
  normalise: (value: string) => string,
  valid: (value: string) => boolean,
  what: 'sipAddress' | 'email',
  notes: Notes,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const trimmed = oneLine(value);
    if (trimmed === '') continue;
    const address = normalise(trimmed);
    if (address.length > limits.address || !valid(address)) {
      const invalid = what === 'email' ? 'contacts.emailInvalid' : 'contacts.sipAddressInvalid';
      notes.add(words(invalid, { address: clip(trimmed, 60) }));
    } else if (!seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      kept.push(address);
    }
  }
  return limitList(kept, what === 'email' ? 'contacts.emailsBeyond' : 'contacts.sipAddressesBeyond', notes);
}

const shortenedWords = {
  name: words('contacts.nameShortened'),
  organisation: words('contacts.organisationShortened'),
  notes: words('contacts.noteShortened'),
} as const;

function shortened(text: string, what: keyof typeof shortenedWords, notes: Notes): string {
  if (text.length <= limits[what]) return text;
  notes.add(shortenedWords[what]);
  return text.slice(0, limits[what]);
}

/** Applies the model's rules to what a file said: names, limits, valid addresses, no duplicates. Never throws. */
export function buildContactDraft(raw: RawContact): BuiltContact {
  const organisation = oneLine(raw.organisation);
  const name = [...raw.names, organisation].map(oneLine).find((candidate) => candidate !== '');
  const firstNumber = raw.phones.map((phone) => oneLine(phone.number)).find((number) => number !== '');
  const notes = new Notes(entryOf(raw.where, name ?? firstNumber));
  if (name === undefined) {
    const hasAnything = firstNumber !== undefined || raw.emails.some((email) => email.trim() !== '');
    notes.add(words(hasAnything ? 'contacts.noName' : 'contacts.noNameNoNumber'));
    return { draft: null, skipped: notes.skipped };
  }
  const draft: ContactDraft = {
    name: shortened(name, 'name', notes),
    organisation: shortened(organisation, 'organisation', notes),
    phones: cleanPhones(raw, notes),
    sipAddresses: cleanAddresses(
      raw.sipAddresses,
      normaliseSipAddress,
      (address) => sipAddressSchema.safeParse(address).success,
      'sipAddress',
      notes,
    ),
    emails: cleanAddresses(
      raw.emails,
      (email) => email.replace(/^mailto:/i, ''),
      (email) => emailSchema.safeParse(email).success,
      'email',
      notes,
    ),
    notes: shortened(
      raw.notes
        .map((note) => note.replace(/\r\n?/g, '\n').replace(controlCharacters, '').trim())
        .filter((note) => note !== '')
        .join('\n\n'),
      'notes',
      notes,
    ),
    favourite: raw.favourite,
  };
  // The schema is the last word; what it refuses is reported, never thrown.
  const checked = contactDraftSchema.safeParse(draft);
  if (!checked.success) {
    notes.add(words('contacts.notAContact'));
    return { draft: null, skipped: notes.skipped };
  }
  return { draft: checked.data, skipped: notes.skipped };
}
