import { describe, expect, it } from 'vitest';
import { fakePort } from './audio-bridge/audio-bridge-test-kit';
import { conferenceFeed, maxQueuedMs, mixWith } from './conference-feed';
import { decodeG711, encodeG711, g711Silence } from './g711';
import { mutablePort } from './mutable-port';

const frame = (value: number, samples = 160) => encodeG711('PCMU', new Int16Array(samples).fill(value));
const level = (payload: Uint8Array) => decodeG711('PCMU', payload)[0];

describe('conferenceFeed', () => {
  it('hands over the far end’s samples in order, silence where none arrived', () => {
    const far = fakePort();
    const feed = conferenceFeed(far);
    far.deliver({ payload: frame(1000, 80), timestamp: 0 });
    const taken = feed.take(160);
    expect(taken[0]).toBe(decodeG711('PCMU', frame(1000, 1))[0]);
    expect(taken[79]).toBe(taken[0]);
    expect(taken[80]).toBe(0);
    expect(feed.stats()).toMatchObject({ takes: 1, underruns: 1, droppedSamples: 0, meanQueuedMs: 10 });
  });

  it('keeps at most maxQueuedMs waiting, dropping the oldest, so the delay stays bounded', () => {
    const far = fakePort();
    const feed = conferenceFeed(far);
    const kept = (maxQueuedMs * 8) / 160;
    const delivered = kept + 4;
    for (let i = 0; i < delivered; i++) far.deliver({ payload: frame(100 * (i + 1)), timestamp: i * 160 });
    expect(feed.stats().droppedSamples).toBe((delivered - kept) * 160);
    expect(feed.take(160)[0]).toBe(level(frame(100 * (delivered - kept + 1))));
    expect(feed.stats().maxQueuedMs).toBe(maxQueuedMs);
  });

  it('stops listening when stopped', () => {
    const far = fakePort();
    conferenceFeed(far).stop();
    expect(far.listeners.size).toBe(0);
  });
});

describe('a mutable port with a conference mix', () => {
  it('sends the person plus the other party; muted, only the other party', () => {
    const other = fakePort();
    const leg = fakePort();
    const port = mutablePort(leg);
    port.setMix(mixWith(conferenceFeed(other)));

    other.deliver({ payload: frame(2000), timestamp: 0 });
    port.send(frame(1000));
    expect(level(leg.sent[0]!.payload)).toBeCloseTo(3000, -2);

    port.setMuted(true);
    other.deliver({ payload: frame(2000), timestamp: 160 });
    port.send(frame(1000));
    expect(level(leg.sent[1]!.payload)).toBeCloseTo(2000, -2);

    port.setMix(undefined);
    port.send(frame(1000));
    expect(leg.sent[2]!.payload[0]).toBe(g711Silence.PCMU);
  });

  it('clips a loud sum instead of wrapping around', () => {
    const other = fakePort();
    const leg = fakePort();
    const port = mutablePort(leg);
    port.setMix(mixWith(conferenceFeed(other)));
    other.deliver({ payload: frame(30000), timestamp: 0 });
    port.send(frame(30000));
    expect(level(leg.sent[0]!.payload)).toBeGreaterThan(30000);
  });

  it('sends nothing while held, mix or not', () => {
    const other = fakePort();
    const leg = fakePort();
    const port = mutablePort(leg);
    port.setMix(mixWith(conferenceFeed(other)));
    port.setHeld(true);
    other.deliver({ payload: frame(2000), timestamp: 0 });
    port.send(frame(1000));
    expect(leg.sent).toEqual([]);
  });
});
