import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideFate, noImpairment, type Impairment } from './impairment';
import { runSeed, seededStream } from './seeded-random';
import { startUdpImpairmentRelay, type UdpImpairmentRelay } from './udp-impairment-relay';
import {
  arrivedLate,
  meanAndDeviation,
  numberedEndpoint,
  sendNumbered,
  type NumberedEndpoint,
} from './udp-impairment-relay-test-kit';

/*
 * Real sockets on 127.0.0.1. Each run draws a fresh seed (or DIALTONE_IMPAIRMENT_SEED): every
 * assertion names it, so a failure can be replayed. Tolerances are about four standard deviations.
 */

describe('UDP impairment relay', () => {
  const opened: { close(): Promise<void> }[] = [];
  const relays: UdpImpairmentRelay[] = [];

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await Promise.all(opened.splice(0).map((endpoint) => endpoint.close()));
  });

  async function relayBetween(impairment: Partial<Impairment>, seed = runSeed()) {
    const [a, b] = [await numberedEndpoint(), await numberedEndpoint()];
    opened.push(a, b);
    const relay = await startUdpImpairmentRelay({ seed, impairment });
    relays.push(relay);
    relay.setEndpoints('a', a.asSide());
    relay.setEndpoints('b', b.asSide());
    return { a, b, relay };
  }

  /** Waits until every packet that went in has come out, been lost or dropped, and reached `to`. */
  async function settled(relay: UdpImpairmentRelay, to: NumberedEndpoint, sent: number) {
    await vi.waitFor(
      async () => {
        const counts = (await relay.counts()).rtp.aToB;
        expect(counts.in, relay.describe()).toBe(sent);
        expect(counts.out + counts.lost + counts.droppedInOutage, relay.describe()).toBe(sent);
        expect(to.received.length, relay.describe()).toBe(counts.out);
      },
      { timeout: 5_000, interval: 20 },
    );
    return (await relay.counts()).rtp.aToB;
  }

  it('loses the set share of 2,000 packets, and the kernel loses none', async () => {
    const { a, b, relay } = await relayBetween({ lossPercent: 5 });
    await sendNumbered(a, relay.facingA.rtp, 2_000);
    const counts = await settled(relay, b, 2_000);
    expect(counts.lost / 2_000, relay.describe()).toBeGreaterThan(0.03);
    expect(counts.lost / 2_000, relay.describe()).toBeLessThan(0.07);
    expect(new Set(b.received.map((packet) => packet.index)).size, relay.describe()).toBe(counts.out);
  });

  it('makes the same decisions for the same seed, and others for another', async () => {
    const seed = runSeed();
    const delivered = async (runSeedValue: number) => {
      const { a, b, relay } = await relayBetween({ lossPercent: 20 }, runSeedValue);
      await sendNumbered(a, relay.facingA.rtp, 500);
      await settled(relay, b, 500);
      return b.received.map((packet) => packet.index).join(',');
    };
    const first = await delivered(seed);
    expect(await delivered(seed), `seed ${seed}`).toBe(first);
    expect(await delivered((seed + 1) >>> 0), `seed ${seed}`).not.toBe(first);
  });

  it('decides losses and delays from the seed and the packet number alone', () => {
    const seed = runSeed();
    const impairment: Impairment = { lossPercent: 10, delayMs: 150, jitterMs: 30, jitterDistribution: 'normal' };
    const fates = (stream: number, figures = impairment) => {
      const random = seededStream(seed, stream);
      return Array.from({ length: 200 }, () => decideFate(random, figures));
    };
    const lossy = fates(0);
    expect(fates(0), `seed ${seed}`).toEqual(lossy);
    expect(fates(1), `seed ${seed}`).not.toEqual(lossy);
    // Every packet takes the same draws whatever its fate, so losses do not shift the delays of the others.
    const lossless = fates(0, { ...impairment, lossPercent: 0 });
    expect(lossy.filter((fate) => fate.kind === 'lost').length, `seed ${seed}`).toBeGreaterThan(0);
    expect(
      lossy.map((fate, index) => (fate.kind === 'lost' ? fate : lossless[index])),
      `seed ${seed}`,
    ).toEqual(lossy);
  });

  it('draws delays uniformly over delay ± jitter, or normally with jitter as the standard deviation', () => {
    const seed = runSeed();
    const delays = (impairment: Partial<Impairment>) => {
      const random = seededStream(seed, 0);
      const figures = { ...noImpairment, ...impairment };
      return Array.from({ length: 20_000 }, () => decideFate(random, figures)).map((fate) =>
        fate.kind === 'delivered' ? fate.delayMs : Number.NaN,
      );
    };
    const uniform = delays({ delayMs: 40, jitterMs: 20 });
    expect(Math.min(...uniform), `seed ${seed}`).toBeGreaterThanOrEqual(20);
    expect(Math.max(...uniform), `seed ${seed}`).toBeLessThanOrEqual(60);
    expect(meanAndDeviation(uniform).mean, `seed ${seed}`).toBeCloseTo(40, 0);
    // A uniform spread of ±20 ms has a standard deviation of 20 / √3 = 11.5 ms.
    expect(meanAndDeviation(uniform).deviation, `seed ${seed}`).toBeCloseTo(11.55, 0);

    const normal = delays({ delayMs: 60, jitterMs: 10, jitterDistribution: 'normal' });
    expect(meanAndDeviation(normal).mean, `seed ${seed}`).toBeCloseTo(60, 0);
    expect(meanAndDeviation(normal).deviation, `seed ${seed}`).toBeCloseTo(10, 0);
    const withinOneDeviation = normal.filter((delay) => Math.abs(delay - 60) <= 10).length / normal.length;
    expect(withinOneDeviation, `seed ${seed}`).toBeGreaterThan(0.66);
    expect(withinOneDeviation, `seed ${seed}`).toBeLessThan(0.7);
    // A normal spread wider than the delay would go below zero: those packets go at once.
    expect(Math.min(...delays({ delayMs: 5, jitterMs: 10, jitterDistribution: 'normal' })), `seed ${seed}`).toBe(0);
  });

  it('holds each packet on the wire for its delay: never early, about the delay in the middle', async ({
    annotate,
  }) => {
    const { a, b, relay } = await relayBetween({ delayMs: 40, jitterMs: 20 });
    // 10 ms apart, so a stall of the busy machine holds few of them; stalls only ever add latency.
    const sentAt = await sendNumbered(a, relay.facingA.rtp, 300, { gapMs: 10 });
    const counts = await settled(relay, b, 300);
    const sorted = b.received.map((packet) => packet.at - sentAt[packet.index]!).sort((x, y) => x - y);
    const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
    const seed = `${relay.describe()}: min ${sorted[0]!.toFixed(1)}, deciles ${at(0.1).toFixed(1)} / ${at(0.5).toFixed(1)} / ${at(0.9).toFixed(1)} ms, ${counts.sentLate} sent late`;
    await annotate(seed);
    expect(sorted[0], seed).toBeGreaterThanOrEqual(19.9);
    expect(at(0.5), seed).toBeGreaterThan(37);
    expect(at(0.5), seed).toBeLessThan(50);
    // Uniform over 20..60 ms puts the outer deciles 32 ms apart; without the jitter they would nearly meet.
    expect(at(0.9) - at(0.1), seed).toBeGreaterThan(22);
  });

  it('reorders packets when the jitter exceeds their spacing, and keeps their order without jitter', async () => {
    const jittery = await relayBetween({ delayMs: 30, jitterMs: 20 });
    await sendNumbered(jittery.a, jittery.relay.facingA.rtp, 300);
    const counts = await settled(jittery.relay, jittery.b, 300);
    expect(counts.reordered, jittery.relay.describe()).toBeGreaterThan(30);
    expect(arrivedLate(jittery.b.received), jittery.relay.describe()).toBe(counts.reordered);

    const steady = await relayBetween({ delayMs: 30 });
    await sendNumbered(steady.a, steady.relay.facingA.rtp, 300);
    expect((await settled(steady.relay, steady.b, 300)).reordered).toBe(0);
    expect(arrivedLate(steady.b.received)).toBe(0);
  });

  it('drops everything during an outage, counts it per direction, and carries packets again after', async () => {
    const { a, b, relay } = await relayBetween({});
    await relay.setOutage(true);
    await sendNumbered(a, relay.facingA.rtp, 100);
    await sendNumbered(b, relay.facingB.rtp, 40);
    await vi.waitFor(async () => expect((await relay.counts()).rtp.bToA.in).toBe(40));
    expect((await relay.counts()).rtp).toMatchObject({
      aToB: { in: 100, out: 0, droppedInOutage: 100 },
      bToA: { in: 40, out: 0, droppedInOutage: 40 },
    });
    await relay.setOutage(false);
    await sendNumbered(a, relay.facingA.rtp, 50, { firstIndex: 100 });
    await settled(relay, b, 150);
    expect(b.received.map((packet) => packet.index)).toEqual(Array.from({ length: 50 }, (_, index) => 100 + index));
    expect(a.received).toEqual([]);
  });

  it('relays RTCP between the ports after RTP’s, and holds packets for a side it does not know yet', async () => {
    const [a, b] = [await numberedEndpoint(), await numberedEndpoint()];
    opened.push(a, b);
    const relay = await startUdpImpairmentRelay({ seed: runSeed() });
    relays.push(relay);
    expect(relay.facingA.rtp % 2).toBe(0);
    expect(relay.facingA.rtcp).toBe(relay.facingA.rtp + 1);
    expect(relay.facingB.rtcp).toBe(relay.facingB.rtp + 1);
    await sendNumbered(a, relay.facingA.rtcp, 5);
    await vi.waitFor(async () => expect((await relay.counts()).rtcp.aToB.unroutable).toBe(5));

    relay.setEndpoints('b', { rtp: { address: '127.0.0.1', port: 9 }, rtcp: { address: '127.0.0.1', port: b.port } });
    await sendNumbered(a, relay.facingA.rtcp, 5, { firstIndex: 5 });
    await vi.waitFor(() => expect(b.received.map((packet) => packet.index)).toEqual([5, 6, 7, 8, 9]));
    expect((await relay.counts()).rtp.aToB.in).toBe(0);
  });

  it('refuses figures out of range with a message naming each, and keeps the impairment it had', async () => {
    const relay = await startUdpImpairmentRelay({ seed: 7, impairment: { lossPercent: 5 } });
    relays.push(relay);
    await expect(relay.setImpairment({ lossPercent: 101, jitterMs: Number.NaN })).rejects.toThrow(
      'Bad impairment: lossPercent must be from 0 to 100, not 101; jitterMs must be from 0 to 10000, not NaN',
    );
    expect(relay.describe()).toBe('seed 7: loss 5%, delay 0 ± 0 ms (uniform)');
    await expect(startUdpImpairmentRelay({ seed: 7, impairment: { delayMs: -1 } })).rejects.toThrow(
      'delayMs must be from 0 to 10000, not -1',
    );
  });
});
