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
export function describeLevel(level: number): string {
  if (level < 15) return 'Silent';
  if (level < 45) return 'Quiet';
  if (level < 85) return 'Good';
  return 'Very loud';
}

/** Says why the microphone could not be opened for the level meter, and what to do. */
export function describeMicrophoneError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return "Dialtone may not use the microphone. Allow microphone access in your system's privacy settings, then restart Dialtone.";
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'The chosen microphone is not connected. Plug it in or choose another microphone.';
    case 'NotReadableError':
      return 'The microphone is in use by another app or not responding. Close other apps that use it, or reconnect it.';
    default:
      return 'The microphone could not be opened. Reconnect it or choose another microphone.';
  }
}
