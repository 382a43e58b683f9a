/** setSinkId on an AudioContext (Chromium 110+), not in every DOM typing yet. */
type RoutableContext = AudioContext & { sinkId?: string; setSinkId?(sinkId: string): Promise<void> };

export interface ToneOutput {
  audio: AudioContext;
  /** The tone has ended: once no tone plays, the context is suspended. */
  done(): void;
}

let context: RoutableContext | undefined;
let playing = 0;

/**
 * The audio context for the tones Dialtone makes itself in a call's output: keypad tones and
 * ringback, on `outputDeviceId` (the headset; '' or 'default' for the system default). One context
 * for all of them, moved only when the device changes, and suspended while no tone plays: a running
 * context keeps an audio thread and Chromium's audio service busy for the whole call, even silent.
 * Rejects where there is no Web Audio or the device cannot be used.
 */
export async function toneOutput(outputDeviceId = ''): Promise<ToneOutput> {
  context ??= new AudioContext({ latencyHint: 'interactive' });
  const audio = context;
  const sink = outputDeviceId === 'default' ? '' : outputDeviceId;
  if (audio.setSinkId && (audio.sinkId ?? '') !== sink) await audio.setSinkId(sink);
  playing += 1;
  if (audio.state === 'suspended') void audio.resume();
  let ended = false;
  return {
    audio,
    done() {
      if (ended) return;
      ended = true;
      playing -= 1;
      if (playing === 0) void audio.suspend();
    },
  };
}
