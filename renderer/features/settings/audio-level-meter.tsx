import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { deviceIdOf } from '../../stores/devices/device-choice';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { describeLevel } from './audio-input-level';
import { useInputLevel } from './audio-use-input-level';

interface AudioLevelMeterProps {
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
}

/** A live level of the chosen microphone, heard through the same processing as a call. */
export function AudioLevelMeter(props: AudioLevelMeterProps) {
  const id = useId();
  const t = useT();
  const microphone = useDevicesStore(devicesSelectors.microphone);
  const { level, problem } = useInputLevel({ deviceId: deviceIdOf(microphone), ...props });

  return (
    <div className="audio-meter">
      <span className="audio-meter__label" id={`${id}-label`}>
        {t('settings.levelLabel')}
      </span>
      <div
        className="audio-meter__track"
        role="meter"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={level}
        aria-valuetext={problem ? t('settings.levelUnavailable') : t(describeLevel(level))}
      >
        <div className="audio-meter__bar" style={{ width: `${level}%` }} />
      </div>
      <p className={problem ? 'audio-problem' : 'settings-field__hint'} id={`${id}-hint`} aria-live="polite">
        {problem ?? t('settings.levelHint')}
      </p>
    </div>
  );
}
