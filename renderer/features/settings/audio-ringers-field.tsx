import { useId } from 'react';
import { playOnce, ringtoneUrl } from '../../audio/ringer-playback';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { toggleRinger } from '../devices/device-preferences';
import { listNames, ringerOptions } from './audio-options';
import { AudioTestButton } from './audio-test-button';

const ringtoneMs = 4000;

/** "Ring on": every ticked output rings at once for an incoming call. */
export function AudioRingersField({ remembered }: { remembered: readonly string[] }) {
  const id = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('ringers'));
  const devices = useDevicesStore(devicesSelectors.devices);
  const ringers = useDevicesStore(devicesSelectors.ringers);
  const problem = useDevicesStore(devicesSelectors.ringerProblem);
  const options = ringerOptions(devices, remembered, ringers);
  const ringingNames = ringers.map((device) => device.name).filter(Boolean);

  const toggle = (name: string, on: boolean) => {
    void update('ringers', toggleRinger(remembered, ringingNames, name, on));
  };

  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${id}-hint`}>
      <legend className="settings-field__label">Ring on</legend>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {options.length > 0
          ? 'Incoming calls ring on every ticked device at once. With none ticked, they ring on your speaker.'
          : "Incoming calls ring on your computer's default output."}
      </p>
      {options.length > 0 && (
        <div className="audio-ringers">
          {options.map((option) => (
            <label key={option.name} className="settings-checkbox audio-ringers__option">
              <input
                type="checkbox"
                checked={option.checked}
                disabled={option.locked}
                aria-describedby={option.locked ? `${id}-locked` : undefined}
                onChange={(event) => toggle(option.name, event.target.checked)}
              />
              {option.label}
            </label>
          ))}
          <p className="visually-hidden" id={`${id}-locked`}>
            At least one device rings.
          </p>
        </div>
      )}
      <AudioTestButton
        label="Test ringer"
        playingText={ringingNames.length > 0 ? `Ringing on ${listNames(ringingNames)}` : 'Ringing'}
        durationMs={ringtoneMs}
        play={() => playOnce(ringtoneUrl, ringers, 'ringtone')}
      />
      {problem && (
        <p className="audio-problem" role="status">
          {problem}
        </p>
      )}
      <SaveStatus save={save} />
    </fieldset>
  );
}
