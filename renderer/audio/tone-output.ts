/** setSinkId on an AudioContext (Chromium 110+), not in every DOM typing yet. */
type RoutableContext = AudioContext & { sinkId?: string; setSinkId?(sinkId: string): Promise<void> };

let context: RoutableContext | undefined;

/**
 * The audio context for the tones Dialtone makes itself in a call's output: keypad tones and
 * ringback, on `outputDeviceId` (the headset; '' or 'default' for the system default). One context
 * for all of them, moved only when the device changes: each context costs an audio thread.
 * Rejects where there is no Web Audio or the device cannot be used.
 */
export async function toneOutput(outputDeviceId = ''): Promise<AudioContext> {
  context ??= new AudioContext({ latencyHint: 'interactive' });
  const sink = outputDeviceId === 'default' ? '' : outputDeviceId;
  if (context.setSinkId && (context.sinkId ?? '') !== sink) await context.setSinkId(sink);
  if (context.state === 'suspended') void context.resume();
  return context;
}
