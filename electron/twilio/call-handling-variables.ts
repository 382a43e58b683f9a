import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';
import type { CallHandling } from '../../shared/models/call-handling';

/**
 * DIALTONE_BLOCKED_1 … _5, always all of them, so a shorter list empties the ones it no longer needs. The
 * most entries the contract allows (blockedCallersLimit, 16 characters at most) fill four.
 */
export const blockedVariableCount = 5;
/** A blocked-callers variable with no entry: Twilio's contract requires a Value and does not say whether it may be empty. */
const noEntries = 'none';

/** Entries packed into comma-separated values of at most one variable's bytes each (entries are ASCII). */
function packBlocked(entries: readonly string[]): string[] {
  const values: string[] = [];
  let current = '';
  for (const entry of entries) {
    const next = current === '' ? entry : `${current},${entry}`;
    if (next.length <= twilioVariableByteLimit) current = next;
    else {
      values.push(current);
      current = entry;
    }
  }
  if (current !== '') values.push(current);
  return values;
}

/** The variables the inbound Function reads for the person's call handling (inbound.protected.js). */
export function callHandlingVariables(handling: CallHandling): Record<string, string> {
  const blocked = packBlocked(handling.blockedCallers);
  const variables: Record<string, string> = {
    DIALTONE_DO_NOT_DISTURB: handling.doNotDisturb ? 'on' : 'off',
    DIALTONE_BLOCKED_REJECT: handling.blockedCallersHear,
  };
  for (let index = 1; index <= blockedVariableCount; index++) {
    variables[`DIALTONE_BLOCKED_${index}`] = blocked[index - 1] ?? noEntries;
  }
  return variables;
}
