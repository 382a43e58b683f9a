import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/* A stand-in for Web Audio (tests run in Node): records where the tones go and which frequencies play. */
class FakeParam {
  setValueAtTime() {}
  linearRampToValueAtTime() {}
}
class FakeNode {
  connect() {}
  disconnect() {}
}
const contexts: FakeContext[] = [];
class FakeContext {
  state = 'running';
  currentTime = 0;
  destination = new FakeNode();
  sinkId = '';
  sinks: string[] = [];
  frequencies: number[] = [];
  constructor() {
    contexts.push(this);
  }
  async setSinkId(sinkId: string) {
    this.sinkId = sinkId;
    this.sinks.push(sinkId);
  }
  createGain() {
    return Object.assign(new FakeNode(), { gain: new FakeParam() });
  }
}
class FakeOscillator extends FakeNode {
  onended: (() => void) | null = null;
  constructor(context: FakeContext, options: { frequency: number }) {
    super();
    context.frequencies.push(options.frequency);
  }
  start() {}
  stop() {}
}

beforeAll(() => {
  vi.stubGlobal('AudioContext', FakeContext);
  vi.stubGlobal('OscillatorNode', FakeOscillator);
});
afterAll(() => vi.unstubAllGlobals());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('playDtmfTone', () => {
  it("plays the key's two frequencies in the call's output, moving there only when it changes", async () => {
    const { playDtmfTone } = await import('./dtmf-tone-player');
    playDtmfTone('5', 'spk-headset');
    await settle();
    const [context] = contexts;
    expect(context!.frequencies).toEqual([770, 1336]);
    expect(context!.sinkId).toBe('spk-headset');

    playDtmfTone('#', 'spk-headset');
    await settle();
    expect(context!.sinks).toEqual(['spk-headset']);

    playDtmfTone('1', 'default');
    await settle();
    expect(context!.sinks).toEqual(['spk-headset', '']);
    expect(contexts).toHaveLength(1);
  });
});
