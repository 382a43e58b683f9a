import { describe, expect, it } from 'vitest';
import type { MediaStats } from '../media/media-session-types';
import { callQuality, delayImpairment, estimateMos, lossImpairment, mosFromR, unknownQuality } from './call-quality';

const stats = (change: Partial<MediaStats> = {}): MediaStats => ({
  packetsSent: 500,
  packetsReceived: 500,
  bytesReceived: 80_000,
  remoteFractionLost: undefined,
  remoteJitterMs: undefined,
  roundTripMs: undefined,
  packetsLost: 0,
  fractionLost: undefined,
  jitterMs: 0,
  droppedWrongSource: 0,
  droppedMalformed: 0,
  srtpAuthFailures: 0,
  ...change,
});

describe('E-model pieces', () => {
  it('maps R to MOS as G.107 Annex B does', () => {
    expect(mosFromR(93.2)).toBeCloseTo(4.41, 2); // G.711 with every default: the best a phone call gets
    expect(mosFromR(80)).toBeCloseTo(4.02, 2);
    expect(mosFromR(70)).toBeCloseTo(3.6, 2);
    expect(mosFromR(50)).toBeCloseTo(2.58, 2);
    expect(mosFromR(-5)).toBe(1);
    expect(mosFromR(120)).toBe(4.5);
  });

  it('charges delay gently up to 177.3 ms one way and steeply after', () => {
    expect(delayImpairment(0)).toBe(0);
    expect(delayImpairment(100)).toBeCloseTo(2.4, 5);
    expect(delayImpairment(177.3)).toBeCloseTo(4.255, 3);
    expect(delayImpairment(300)).toBeCloseTo(20.697, 3);
  });

  it('charges loss with the G.711 + PLC curve (Bpl 25.1)', () => {
    expect(lossImpairment(0)).toBe(0);
    expect(lossImpairment(1)).toBeCloseTo(3.64, 2);
    expect(lossImpairment(5)).toBeCloseTo(15.78, 2);
    expect(lossImpairment(100)).toBeCloseTo(75.94, 2);
  });

  it('rates a clean call near 4.4 and a bad one below the 3.5 alarm', () => {
    expect(estimateMos(0, 0, 0)).toBeCloseTo(4.4, 1);
    expect(estimateMos(40, 5, 0.5)).toBeGreaterThan(4.2);
    expect(estimateMos(600, 40, 8)).toBeLessThan(3.5);
    expect(estimateMos(5000, 500, 100)).toBe(1);
  });
});

describe('callQuality', () => {
  it('prefers the far end report of our stream', () => {
    const quality = callQuality(
      stats({ roundTripMs: 80.04, remoteJitterMs: 12.34, remoteFractionLost: 0.04, jitterMs: 3, packetsLost: 0 }),
    );
    expect(quality).toEqual({ roundTripMs: 80, jitterMs: 12.3, lossPercent: 4, mos: expect.any(Number) });
    expect(quality.mos).toBeCloseTo(estimateMos(80.04, 12.34, 4), 2);
  });

  it('rates loss by the worse direction over the last report interval', () => {
    const theyLoseMore = callQuality(stats({ remoteFractionLost: 0.06, fractionLost: 0.01, packetsLost: 0 }));
    const weLoseMore = callQuality(stats({ remoteFractionLost: 0.01, fractionLost: 0.05, packetsLost: 0 }));
    const onlyOurReport = callQuality(stats({ fractionLost: 0.04, packetsReceived: 1000, packetsLost: 100 }));
    expect([theyLoseMore.lossPercent, weLoseMore.lossPercent, onlyOurReport.lossPercent]).toEqual([6, 5, 4]);
  });

  it('falls back to our own view of the far end stream', () => {
    const quality = callQuality(stats({ packetsReceived: 97, packetsLost: 3, jitterMs: 7.25 }));
    expect(quality).toMatchObject({ roundTripMs: null, jitterMs: 7.3, lossPercent: 3 });
    expect(quality.mos).toBeCloseTo(estimateMos(0, 7.25, 3), 2);
  });

  it('knows nothing before a packet or a report arrived', () => {
    expect(callQuality(stats({ packetsReceived: 0, jitterMs: 0 }))).toEqual(unknownQuality);
    expect(callQuality(stats({ packetsReceived: 0, roundTripMs: 30 }))).toEqual({ ...unknownQuality, roundTripMs: 30 });
  });

  it('stays inside the contract ranges', () => {
    const quality = callQuality(stats({ remoteFractionLost: 1, roundTripMs: 9000, remoteJitterMs: 900 }));
    expect(quality).toEqual({ roundTripMs: 9000, jitterMs: 900, lossPercent: 100, mos: 1 });
  });
});
