import type { IntlShape } from 'react-intl';
import type * as TeamModels from '../../../shared/models/team';
import { teamWords } from '../../../shared/text/team-words';
import { wordsText } from '../../i18n/words-text';
import { useLoaded } from '../../ui/use-loaded';
import { fieldErrors, type Parser } from '../wizard/setup-schemas';

/** The team's zod schemas, loaded on demand (as the wizard's setup-schemas.ts): the form shows main's own checks. */
export type TeamSchemas = typeof TeamModels;

let loading: Promise<TeamSchemas> | undefined;

function loadTeamSchemas(): Promise<TeamSchemas> {
  loading ??= import('../../../shared/models/team');
  return loading;
}

export const useTeamSchemas = (): TeamSchemas | null => useLoaded(loadTeamSchemas);

const teamWordsKeys = Object.keys(teamWords) as (keyof typeof teamWords)[];
const keyByEnglish = new Map(teamWordsKeys.map((key) => [teamWords[key] as string, key]));

/** A check of shared/models/team.ts in the person's language: the schemas word their checks with the team's words. */
export function teamCheckText(message: string, intl: IntlShape): string {
  const key = keyByEnglish.get(message);
  return key ? wordsText({ id: `team.${key}` }, intl) : message;
}

/** The first problem with each field, in the person's language; empty when the value is valid. */
export function teamFieldErrors<F extends string>(
  parser: Parser<unknown>,
  value: unknown,
  intl: IntlShape,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors<F>(parser, value))) {
    if (typeof message === 'string') errors[field as F] = teamCheckText(message, intl);
  }
  return errors;
}
