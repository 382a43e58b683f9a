import { useId } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { playOnce, speakerTestUrl } from '../../audio/ringer-playback';
import { useT } from '../../i18n/use-t';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { HeadsetField } from '../devices/headset-field';
import { AudioDeviceField } from './audio-device-field';
import { AudioLevelMeter } from './audio-level-meter';
import { AudioProcessingFields } from './audio-processing-fields';
import { AudioRingersField } from './audio-ringers-field';
import { AudioTestButton } from './audio-test-button';
import './audio-section.css';

const speakerTestMs = 1300;

function AccessNotice() {
  const hidden = useDevicesStore(devicesSelectors.labelsHidden);
  const error = useDevicesStore(devicesSelectors.error);
  const requestAccess = useDevicesStore(devicesSelectors.requestAccess);
  const t = useT();
  if (error) {
    return (
      <p className="audio-problem audio-section__notice" role="status">
        {error}
      </p>
    );
  }
  if (!hidden) return null;
  return (
    <div className="audio-section__notice">
      <p className="settings-field__hint">{t('settings.audioAccessHint')}</p>
      <button type="button" className="secondary-button" onClick={() => void requestAccess()}>
        {t('settings.audioAllowAccess')}
      </button>
    </div>
  );
}

function SpeakerTest() {
  const speaker = useDevicesStore(devicesSelectors.speaker);
  const t = useT();
  const name = speaker?.name || t('settings.speakerDefaultOutput');
  return (
    <AudioTestButton
      label={t('settings.speakerTest')}
      playingText={t('settings.speakerTestPlaying', { name })}
      durationMs={speakerTestMs}
      play={() => playOnce(speakerTestUrl, speaker ? [speaker] : [], 'test sound')}
    />
  );
}

/** Settings, Audio: the devices a call and the ringer use, and the voice processing. */
export function AudioSection({ settings }: { settings: Settings }) {
  const headingId = useId();
  const t = useT();
  const { echoCancellation, noiseSuppression, autoGainControl } = settings;

  return (
    <section className="audio-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('settings.audioHeading')}
      </h2>
      <div className="settings-card">
        <AccessNotice />
        <AudioDeviceField
          kind="audioinput"
          label={t('settings.microphoneLabel')}
          hint={t('settings.microphoneHint')}
          remembered={settings.microphones}
        >
          <AudioLevelMeter
            echoCancellation={echoCancellation}
            noiseSuppression={noiseSuppression}
            autoGainControl={autoGainControl}
          />
        </AudioDeviceField>
        <AudioDeviceField
          kind="audiooutput"
          label={t('settings.speakerLabel')}
          hint={t('settings.speakerHint')}
          remembered={settings.speakers}
        >
          <SpeakerTest />
        </AudioDeviceField>
        <AudioRingersField remembered={settings.ringers} />
        <HeadsetField />
        <AudioProcessingFields
          echoCancellation={echoCancellation}
          noiseSuppression={noiseSuppression}
          autoGainControl={autoGainControl}
        />
      </div>
    </section>
  );
}
