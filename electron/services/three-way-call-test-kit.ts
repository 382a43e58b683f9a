import { energyShareAt, readWav } from '../../e2e/lab/tones';
import { encodeG711 } from '../media/g711';
import type { PacketPort } from '../media/media-session-types';
import { waitFor } from '../sip/engine/sip-phone-test-kit';

/** Sends a tone into a call for `ms`, 20 ms a frame, as the audio bridge sends the person's microphone. */
export async function speakInto(port: PacketPort, frequency: number, ms: number): Promise<void> {
  const samples = 160;
  let phase = 0;
  const started = performance.now();
  let sent = 0;
  while (performance.now() - started < ms) {
    const codec = port.codec;
    if (codec) {
      const frame = Int16Array.from({ length: samples }, () => {
        phase += (2 * Math.PI * frequency) / 8000;
        return Math.round(Math.sin(phase) * 0.3 * 32767);
      });
      port.send(encodeG711(codec, frame), samples);
    }
    sent++;
    // Keep the pace over the run, not per frame: timers in Node drift late.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + sent * 20 - performance.now())));
  }
}

/** The energy share at `frequency` of what a lab phone heard in its newest call (once the call has ended). */
export async function heardShare(phone: { latestRecording(): string }, frequency: number): Promise<number> {
  const newest = await waitFor(
    () => {
      try {
        return phone.latestRecording();
      } catch {
        return undefined;
      }
    },
    5000,
    'the recording',
  );
  // The phone finishes the file as the call ends.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const wav = readWav(newest);
  return energyShareAt(wav.samples, wav.rate, frequency);
}
