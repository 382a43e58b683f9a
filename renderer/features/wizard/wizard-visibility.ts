import type { SetupState } from '../../../shared/models/twilio-setup';
import type { WizardPresence } from '../../stores/setup/setup.store';

export interface WizardVisibilityInput {
  presence: WizardPresence;
  /** Null when main has not answered setup:get (or could not): the wizard then never opens by itself. */
  setup: SetupState | null;
  accountsLoaded: boolean;
  accountCount: number;
}

/** Steps that mean a setup was started and not finished, so it resumes after a restart. */
const halfWay = new Set<SetupState['step']>(['credentials', 'edge', 'number', 'provision']);

/**
 * Whether the full-window wizard replaces the normal layout. The person's choice this session wins;
 * otherwise, unless "Not now" was chosen, it shows on first run (no phone line yet) and to resume a
 * setup left half-way after a restart.
 */
export function showsWizard({ presence, setup, accountsLoaded, accountCount }: WizardVisibilityInput): boolean {
  if (presence !== 'auto') return presence === 'open';
  if (setup === null || setup.dismissed) return false;
  if (halfWay.has(setup.step)) return true;
  if (setup.step === 'finish') return false;
  return accountsLoaded && accountCount === 0;
}
