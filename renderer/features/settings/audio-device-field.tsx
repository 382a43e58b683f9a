import { useId, type ReactNode } from 'react';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { preferFirst } from '../devices/device-preferences';
import { deviceOptions, selectedDevice, standInNotice, systemDefaultValue } from './audio-options';

interface AudioDeviceFieldProps {
  kind: 'audioinput' | 'audiooutput';
  label: string;
  hint: string;
  remembered: readonly string[];
  /** Shown under the select: the level meter or the test button. */
  children?: ReactNode;
}

/** Microphone or Speaker: choosing a device puts its name first in the remembered list. */
export function AudioDeviceField({ kind, label, hint, remembered, children }: AudioDeviceFieldProps) {
  const id = useId();
  const key = kind === 'audioinput' ? 'microphones' : 'speakers';
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save(key));
  const devices = useDevicesStore(devicesSelectors.devices);
  const hidden = useDevicesStore(devicesSelectors.labelsHidden);
  const chosen = useDevicesStore(kind === 'audioinput' ? devicesSelectors.microphone : devicesSelectors.speaker);
  const notice = standInNotice(remembered, chosen, hidden);

  const choose = (value: string) => {
    void update(key, value === systemDefaultValue ? [] : preferFirst(remembered, value));
  };

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {label}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {hint}
        {notice && (
          <>
            {' '}
            <span className="audio-notice">{notice}</span>
          </>
        )}
      </p>
      <select
        id={id}
        className="settings-select"
        value={selectedDevice(remembered)}
        aria-describedby={`${id}-hint`}
        onChange={(event) => choose(event.target.value)}
      >
        {deviceOptions(devices, kind, remembered).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
      <SaveStatus save={save} />
    </div>
  );
}
