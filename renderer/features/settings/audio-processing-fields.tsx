import { useId } from 'react';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

type ProcessingKey = 'echoCancellation' | 'noiseSuppression' | 'autoGainControl';

const switches: { key: ProcessingKey; label: string; hint: string }[] = [
  {
    key: 'echoCancellation',
    label: 'Echo cancellation',
    hint: 'Stops the other person hearing themselves when you use speakers instead of a headset.',
  },
  { key: 'noiseSuppression', label: 'Noise suppression', hint: 'Filters out steady noise such as fans and traffic.' },
  {
    key: 'autoGainControl',
    label: 'Automatic gain control',
    hint: 'Evens out your voice when you move closer to or away from the microphone.',
  },
];

function ProcessingSwitch({ field, value }: { field: (typeof switches)[number]; value: boolean }) {
  const id = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save(field.key));

  return (
    <div className="audio-switch">
      <div className="settings-checkbox">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch"
          checked={value}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void update(field.key, event.target.checked)}
        />
        <label htmlFor={id}>{field.label}</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {field.hint}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}

/** The voice processing Chromium applies to the microphone; all on unless a headset does it already. */
export function AudioProcessingFields(values: Record<ProcessingKey, boolean>) {
  const id = useId();
  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${id}-hint`}>
      <legend className="settings-field__label">Voice processing</legend>
      <p className="settings-field__hint" id={`${id}-hint`}>
        Used for calls and for the input level above. Leave them on unless your headset does this itself.
      </p>
      {switches.map((field) => (
        <ProcessingSwitch key={field.key} field={field} value={values[field.key]} />
      ))}
    </fieldset>
  );
}
