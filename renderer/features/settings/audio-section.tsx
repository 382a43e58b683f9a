import { useId } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { playOnce, speakerTestUrl } from '../../audio/ringer-playback';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
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
      <p className="settings-field__hint">Device names appear once Dialtone may use the microphone.</p>
      <button type="button" className="secondary-button" onClick={() => void requestAccess()}>
        Allow microphone access
      </button>
    </div>
  );
}

function SpeakerTest() {
  const speaker = useDevicesStore(devicesSelectors.speaker);
  const name = speaker?.name || 'the default output';
  return (
    <AudioTestButton
      label="Test speaker"
      playingText={`Playing a chime on ${name}`}
      durationMs={speakerTestMs}
      play={() => playOnce(speakerTestUrl, speaker ? [speaker] : [], 'test sound')}
    />
  );
}

/** Settings, Audio: the devices a call and the ringer use, and the voice processing. */
export function AudioSection({ settings }: { settings: Settings }) {
  const headingId = useId();
  const { echoCancellation, noiseSuppression, autoGainControl } = settings;

  return (
    <section className="audio-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Audio
      </h2>
      <div className="settings-card">
        <AccessNotice />
        <AudioDeviceField
          kind="audioinput"
          label="Microphone"
          hint="Dialtone remembers the devices you choose and goes back to them when they are plugged in again."
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
          label="Speaker"
          hint="Where you hear the other person."
          remembered={settings.speakers}
        >
          <SpeakerTest />
        </AudioDeviceField>
        <AudioRingersField remembered={settings.ringers} />
        <AudioProcessingFields
          echoCancellation={echoCancellation}
          noiseSuppression={noiseSuppression}
          autoGainControl={autoGainControl}
        />
      </div>
    </section>
  );
}
