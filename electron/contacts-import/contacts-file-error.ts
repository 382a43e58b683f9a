import { inEnglish, words, type Words } from '../../shared/text/words';

/** The whole file cannot be read (not a vCard, cut off, binary, no CSV header): the caller imports nothing. */
export class ContactsFileError extends Error {
  override readonly name = 'ContactsFileError';

  constructor(readonly words: Words) {
    super(inEnglish(words));
  }
}

/** Something left out of the import, for the report: the card or row, and why (one or two sentences). */
export interface SkippedItem {
  item: Words;
  reason: Words[];
}

const replacementOrControl = /(?![\t\n\f\r])[\p{Cc}\uFFFD]/gu;

/**
 * Refuses what cannot be a contacts file at all, before any parsing: empty text, or binary data
 * (a NUL, or more than 5 % control and replacement characters, as when a picture is read as text).
 */
export function checkIsText(content: string, kind: 'vcard' | 'csv'): string {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new ContactsFileError(words(kind === 'csv' ? 'contacts.fileEmptyCsv' : 'contacts.fileEmptyVcard'));
  }
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  const strange = sample.match(replacementOrControl)?.length ?? 0;
  if (sample.includes('\u0000') || strange > sample.length * 0.05) {
    throw new ContactsFileError(words(kind === 'csv' ? 'contacts.fileBinaryCsv' : 'contacts.fileBinaryVcard'));
  }
  return text;
}
