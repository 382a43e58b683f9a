import { createSocket, type Socket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MediaEndpoints } from './udp-impairment-relay';

/** A UDP socket on 127.0.0.1 that notes each numbered packet it receives, and when. */
export interface NumberedEndpoint {
  socket: Socket;
  port: number;
  received: { index: number; at: number }[];
  /** Its address as a relay side: RTP here, RTCP on a port nobody uses in these tests. */
  asSide(): MediaEndpoints;
  close(): Promise<void>;
}

export async function numberedEndpoint(): Promise<NumberedEndpoint> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const port = socket.address().port;
  const received: NumberedEndpoint['received'] = [];
  socket.on('message', (datagram) => received.push({ index: datagram.readUInt32BE(0), at: performance.now() }));
  return {
    socket,
    port,
    received,
    asSide: () => ({ rtp: { address: '127.0.0.1', port }, rtcp: { address: '127.0.0.1', port: 9 } }),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

/**
 * Sends packets numbered firstIndex.. from `from` to `port`, one every gapMs at most (timers
 * fire late on a busy machine), and returns when each was sent. 1 ms by default: the relay's
 * socket buffer holds a few hundred, so a relay held up for a moment loses none of them.
 */
export async function sendNumbered(
  from: NumberedEndpoint,
  port: number,
  count: number,
  options: { gapMs?: number; firstIndex?: number } = {},
): Promise<number[]> {
  const { gapMs = 1, firstIndex = 0 } = options;
  const sentAt: number[] = [];
  for (let index = firstIndex; index < firstIndex + count; index++) {
    const datagram = Buffer.alloc(160);
    datagram.writeUInt32BE(index, 0);
    from.socket.send(datagram, port, '127.0.0.1');
    sentAt[index] = performance.now();
    await sleep(gapMs);
  }
  return sentAt;
}

/** Packets that arrived after one sent later than they were: what jitter does to order. */
export function arrivedLate(received: { index: number }[]): number {
  let highest = -1;
  let late = 0;
  for (const { index } of received) {
    if (index < highest) late++;
    highest = Math.max(highest, index);
  }
  return late;
}

export function meanAndDeviation(values: number[]): { mean: number; deviation: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { mean, deviation: Math.sqrt(variance) };
}
