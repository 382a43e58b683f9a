import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ContactsFileError } from './parse-contacts-file';

/** A file from fixtures/, as text (UTF-8 unless said otherwise). */
export const fixture = (name: string, encoding: BufferEncoding = 'utf8'): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), encoding);

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
