import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeRtcp, parseRtp, serializeRtp, type RtpPacketInit } from './rtp-packet';

describe('RTP packets', () => {
  it('round-trips a plain packet', () => {
    const payload = Uint8Array.from({ length: 160 }, (_, i) => i);
    const bytes = serializeRtp({
      payloadType: 0,
      sequence: 65535,
      timestamp: 0xfffffff0,
      ssrc: 0xdeadbeef,
      payload,
      marker: true,
    });
    expect(bytes.subarray(0, 12).toString('hex')).toBe('8080fffffffffff0deadbeef');
    const packet = parseRtp(bytes);
    expect(packet).toMatchObject({
      marker: true,
      payloadType: 0,
      sequence: 65535,
      timestamp: 0xfffffff0,
      ssrc: 0xdeadbeef,
    });
    expect([...packet!.payload]).toEqual([...payload]);
  });

  it('round-trips CSRCs, a header extension and padding', () => {
    const init: RtpPacketInit = {
      payloadType: 8,
      sequence: 1,
      timestamp: 160,
      ssrc: 7,
      payload: Uint8Array.of(1, 2, 3),
      csrcs: [10, 20],
      extension: { profile: 0xbede, data: Uint8Array.of(0x10, 0xaa, 0, 0) },
      paddingLength: 5,
    };
    const bytes = serializeRtp(init);
    expect(bytes[0]).toBe(0x80 | 0x20 | 0x10 | 2);
    const packet = parseRtp(bytes);
    expect(packet?.csrcs).toEqual([10, 20]);
    expect(packet?.extension?.profile).toBe(0xbede);
    expect([...packet!.extension!.data]).toEqual([0x10, 0xaa, 0, 0]);
    expect([...packet!.payload]).toEqual([1, 2, 3]);
    expect(packet?.paddingLength).toBe(5);
  });

  it('rejects malformed packets', () => {
    const good = serializeRtp({ payloadType: 0, sequence: 1, timestamp: 1, ssrc: 1, payload: Uint8Array.of(1) });
    expect(parseRtp(good.subarray(0, 11))).toBeUndefined();
    expect(parseRtp(Buffer.from([0x40, ...good.subarray(1)]))).toBeUndefined(); // version 1
    expect(parseRtp(Buffer.from([0x8f, ...good.subarray(1)]))).toBeUndefined(); // 15 CSRCs that are not there
    expect(parseRtp(Buffer.from([0x90, ...good.subarray(1)]))).toBeUndefined(); // extension that is not there
    const badPadding = Buffer.from(good);
    badPadding[0] = 0xa0;
    badPadding[badPadding.length - 1] = 200;
    expect(parseRtp(badPadding)).toBeUndefined();
    badPadding[badPadding.length - 1] = 0;
    expect(parseRtp(badPadding)).toBeUndefined();
  });

  it('tells RTCP from RTP on a shared port', () => {
    expect(looksLikeRtcp(Buffer.from('80c8000600000001', 'hex'))).toBe(true);
    expect(
      looksLikeRtcp(serializeRtp({ payloadType: 0, sequence: 1, timestamp: 1, ssrc: 1, payload: new Uint8Array(4) })),
    ).toBe(false);
  });

  it('never throws on random bytes, and what it parses serialises back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const packet = parseRtp(bytes);
        if (packet)
          expect(serializeRtp(packet).equals(Buffer.from(normalisedPadding(bytes, packet.paddingLength)))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips any valid packet', () => {
    const packetArbitrary = fc.record({
      payloadType: fc.integer({ min: 0, max: 127 }),
      sequence: fc.integer({ min: 0, max: 65535 }),
      timestamp: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      ssrc: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      marker: fc.boolean(),
      payload: fc.uint8Array({ maxLength: 200 }),
      csrcs: fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 15 }),
      paddingLength: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(packetArbitrary, (init) => {
        const packet = parseRtp(serializeRtp(init));
        expect(packet).toMatchObject({ ...init, payload: expect.anything() });
        expect([...packet!.payload]).toEqual([...init.payload]);
      }),
    );
  });
});

/** serializeRtp writes zero padding; random input may carry anything there. */
function normalisedPadding(bytes: Uint8Array, paddingLength: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy.fill(0, copy.length - paddingLength, copy.length - 1);
  return copy;
}
