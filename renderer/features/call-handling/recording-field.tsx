import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { RecordingMode } from '../../../shared/models/call-handling-names';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';

const modeLabels: Record<RecordingMode, MessageId> = {
  off: 'callHandling.recordOff',
  always: 'callHandling.recordAlways',
  'on-demand': 'callHandling.recordOnDemand',
};

const modeHints: Record<RecordingMode, MessageId> = {
  off: 'callHandling.recordHintOff',
  always: 'callHandling.recordHintAlways',
  'on-demand': 'callHandling.recordHintOnDemand',
};

interface RecordingFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** Whether calls are recorded at Twilio, and whether the other side is told. Saves on change. */
export function RecordingField({ handling, busy, change }: RecordingFieldProps) {
  const id = useId();
  const t = useT();
  const { recording } = handling;
  return (
    <>
      <fieldset className="settings-field settings-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="settings-field__label">{t('callHandling.recordCalls')}</legend>
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
              {t(modeLabels[mode])}
            </label>
          ))}
        </div>
        <p className="settings-field__hint" id={`${id}-hint`}>
          {t(modeHints[recording.mode])}
          {t('callHandling.recordingsKept')}
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
            <label htmlFor={`${id}-notice`}>{t('callHandling.tellOtherSide')}</label>
          </div>
          <p className="settings-field__hint settings-checkbox__hint" id={`${id}-notice-hint`}>
            {t('callHandling.tellOtherSideHint')}
          </p>
        </div>
      )}
    </>
  );
}
