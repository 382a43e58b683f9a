import type { ErrorCode } from '../../shared/result';
import { inEnglish, type Words } from '../../shared/text/words';

/**
 * An expected failure inside the main process; the IPC boundary turns it into an error Result. Given
 * words, the person reads it in their language; a plain string (text from elsewhere) is shown as it is.
 */
export class AppFailure extends Error {
  readonly words: Words | undefined;

  constructor(
    readonly code: ErrorCode,
    said: Words | string,
  ) {
    super(typeof said === 'string' ? said : inEnglish(said));
    this.name = 'AppFailure';
    this.words = typeof said === 'string' ? undefined : said;
  }
}
