import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';

/** A variable with nothing in it: Twilio's contract requires a Value and does not say whether it may be empty. */
export const nothing = 'none';

/**
 * Entries joined by `separator` into as few values as possible, each within one Twilio variable's bytes, keeping
 * every entry whole. An entry longer than a variable on its own is a value of its own (fitsVariables says no).
 */
export function packValues(entries: readonly string[], separator = ','): string[] {
  const values: string[] = [];
  let current = '';
  for (const entry of entries) {
    const next = current === '' ? entry : `${current}${separator}${entry}`;
    if (current === '' || Buffer.byteLength(next, 'utf8') <= twilioVariableByteLimit) current = next;
    else {
      values.push(current);
      current = entry;
    }
  }
  if (current !== '') values.push(current);
  return values;
}

/** Whether `values` fit in `count` variables of Twilio's size. */
export function fitsVariables(values: readonly string[], count: number): boolean {
  return values.length <= count && values.every((value) => Buffer.byteLength(value, 'utf8') <= twilioVariableByteLimit);
}

/**
 * PREFIX_1 … PREFIX_count, always all of them, so a shorter list empties the ones it no longer needs: "none" where
 * no value is left.
 */
export function numberedVariables(prefix: string, count: number, values: readonly string[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (let index = 1; index <= count; index++) variables[`${prefix}_${index}`] = values[index - 1] ?? nothing;
  return variables;
}
