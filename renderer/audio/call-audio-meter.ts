/** RMS levels (0..1) of the microphone and of the far end, from AnalyserNodes outside the playback path. */
export interface LevelMeter {
  /** Meters this stream as the input (microphone) or output (far end); replaces the previous one. */
  watch(which: 'input' | 'output', stream: MediaStream): void;
  levels(): { input: number; output: number };
  close(): void;
}

export function createLevelMeter(): LevelMeter {
  let context: AudioContext | undefined;
  const meters: Partial<Record<'input' | 'output', { source: MediaStreamAudioSourceNode; analyser: AnalyserNode }>> =
    {};
  const buffer = new Float32Array(1024);

  function audioContext(): AudioContext | undefined {
    if (context) return context;
    if (typeof AudioContext === 'undefined') return undefined;
    // Meters need no low latency: the largest buffer wakes the audio threads least (bench:audio,
    // two runs each: audio service -0.7, renderer -0.7 % of a core against the default).
    context = new AudioContext({ latencyHint: 'playback' });
    // Suspended until a gesture where autoplay is restricted; Dialtone's window allows it.
    void context.resume().catch(() => undefined);
    return context;
  }

  function level(which: 'input' | 'output'): number {
    const meter = meters[which];
    if (!meter) return 0;
    meter.analyser.getFloatTimeDomainData(buffer);
    let sum = 0;
    for (const sample of buffer) sum += sample * sample;
    return Math.min(1, Math.sqrt(sum / buffer.length));
  }

  return {
    watch(which, stream) {
      const ctx = audioContext();
      meters[which]?.source.disconnect();
      delete meters[which];
      if (!ctx || stream.getAudioTracks().length === 0) return;
      const source = ctx.createMediaStreamSource(stream);
      const analyser = ctx.createAnalyser();
      analyser.fftSize = buffer.length;
      // Not connected to the destination: metering only, the <audio> element plays the call.
      source.connect(analyser);
      meters[which] = { source, analyser };
    },
    levels: () => ({ input: level('input'), output: level('output') }),
    close() {
      for (const meter of Object.values(meters)) meter.source.disconnect();
      void context?.close().catch(() => undefined);
      context = undefined;
    },
  };
}
