import { useState } from 'react';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { WizardProgress } from '../wizard/wizard-step';

/** Remove, asked twice: the trunk, its lists and the number's move are undone on Twilio. */
export function OfficeRemoval() {
  const [asking, setAsking] = useState(false);
  const pending = useOfficeTrunkStore(selectors.pending);
  const remove = useOfficeTrunkStore((state) => state.remove);
  const busy = pending !== null;

  if (!asking) {
    return (
      <button type="button" className="secondary-button" onClick={() => setAsking(true)}>
        Remove the office trunk
      </button>
    );
  }
  return (
    <div role="group" aria-label="Remove the office trunk" className="office-removal">
      <p className="wizard-note">
        Dialtone deletes the trunk, its credentials and address list on Twilio, and gives the number back the routing it
        had. The PBX can no longer call through Twilio.
      </p>
      <WizardProgress busy={pending === 'remove'} text="Removing…" />
      <div className="office-file__buttons">
        <button
          type="button"
          className="danger-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void remove()}
        >
          Remove from Twilio
        </button>
        <button
          type="button"
          className="secondary-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && setAsking(false)}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}

/** What the last removal did, in words. */
export function OfficeRemovalReport() {
  const removal = useOfficeTrunkStore(selectors.removal);
  if (!removal || removal.problem) return null;
  return (
    <p role="status" className="wizard-note">
      {removal.removed.length > 0
        ? `Removed from Twilio: ${removal.removed.join('; ')}.`
        : 'Nothing was left to remove.'}
    </p>
  );
}
