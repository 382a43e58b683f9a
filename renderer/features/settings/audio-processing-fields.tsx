import { useId } from 'react';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

type ProcessingKey = 'echoCancellation' | 'noiseSuppression' | 'autoGainControl';

const switches: { key: ProcessingKey; label: MessageId; hint: MessageId }[] = [
  {
    key: 'echoCancellation',
    label: 'settings.echoCancellationLabel',
    hint: 'settings.echoCancellationHint',
  },
  { key: 'noiseSuppression', label: 'settings.noiseSuppressionLabel', hint: 'settings.noiseSuppressionHint' },
  {
    key: 'autoGainControl',
    label: 'settings.autoGainControlLabel',
    hint: 'settings.autoGainControlHint',
  },
];

function ProcessingSwitch({ field, value }: { field: (typeof switches)[number]; value: boolean }) {
  const id = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save(field.key));
  const t = useT();

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
        <label htmlFor={id}>{t(field.label)}</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {t(field.hint)}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}

/** The voice processing Chromium applies to the microphone; all on unless a headset does it already. */
export function AudioProcessingFields(values: Record<ProcessingKey, boolean>) {
  const id = useId();
  const t = useT();
  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${id}-hint`}>
      <legend className="settings-field__label">{t('settings.processingLegend')}</legend>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('settings.processingHint')}
      </p>
      {switches.map((field) => (
        <ProcessingSwitch key={field.key} field={field} value={values[field.key]} />
      ))}
    </fieldset>
  );
}
