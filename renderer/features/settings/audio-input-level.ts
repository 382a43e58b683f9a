import type { MessageId } from '../../i18n/locale-messages';
import { translate } from '../../i18n/translate';

/** The quietest level the meter shows; speech at a headset sits around -30 to -15 dBFS. */
const floorDbfs = -60;

/** Loudness of a block of samples (-1..1) as 0..100 on a decibel scale, for the level meter. */
export function levelFromSamples(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let index = 0; index < samples.length; index++) {
    const sample = samples[index] ?? 0;
    sum += sample * sample;
  }
  const rms = Math.sqrt(sum / samples.length);
  if (rms === 0) return 0;
  const dbfs = 20 * Math.log10(rms);
  return Math.round(Math.min(100, Math.max(0, ((dbfs - floorDbfs) / -floorDbfs) * 100)));
}

/** Words for the meter's value, read by screen readers instead of a bare number. */
export function describeLevel(level: number): MessageId {
  if (level < 15) return 'settings.levelSilent';
  if (level < 45) return 'settings.levelQuiet';
  if (level < 85) return 'settings.levelGood';
  return 'settings.levelVeryLoud';
}

/** Says why the microphone could not be opened for the level meter, and what to do. */
export function describeMicrophoneError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return translate('settings.microphoneNotAllowed');
    case 'NotFoundError':
    case 'OverconstrainedError':
      return translate('settings.microphoneNotFound');
    case 'NotReadableError':
      return translate('settings.microphoneBusy');
    default:
      return translate('settings.microphoneFailed');
  }
}
