import type { IntlShape } from 'react-intl';
import { checkText } from '../../i18n/words-text';
import { useLoaded } from '../../ui/use-loaded';
import type * as CallHandlingModels from '../../../shared/models/call-handling';
import type { Parser } from '../wizard/setup-schemas';

/*
 * The schedule editor shows the very messages main checks a schedule with: the zod schemas of
 * shared/models/call-handling.ts, loaded on demand into a chunk of their own so zod stays out of the main
 * bundle (as the wizard's setup-schemas.ts does).
 */
export type CallHandlingSchemas = typeof CallHandlingModels;

let loading: Promise<CallHandlingSchemas> | undefined;

function loadCallHandlingSchemas(): Promise<CallHandlingSchemas> {
  loading ??= import('../../../shared/models/call-handling');
  return loading;
}

/** The schemas once loaded (null meanwhile, or if loading failed: main checks everything anyway). */
export const useCallHandlingSchemas = (): CallHandlingSchemas | null => useLoaded(loadCallHandlingSchemas);

/** What is wrong with one span, by the control that shows it: its days, its start, its end, or the two times. */
export interface SpanProblems {
  days?: string;
  from?: string;
  to?: string;
  hours?: string;
}

export interface ScheduleProblems {
  spans: SpanProblems[];
  /** About the schedule as a whole (too many spans). */
  schedule?: string;
}

export const noScheduleProblems: ScheduleProblems = { spans: [] };

/** A weekly schedule's problems as the schema words them, in the person's language, the first one for each control. */
export function scheduleProblems(parser: Parser<unknown>, spans: unknown, intl: IntlShape): ScheduleProblems {
  const result = parser.safeParse(spans);
  if (result.success) return noScheduleProblems;
  const problems: ScheduleProblems = { spans: [] };
  for (const issue of result.error.issues) {
    const [index, field] = issue.path;
    const message = checkText(issue.message, intl);
    if (typeof index !== 'number') {
      problems.schedule ??= message;
      continue;
    }
    const span = (problems.spans[index] ??= {});
    const control = field === 'days' || field === 'from' || field === 'to' ? field : 'hours';
    span[control] ??= message;
  }
  return problems;
}

export const hasProblems = (problems: ScheduleProblems): boolean =>
  problems.schedule !== undefined || problems.spans.some((span) => span && Object.keys(span).length > 0);
