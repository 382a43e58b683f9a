import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Chromium's AudioContext as far as tone-output uses it: its state, its device, and what was asked of it. */
class FakeAudioContext {
  static created: FakeAudioContext[] = [];
  state: AudioContextState = 'running';
  sinkId = '';
  readonly asked: string[] = [];
  constructor() {
    FakeAudioContext.created.push(this);
  }
  async setSinkId(sinkId: string) {
    if (sinkId === 'unplugged') throw new DOMException('Requested device not found', 'NotFoundError');
    this.sinkId = sinkId;
  }
  async resume() {
    this.asked.push('resume');
    this.state = 'running';
  }
  async suspend() {
    this.asked.push('suspend');
    this.state = 'suspended';
  }
}

async function freshToneOutput() {
  vi.resetModules();
  return (await import('./tone-output')).toneOutput;
}

describe('the tone output', () => {
  beforeEach(() => {
    FakeAudioContext.created = [];
    vi.stubGlobal('AudioContext', FakeAudioContext);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is suspended once the last tone ends, not before, and wakes for the next tone', async () => {
    const toneOutput = await freshToneOutput();
    const ringback = await toneOutput('headset');
    const key = await toneOutput('headset');
    const audio = FakeAudioContext.created[0]!;
    expect(FakeAudioContext.created).toHaveLength(1);
    expect(audio.sinkId).toBe('headset');

    key.done();
    key.done();
    expect(audio.asked).toEqual([]);
    ringback.done();
    expect(audio.asked).toEqual(['suspend']);

    await toneOutput('headset');
    expect(audio.asked).toEqual(['suspend', 'resume']);
  });

  it('counts no tone for a device that cannot be used', async () => {
    const toneOutput = await freshToneOutput();
    await expect(toneOutput('unplugged')).rejects.toThrow('Requested device not found');
    const key = await toneOutput('');
    key.done();
    expect(FakeAudioContext.created[0]!.asked).toEqual(['suspend']);
  });
});
