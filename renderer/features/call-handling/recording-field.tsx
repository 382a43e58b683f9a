import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { RecordingMode } from '../../../shared/models/call-handling-names';

const modeLabels: Record<RecordingMode, string> = {
  off: 'Off',
  always: 'Record every call',
  'on-demand': 'Record when I press Record',
};

const modeHints: Record<RecordingMode, string> = {
  off: 'Calls are not recorded.',
  always: 'Twilio records every call from the moment it is answered, each side on its own channel.',
  'on-demand':
    'A Record button appears on the call screen during a call; Twilio records from when you press it. Tell the other side before you press it: the law in many places requires their consent.',
};

interface RecordingFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** Whether calls are recorded at Twilio, and whether the other side is told. Saves on change. */
export function RecordingField({ handling, busy, change }: RecordingFieldProps) {
  const id = useId();
  const { recording } = handling;
  return (
    <>
      <fieldset className="settings-field settings-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="settings-field__label">Record calls</legend>
        <div className="settings-radios">
          {(Object.keys(modeLabels) as RecordingMode[]).map((mode) => (
            <label key={mode} className="settings-radio">
              <input
                type="radio"
                name={id}
                value={mode}
                checked={recording.mode === mode}
                disabled={busy}
                onChange={() => void change({ ...handling, recording: { ...recording, mode } })}
              />
              {modeLabels[mode]}
            </label>
          ))}
        </div>
        <p className="settings-field__hint" id={`${id}-hint`}>
          {modeHints[recording.mode]} Recordings are kept on your Twilio account, which bills their storage, and appear
          in call history, where you can play them.
        </p>
      </fieldset>
      {recording.mode === 'always' && (
        <div className="settings-field">
          <div className="settings-checkbox">
            <input
              id={`${id}-notice`}
              type="checkbox"
              checked={recording.notice}
              disabled={busy}
              aria-describedby={`${id}-notice-hint`}
              onChange={(event) =>
                void change({ ...handling, recording: { ...recording, notice: event.target.checked } })
              }
            />
            <label htmlFor={`${id}-notice`}>Tell the other side the call is recorded</label>
          </div>
          <p className="settings-field__hint settings-checkbox__hint" id={`${id}-notice-hint`}>
            Twilio says “This call is recorded.” to callers before Dialtone rings, and to people you call once they
            answer. The law in many places requires the consent of everyone on a recorded call.
          </p>
        </div>
      )}
    </>
  );
}
