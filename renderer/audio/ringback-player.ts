import { renderRingbackCycle } from './ringback-signal';
import type { RingbackTone } from './ringback-tones';
import { toneOutput } from './tone-output';

export interface RingbackPlayback {
  /** Fades out over a few milliseconds; calling it again does nothing. */
  stop(): void;
}

const fadeOutSeconds = 0.01;

/**
 * Plays a ringing tone in a loop on `outputDeviceId` (the call's output: the headset), until
 * stopped. Rejects when there is no Web Audio or the device cannot be used.
 */
export async function playRingback(tone: RingbackTone, outputDeviceId: string): Promise<RingbackPlayback> {
  const { audio, done } = await toneOutput(outputDeviceId);
  const samples = renderRingbackCycle(tone, audio.sampleRate);
  const buffer = audio.createBuffer(1, samples.length, audio.sampleRate);
  buffer.copyToChannel(samples, 0);
  const source = new AudioBufferSourceNode(audio, { buffer, loop: true });
  const fade = audio.createGain();
  source.connect(fade);
  fade.connect(audio.destination);
  source.start();
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      const now = audio.currentTime;
      fade.gain.setValueAtTime(1, now);
      fade.gain.linearRampToValueAtTime(0, now + fadeOutSeconds);
      source.stop(now + fadeOutSeconds);
      source.onended = () => {
        source.disconnect();
        fade.disconnect();
        done();
      };
    },
  };
}
