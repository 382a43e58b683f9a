import { selectors, useCallAudioStore } from '../../stores/call-audio/call-audio.store';
import { useT } from '../../i18n/use-t';
import { levelToPercent } from './level-scale';
import './level-meter.css';

export function LevelMeter({ label, level }: { label: string; level: number }) {
  const t = useT();
  const percent = levelToPercent(level);
  return (
    <div className="level-meter">
      <span className="level-meter__label" aria-hidden="true">
        {label}
      </span>
      <div
        className="level-meter__track"
        role="meter"
        aria-label={t('call.meterLabel', { label })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('call.meterValue', { percent })}
      >
        <div className="level-meter__fill" style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
    </div>
  );
}

/** The microphone and the far end of the call being talked on, from the call audio. */
export function CallLevelMeters() {
  const t = useT();
  const input = useCallAudioStore(selectors.inputLevel);
  const output = useCallAudioStore(selectors.outputLevel);
  return (
    <div className="call-meters">
      <LevelMeter label={t('call.microphone')} level={input} />
      <LevelMeter label={t('call.speaker')} level={output} />
    </div>
  );
}
