import type { PhoneLinkProblem } from './phone-link';
import { phoneLinkProblemEnglish } from './phone-link-text';
import { dialProblemInEnglish } from './phone-number';

/** Why a link cannot be called, in the English the renderer shows, for tests to read. */
export function englishOf(problems: readonly PhoneLinkProblem[]): string {
  return problems
    .map((problem) =>
      problem.of === 'dial'
        ? dialProblemInEnglish(problem.words, problem.values)
        : phoneLinkProblemEnglish[problem.words].replace(/\{(\w+)\}/g, (_, name: string) => problem.values[name] ?? ''),
    )
    .join(' ');
}
