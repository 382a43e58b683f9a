import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { inEnglish } from '../../shared/text/words';
import { ContactsFileError, type SkippedItem } from './parse-contacts-file';

/** A file from fixtures/, as text (UTF-8 unless said otherwise). */
export const fixture = (name: string, encoding: BufferEncoding = 'utf8'): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), encoding);

/** Skipped entries as an English-speaking person reads them in the import report. */
export const inEnglishSkipped = (skipped: readonly SkippedItem[]) =>
  skipped.map(({ item, reason }) => ({ item: inEnglish(item), reason: reason.map(inEnglish).join(' ') }));

/** The message of the ContactsFileError `run` throws; fails the test if it throws nothing or something else. */
export function fileError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContactsFileError);
    return (error as Error).message;
  }
  throw new Error('Expected a ContactsFileError');
}
