import type { TwilioProblem } from '../../shared/models/twilio-setup';
import type { Words } from '../../shared/text/words';
import { TwilioProblemError } from './twilio-problem';

/**
 * A problem Dialtone found in what Twilio sent (a file it does not keep, an answer it cannot read): the
 * Twilio problem in English, and the same as one sentence in words a request's failure is told in.
 */
export class InboxProblemError extends TwilioProblemError {
  constructor(
    problem: TwilioProblem,
    readonly words: Words,
  ) {
    super(problem);
    this.name = 'InboxProblemError';
  }
}

const chainLimit = 16;

/** The words of an inbox problem in a failure or what it wraps (a step wraps what it catches). */
export function inboxProblemWords(error: unknown): Words | null {
  let next: unknown = error;
  for (let depth = 0; depth < chainLimit && next instanceof Error; depth += 1) {
    if (next instanceof InboxProblemError) return next.words;
    next = next.cause;
  }
  return null;
}
