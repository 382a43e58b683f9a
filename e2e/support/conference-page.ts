import type { Page } from '@playwright/test';

type PageWindow = Window & { __peers: RTCPeerConnection[] };

/**
 * Records `seconds` of what the person hears during a 3-way call: the far-end audio of every
 * connected call peer, summed as the sound device sums their <audio> elements, as 16-bit samples.
 */
export async function recordAllFarEnds(page: Page, seconds: number, rate = 16_000): Promise<Int16Array> {
  const samples = await page.evaluate(
    async ([duration, sampleRate]) => {
      const peers = (window as unknown as PageWindow).__peers.filter((pc) => pc.connectionState === 'connected');
      const tracks = peers.flatMap((pc) =>
        pc
          .getReceivers()
          .filter((receiver) => receiver.track.kind === 'audio')
          .map((receiver) => receiver.track),
      );
      if (tracks.length === 0) throw new Error('The page has no call audio track');
      const context = new AudioContext({ sampleRate });
      const recorder = context.createScriptProcessor(4096, 1, 1);
      for (const track of tracks) context.createMediaStreamSource(new MediaStream([track])).connect(recorder);
      const silent = context.createGain();
      silent.gain.value = 0;
      const chunks: Float32Array[] = [];
      recorder.onaudioprocess = (event) => chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
      recorder.connect(silent);
      silent.connect(context.destination);
      await context.resume();
      await new Promise((resolve) => setTimeout(resolve, duration * 1000));
      await context.close();
      const out: number[] = [];
      for (const chunk of chunks)
        for (const sample of chunk) out.push(Math.round(Math.max(-1, Math.min(1, sample)) * 32767));
      return { out, peers: tracks.length };
    },
    [seconds, rate] as const,
  );
  if (samples.peers < 2) throw new Error(`Expected the audio of both calls, found ${samples.peers} call peer(s)`);
  return Int16Array.from(samples.out);
}
