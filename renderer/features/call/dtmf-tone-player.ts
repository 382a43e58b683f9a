import { dtmfFrequencies, type KeypadKey } from '../../../shared/phone/keypad';
import { toneOutput } from '../../audio/tone-output';

const toneSeconds = 0.12;
const volume = 0.08;
const rampSeconds = 0.005;

/**
 * Plays a key's DTMF tone (its two frequencies, 120 ms) on this computer, in the call's output (the
 * headset, `outputDeviceId`; '' for the system default), so pressing a key in a call sounds like a
 * phone. The far end gets the digit as an RFC 4733 event from main, not this sound.
 */
export function playDtmfTone(key: KeypadKey, outputDeviceId = ''): void {
  // No audio output (or no Web Audio): the digit is still sent, just without the local tone.
  void play(key, outputDeviceId).catch(() => undefined);
}

async function play(key: KeypadKey, outputDeviceId: string): Promise<void> {
  const { audio, done } = await toneOutput(outputDeviceId);
  const start = audio.currentTime;
  const end = start + toneSeconds;
  const gain = audio.createGain();
  // Short ramps: a tone that starts or stops abruptly clicks.
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(volume, start + rampSeconds);
  gain.gain.setValueAtTime(volume, end - rampSeconds);
  gain.gain.linearRampToValueAtTime(0, end);
  gain.connect(audio.destination);
  for (const frequency of dtmfFrequencies(key)) {
    const oscillator = new OscillatorNode(audio, { type: 'sine', frequency });
    oscillator.connect(gain);
    oscillator.start(start);
    oscillator.stop(end);
    oscillator.onended = () => oscillator.disconnect();
  }
  setTimeout(
    () => {
      gain.disconnect();
      done();
    },
    (toneSeconds + 0.05) * 1000,
  );
}
