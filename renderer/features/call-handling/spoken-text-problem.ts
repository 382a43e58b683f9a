import type { IntlShape } from 'react-intl';
import type { CallHandling } from '../../../shared/models/call-handling';
import { checkText } from '../../i18n/words-text';
import type { CallHandlingSchemas } from './call-handling-schemas';

/** Where words Twilio says are kept in the call handling. */
export type SpokenTextPath = ['greetings', 'afterHours'] | ['greetings', 'busy'] | ['menu', 'prompt'];

/** The call handling with these words in place of the ones at `path` (everything else as it is). */
export function withSpokenText(handling: CallHandling, [part, field]: SpokenTextPath, text: string): CallHandling {
  return part === 'greetings'
    ? { ...handling, greetings: { ...handling.greetings, [field]: text } }
    : { ...handling, menu: { ...handling.menu, prompt: text } };
}

/**
 * The schema's message for words at `path`, as main would give it when saving them, in the person's language; null
 * when they are fine, or
 * while the schemas load (main checks everything anyway). Problems elsewhere in the call handling are not these
 * words' problem.
 */
export function spokenTextProblem(
  schemas: CallHandlingSchemas | null,
  handling: CallHandling,
  path: SpokenTextPath,
  text: string,
  intl: IntlShape,
): string | null {
  if (!schemas) return null;
  const result = schemas.callHandlingSchema.safeParse(withSpokenText(handling, path, text));
  if (result.success) return null;
  const issue = result.error.issues.find((found) => found.path[0] === path[0] && found.path[1] === path[1]);
  return issue ? checkText(issue.message, intl) : null;
}
