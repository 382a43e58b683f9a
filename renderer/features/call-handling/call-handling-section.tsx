import { useId, useState } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { FieldSave } from '../../stores/settings/settings.store';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { SaveStatus } from '../../ui/save-status';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { BlockedCallersField } from './blocked-callers-field';
import './call-handling-section.css';

/**
 * Saves a change of the call handling through main (and Twilio, once the line exists), with its status.
 * The change shows at once while it is saved; if main refuses it, what main has shows again.
 */
function useCallHandlingSave(saved: CallHandling | null) {
  const setCallHandling = useSetupStore((state) => state.setCallHandling);
  const [save, setSave] = useState<FieldSave['status']>('idle');
  const [saving, setSaving] = useState<CallHandling | null>(null);
  async function change(next: CallHandling): Promise<boolean> {
    setSave('saving');
    setSaving(next);
    const done = await setCallHandling(next);
    setSaving(null);
    setSave(done ? 'saved' : 'failed');
    return done;
  }
  return { shown: saving ?? saved, save, change };
}

/**
 * Settings, Call handling: do not disturb and blocked callers. Twilio decides them (the inbound Function
 * reads them on every call), so they hold while the computer is off.
 */
export function CallHandlingSection() {
  const headingId = useId();
  const dndId = useId();
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const busy = useSetupStore(selectors.busy);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const { shown: handling, save, change } = useCallHandlingSave(useSetupStore(selectors.callHandling));

  return (
    <section className="call-handling-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Call handling
      </h2>
      <div className="settings-card">
        {!hasLine || !handling ? (
          <p className="settings-field__hint">
            Do not disturb and blocked callers work at Twilio, so they come with the Twilio setup: once Dialtone has set
            up your Twilio phone line, you can choose them here.
          </p>
        ) : (
          <>
            <div className="settings-field">
              <div className="settings-checkbox">
                <input
                  id={dndId}
                  type="checkbox"
                  checked={handling.doNotDisturb}
                  disabled={busy}
                  aria-describedby={`${dndId}-hint`}
                  onChange={(event) => void change({ ...handling, doNotDisturb: event.target.checked })}
                />
                <label htmlFor={dndId}>Do not disturb</label>
              </div>
              <p className="settings-field__hint settings-checkbox__hint" id={`${dndId}-hint`}>
                Calls go straight to voicemail without ringing, even while Dialtone is closed.
              </p>
            </div>
            <BlockedCallersField handling={handling} busy={busy} change={change} />
            <SaveStatus save={save === 'saving' || save === 'saved' ? { status: save } : { status: 'idle' }} />
            {save === 'failed' &&
              (problem ? <ProblemAlert problem={problem} /> : <RequestErrorAlert message={requestError} />)}
          </>
        )}
      </div>
    </section>
  );
}
