import { dtmfFrequencies, type KeypadKey } from '../../../shared/phone/keypad';

const toneSeconds = 0.12;
const volume = 0.08;
const rampSeconds = 0.005;

let context: AudioContext | undefined;

/**
 * Plays a key's DTMF tone (its two frequencies, 120 ms) on this computer, so pressing a key in a
 * call sounds like a phone. The far end gets the digit as an RFC 4733 event from main, not this sound.
 */
export function playDtmfTone(key: KeypadKey): void {
  try {
    context ??= new AudioContext({ latencyHint: 'interactive' });
    const audio = context;
    if (audio.state === 'suspended') void audio.resume();
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
    setTimeout(() => gain.disconnect(), (toneSeconds + 0.05) * 1000);
  } catch {
    // No audio output (or no Web Audio): the digit is still sent, just without the local tone.
  }
}
