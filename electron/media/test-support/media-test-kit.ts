import FFT from 'fft.js';
import { afterEach } from 'vitest';
import { createSocket, type Socket } from 'node:dgram';
import { parse, write } from 'sdp-transform';
import { createMemoryLogger } from '../../logging/logger';
import { createMediaSession } from '../media-session';
import type { MediaSession, MediaSessionOptions, PacketPort } from '../media-session-types';
import { RtpMediaSession } from '../rtp-media-session';
import { bindSocketPair, type UdpSocketPair } from '../udp-socket-pair';
import type { SrtpPolicy } from '../../../shared/models/account';

/** Shared helpers for the media tests: sessions on loopback, tones, spectra, raw UDP peers. */

export const loopback = '127.0.0.1';

export function sessionOptions(srtp: SrtpPolicy, extra: Partial<MediaSessionOptions> = {}): MediaSessionOptions {
  return { srtp, advertisedAddress: loopback, bindAddress: loopback, stunServer: null, ...extra };
}

export async function openSession(srtp: SrtpPolicy, extra: Partial<MediaSessionOptions> = {}) {
  const logger = createMemoryLogger();
  const session = await createMediaSession(sessionOptions(srtp, extra), logger);
  return Object.assign(session, { logger });
}

/** What a session handed its sockets, in order (every datagram is still sent). */
export interface Wire {
  rtp: Buffer[];
  rtcp: Buffer[];
}

/** A session on loopback (no STUN) whose sockets record every datagram they send. */
export async function openTappedSession(srtp: SrtpPolicy, extra: Partial<MediaSessionOptions> = {}) {
  const logger = createMemoryLogger();
  const options = sessionOptions(srtp, extra);
  const sockets = await bindSocketPair(options.bindAddress, logger);
  const wire: Wire = { rtp: [], rtcp: [] };
  const tapped: UdpSocketPair = {
    ...sockets,
    sendRtp: (datagram, to) => {
      wire.rtp.push(Buffer.from(datagram));
      sockets.sendRtp(datagram, to);
    },
    sendRtcp: (datagram, to) => {
      wire.rtcp.push(Buffer.from(datagram));
      sockets.sendRtcp(datagram, to);
    },
  };
  const addresses = {
    rtp: { address: options.advertisedAddress, port: sockets.rtpPort },
    rtcp: { address: options.advertisedAddress, port: sockets.rtcpPort },
  };
  const session = new RtpMediaSession(options, tapped, () => addresses, undefined, logger);
  return Object.assign(session, { logger, wire });
}

/** Offer from a, answer from b; `editOffer` can rewrite the offer on its way (a far end's choices). */
export async function connect(a: MediaSession, b: MediaSession, editOffer: (sdp: string) => string = (sdp) => sdp) {
  const offer = editOffer(await a.createOffer('sendrecv'));
  const answer = await b.createAnswer(offer, 'sendrecv');
  a.applyAnswer(answer);
  return { offer, answer };
}

/** Keeps only the a=crypto lines whose suite passes. */
export function keepCrypto(sdp: string, keep: (suite: string) => boolean): string {
  const description = parse(sdp);
  for (const media of description.media) media.crypto = media.crypto?.filter((line) => keep(line.suite));
  return write(description);
}

export function tone(frequency: number, seconds: number, amplitude = 8000, rate = 8000): Int16Array {
  const samples = new Int16Array(Math.round(seconds * rate));
  for (let i = 0; i < samples.length; i++)
    samples[i] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / rate));
  return samples;
}

/** Fraction of spectral energy within ±bandHz of `frequency` (Hann-windowed 1024-point FFT frames). */
export function energyShareAt(samples: Int16Array, frequency: number, rate = 8000, bandHz = 30): number {
  const size = 1024;
  const fft = new FFT(size);
  const out = fft.createComplexArray() as number[];
  let near = 0;
  let total = 0;
  for (let at = 0; at + size <= samples.length; at += size) {
    const input = Array.from(
      { length: size },
      (_, i) => (samples[at + i]! / 32768) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1))),
    );
    fft.realTransform(out, input);
    for (let k = 1; k < size / 2; k++) {
      const power = out[2 * k]! ** 2 + out[2 * k + 1]! ** 2;
      total += power;
      if (Math.abs((k * rate) / size - frequency) <= bandHz) near += power;
    }
  }
  return total === 0 ? 0 : near / total;
}

/** Sends `frames` into the port every `intervalMs` from a fixed start; resolves after the last. */
export async function paceFrames(port: PacketPort, frames: Uint8Array[], intervalMs = 20): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < frames.length; i++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    port.send(frames[i]!);
  }
}

export function framesOf(payload: Uint8Array, size = 160): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let at = 0; at + size <= payload.length; at += size) frames.push(payload.subarray(at, at + size));
  return frames;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

export interface RawPeer {
  socket: Socket;
  port: number;
  received: { datagram: Buffer; at: number }[];
  send(datagram: Uint8Array, port: number): Promise<void>;
  close(): Promise<void>;
}

/** A plain UDP socket on loopback that records what it receives. */
export async function rawPeer(): Promise<RawPeer> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, loopback, resolve));
  const received: RawPeer['received'] = [];
  socket.on('message', (datagram) => received.push({ datagram, at: performance.now() }));
  return {
    socket,
    port: socket.address().port,
    received,
    send: (datagram, port) => new Promise((resolve) => socket.send(datagram, port, loopback, () => resolve())),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

/** A far end's SDP written by hand, as another phone would send it. */
export function remoteSdp(options: {
  port: number;
  address?: string;
  protocol?: string;
  payloads?: string;
  direction?: string;
  extra?: string[];
}): string {
  const address = options.address ?? loopback;
  const lines = [
    'v=0',
    `o=far 1 1 IN IP4 ${address}`,
    's=far',
    `c=IN IP4 ${address}`,
    't=0 0',
    `m=audio ${options.port} ${options.protocol ?? 'RTP/AVP'} ${options.payloads ?? '0 101'}`,
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:8 PCMA/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-15',
    ...(options.extra ?? []),
    `a=${options.direction ?? 'sendrecv'}`,
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Registers an afterEach that closes whatever the test opened; returns `track`, which opens
 * (awaits) an item and remembers it for closing.
 */
export function closeAfterEach() {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => void (await Promise.all(open.splice(0).map((item) => item.close()))));
  return async function track<T extends { close(): Promise<void> }>(item: Promise<T>): Promise<T> {
    const resolved = await item;
    open.push(resolved);
    return resolved;
  };
}
