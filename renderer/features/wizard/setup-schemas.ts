import type { IntlShape } from 'react-intl';
import { checkText } from '../../i18n/words-text';
import { useLoaded } from '../../ui/use-loaded';
import type * as TwilioSetup from '../../../shared/models/twilio-setup';

/*
 * The wizard checks what people type with the very zod schemas main checks it with. They come from
 * shared/models/twilio-setup.ts, loaded on demand into a chunk of their own so zod stays out of the
 * main bundle (the rest of the renderer uses types only).
 */
export type SetupSchemas = typeof TwilioSetup;

let loading: Promise<SetupSchemas> | undefined;

export function loadSetupSchemas(): Promise<SetupSchemas> {
  loading ??= import('../../../shared/models/twilio-setup');
  return loading;
}

/** The schemas once loaded (null meanwhile, or if loading failed: main checks everything anyway). */
export const useSetupSchemas = (): SetupSchemas | null => useLoaded(loadSetupSchemas);

/** What a zod schema's safeParse answers, as far as the forms need it. */
export interface Parser<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** The first problem with each field, by the field's name, in the person's language; empty when the value is valid. */
export function fieldErrors<F extends string>(
  parser: Parser<unknown>,
  value: unknown,
  intl: IntlShape,
): Partial<Record<F, string>> {
  const result = parser.safeParse(value);
  if (result.success) return {};
  const errors: Partial<Record<F, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && errors[field as F] === undefined)
      errors[field as F] = checkText(issue.message, intl);
  }
  return errors;
}
