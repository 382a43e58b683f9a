import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { decodeG711, encodeG711 } from '../../media/g711';
import { SoundTestCall } from './sound-test-call';
import { audioLevels } from './audio-levels';

const tone = (frequency: number, samples: number, amplitude = 8000) =>
  Int16Array.from({ length: samples }, (_, i) =>
    Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / 8000)),
  );

function waitForPhase(call: SoundTestCall, phase: string): Promise<CallSnapshot> {
  return new Promise((resolve) => {
    const stop = call.onChange((snapshot) => {
      if (snapshot.soundTest?.phase === phase || snapshot.state === 'ended') {
        stop();
        resolve(snapshot);
      }
    });
  });
}

describe('sound test', () => {
  it('plays the prompt, records the microphone, reports its levels and plays it back', async () => {
    const prompt = tone(300, 1600);
    const call = new SoundTestCall({ prompt, beep: tone(1000, 400) }, 600);
    expect(call.state).toMatchObject({ state: 'dialing', remoteName: 'Sound test' });
    const port = await call.audioPort();
    const heard: number[] = [];
    port.onFrame((frame) => heard.push(...decodeG711(frame.codec, frame.payload)));

    const recording = await waitForPhase(call, 'recording');
    expect(recording.state).toBe('connected');
    expect(heard.length).toBeGreaterThanOrEqual(2000);
    const microphone = encodeG711('PCMU', tone(440, 160, 16000));
    const speaking = setInterval(() => port.send(microphone, 160), 20);
    const playback = await waitForPhase(call, 'playback');
    clearInterval(speaking);
    expect(playback.soundTest?.peakDbfs).toBeGreaterThan(-7);
    expect(playback.soundTest?.averageDbfs).toBeGreaterThan(-12);

    const heardBeforePlayback = heard.length;
    const ended = await waitForPhase(call, 'done');
    expect(ended.soundTest?.phase).toBe('done');
    const playedBack = Int16Array.from(heard.slice(heardBeforePlayback));
    expect(playedBack.length).toBeGreaterThan(3000);
    expect(audioLevels(playedBack).peakDbfs).toBeGreaterThan(-7);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(call.state).toMatchObject({ state: 'ended', endReason: 'hung-up' });
  });

  it('stops at once when hung up, and has no keypad', async () => {
    const call = new SoundTestCall({ prompt: tone(300, 80000), beep: tone(1000, 400) }, 600);
    (await call.audioPort()).onFrame(() => undefined);
    await call.hangUp();
    expect(call.state).toMatchObject({ state: 'ended', endReason: 'hung-up' });
    await expect(call.sendDtmf()).rejects.toThrow(/no keypad/);
  });

  it('measures silence as the floor and a full-scale tone near 0 dBFS', () => {
    expect(audioLevels(new Int16Array(100))).toEqual({ peakDbfs: -100, averageDbfs: -100 });
    expect(audioLevels(tone(440, 8000, 32767)).peakDbfs).toBeGreaterThan(-0.1);
    expect(audioLevels(new Int16Array())).toEqual({ peakDbfs: null, averageDbfs: null });
  });
});
