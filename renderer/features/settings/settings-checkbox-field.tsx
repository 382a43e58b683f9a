import { useId } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/** A checkbox setting saved as soon as it is changed, with the hint that says what it does (or why it cannot). */
export function SettingsCheckboxField(props: {
  setting: BooleanSetting;
  value: boolean;
  label: string;
  hint: string;
  disabled?: boolean;
}) {
  const id = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save(props.setting));

  return (
    <div className="settings-field">
      <div className="settings-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={props.value}
          disabled={props.disabled}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void update(props.setting, event.target.checked)}
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}
