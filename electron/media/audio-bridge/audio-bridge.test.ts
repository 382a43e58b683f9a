import { createSocket, type Socket } from 'node:dgram';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../logging/logger';
import { decodeG711, encodeG711 } from '../g711';
import { createAudioBridge } from './audio-bridge';
import { AudioBridgeError } from './audio-bridge-types';
import { fakePort, frame, rendererPeer, sleep, waitFor } from './audio-bridge-test-kit';

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

async function connected(options: { editOffer?: (sdp: string) => string; codec?: 'PCMU' | 'PCMA' } = {}) {
  const port = fakePort(options.codec);
  const renderer = await rendererPeer();
  cleanUps.push(() => renderer.close());
  const bridge = await createAudioBridge(
    port,
    (options.editOffer ?? ((sdp) => sdp))(renderer.offerSdp),
    createMemoryLogger(),
  );
  cleanUps.push(() => bridge.close());
  const listenedBeforeConnect = port.listeners.size;
  await renderer.acceptAnswer(bridge.answerSdp);
  await waitFor(() => port.listeners.size === 1, 5000, 'the bridge to take the port');
  return { port, renderer, bridge, listenedBeforeConnect };
}

const ssrcOf = (sdp: string) => Number(/^a=ssrc:(\d+) /m.exec(sdp)?.[1]);
const candidateAddresses = (sdp: string) =>
  sdp
    .split('\r\n')
    .filter((line) => line.startsWith('a=candidate:'))
    .map((line) => line.split(' ')[4]);

/** Frames into the port every 20 ms, as the SIP leg delivers them. */
async function playIntoPort(port: ReturnType<typeof fakePort>, timestamps: number[]) {
  for (const [index, timestamp] of timestamps.entries()) {
    port.deliver({ payload: frame(index + 1), timestamp, sequence: 7000 + index });
    await sleep(20);
  }
}

describe('audio bridge', () => {
  it('answers with loopback candidates only, and takes the port once the renderer is connected', async () => {
    const { bridge, listenedBeforeConnect } = await connected();
    expect(listenedBeforeConnect).toBe(0);
    const addresses = candidateAddresses(bridge.answerSdp);
    expect(addresses.length).toBeGreaterThan(0);
    expect(new Set(addresses)).toEqual(new Set(['127.0.0.1']));
    expect(bridge.answerSdp).toMatch(/^a=rtpmap:0 PCMU\/8000/m);
    expect(bridge.answerSdp).not.toMatch(/^a=rtpmap:(?!0 )/m);
  });

  it('is the DTLS server, so it chooses the SRTP profile (AEAD-AES-128-GCM when offered)', async () => {
    const { bridge } = await connected();
    expect(bridge.answerSdp).toMatch(/^a=setup:passive$/m);
  });

  it('sends the far end audio to the renderer with its own SSRC and continuous sequence numbers', async () => {
    const { port, renderer, bridge } = await connected();
    // The far end's timestamps start anywhere and skip 3 frames (a gap) after the 10th.
    const timestamps = Array.from({ length: 20 }, (_, i) => (4_294_960_000 + (i < 10 ? i : i + 3) * 160) >>> 0);
    await playIntoPort(port, timestamps);
    await waitFor(
      () => renderer.received.length === 20,
      3000,
      `all 20 packets (got ${renderer.received.map((p) => p.payload[0]).join(',')})`,
    );

    const packets = renderer.received;
    expect(new Set(packets.map((packet) => packet.header.ssrc))).toEqual(new Set([ssrcOf(bridge.answerSdp)]));
    for (let i = 1; i < packets.length; i++) {
      expect(packets[i]!.header.sequenceNumber).toBe((packets[i - 1]!.header.sequenceNumber + 1) & 0xffff);
      const step = (packets[i]!.header.timestamp - packets[i - 1]!.header.timestamp) >>> 0;
      expect(step).toBe(i === 10 ? 4 * 160 : 160);
    }
    expect(packets[0]!.header.timestamp).not.toBe(timestamps[0]);
    expect(packets.map((packet) => packet.header.marker)).toEqual(packets.map((_, i) => i === 0 || i === 10));
    expect(packets.map((packet) => packet.payload[0])).toEqual(packets.map((_, i) => i + 1));
    expect(packets.every((packet) => packet.header.payloadType === 0 && packet.payload.length === 160)).toBe(true);
  });

  it('drops late and duplicate frames on the way to the renderer', async () => {
    const { port, renderer } = await connected();
    await playIntoPort(port, [1000, 1160, 1160, 1000, 1320]);
    await waitFor(() => renderer.received.length === 3, 3000, '3 packets');
    await sleep(100);
    expect(renderer.received.map((packet) => packet.payload[0])).toEqual([1, 2, 5]);
  });

  it('transcodes to PCMU when the SIP leg speaks PCMA, and back', async () => {
    const { port, renderer } = await connected({ codec: 'PCMA' });
    const sine = Array.from({ length: 160 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)));
    const close = (a: Int16Array, b: number[]) =>
      a.every((sample, i) => Math.abs(sample - b[i]!) <= 0.07 * Math.abs(b[i]!) + 16);
    port.deliver({ payload: encodeG711('PCMA', sine), timestamp: 1 });
    await waitFor(() => renderer.received.length === 1, 3000, 'one packet');
    expect(close(decodeG711('PCMU', renderer.received[0]!.payload), sine)).toBe(true);
    renderer.send(encodeG711('PCMU', sine), 1, 1);
    await waitFor(() => port.sent.length === 1, 3000, 'one frame to SIP');
    expect(close(decodeG711('PCMA', port.sent[0]!.payload), sine)).toBe(true);
  });

  it("relays the renderer's payloads to the SIP leg intact, without Chromium's header", async () => {
    const { port, renderer } = await connected();
    for (let i = 0; i < 15; i++) {
      renderer.send(frame(0x40 + i), 100 + i, 50_000 + i * 160);
      await sleep(20);
    }
    await waitFor(() => port.sent.length === 15, 3000, 'all 15 frames');
    expect(port.sent.map((sent) => sent.payload[0])).toEqual(Array.from({ length: 15 }, (_, i) => 0x40 + i));
    expect(port.sent.every((sent) => sent.payload.length === 160 && sent.samples === 160)).toBe(true);
  });

  it('ignores non-loopback candidates in the offer', async () => {
    const trap = await trapSocket();
    cleanUps.push(() => trap.close());
    // Highest priority, so ICE would try it first if it were kept.
    const foreign = `a=candidate:9 1 udp 2130706431 ${trap.address} ${trap.port} typ host`;
    const { port, renderer } = await connected({
      editOffer: (sdp) =>
        sdp.replace(
          /(a=candidate:[^\r\n]*\r\n)/,
          `${foreign}\r\na=candidate:8 1 udp 2130706430 host-1.local 9 typ host\r\n$1`,
        ),
    });
    port.deliver({ payload: frame(1), timestamp: 1 });
    await waitFor(() => renderer.received.length === 1, 3000, 'a packet over loopback');
    await sleep(300);
    expect(trap.datagrams).toBe(0);
  });

  it('refuses an offer without a loopback candidate', async () => {
    const renderer = await rendererPeer();
    cleanUps.push(() => renderer.close());
    const offer = renderer.offerSdp.replace(/ 127\.0\.0\.1 /g, ' 192.0.2.7 ');
    await expect(createAudioBridge(fakePort(), offer, createMemoryLogger())).rejects.toThrow(AudioBridgeError);
  });

  it('stops relaying at close, and nothing throws afterwards', async () => {
    const { port, renderer, bridge } = await connected();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
    cleanUps.push(async () => {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    });

    await bridge.close();
    await bridge.close();
    expect(port.listeners.size).toBe(0);
    for (let i = 0; i < 10; i++) {
      port.deliver({ payload: frame(i), timestamp: i * 160 });
      renderer.send(frame(i), i, i * 160);
      await sleep(20);
    }
    await sleep(200);
    expect(port.sent).toHaveLength(0);
    expect(renderer.received).toHaveLength(0);
    expect(errors).toEqual([]);
  });
});

/** A UDP socket on a non-loopback address of this machine (or TEST-NET when it has none) that counts what reaches it. */
async function trapSocket(): Promise<{ address: string; port: number; datagrams: number; close(): Promise<void> }> {
  const address =
    Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal)?.address ?? undefined;
  if (!address) return { address: '192.0.2.1', port: 9, datagrams: 0, close: async () => undefined };
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, address, resolve));
  const trap = {
    address,
    port: socket.address().port,
    datagrams: 0,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
  socket.on('message', () => trap.datagrams++);
  return trap;
}
