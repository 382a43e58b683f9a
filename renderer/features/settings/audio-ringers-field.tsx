import { useId } from 'react';
import { useIntl } from 'react-intl';
import { playOnce, ringtoneUrl } from '../../audio/ringer-playback';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  const { locale } = useIntl();
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
      <legend className="settings-field__label">{t('settings.ringersLegend')}</legend>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t(options.length > 0 ? 'settings.ringersHint' : 'settings.ringersDefaultHint')}
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
              {/* A device's own name, which translation must leave alone. */}
              <span translate="no">{option.label}</span>
            </label>
          ))}
          <p className="visually-hidden" id={`${id}-locked`}>
            {t('settings.ringersLocked')}
          </p>
        </div>
      )}
      <AudioTestButton
        label={t('settings.ringerTest')}
        playingText={
          ringingNames.length > 0
            ? t('settings.ringerTestPlaying', { names: listNames(ringingNames, locale) })
            : t('settings.ringerTestPlayingDefault')
        }
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
