import { createSocket, type Socket } from 'node:dgram';
import { DelayLine } from './delay-line';
import { decideFate, type Impairment } from './impairment';
import { seededStream, type Random } from './seeded-random';

export interface UdpEndpoint {
  address: string;
  port: number;
}

/** A media stream's two ports: RTP, and RTCP (port + 1 unless its SDP says otherwise, or RTP's with rtcp-mux). */
export interface MediaEndpoints {
  rtp: UdpEndpoint;
  rtcp: UdpEndpoint;
}

export type RelaySide = 'a' | 'b';
export type RelayChannel = 'rtp' | 'rtcp';
export type RelayDirection = 'aToB' | 'bToA';

export interface DirectionCounts {
  in: number;
  out: number;
  /** Lost to the impairment's loss rate. */
  lost: number;
  droppedInOutage: number;
  /** Arrived before the relay knew where to send them. */
  unroutable: number;
  /** Sent after a packet that arrived later than they did. */
  reordered: number;
  /** The socket refused to send them. */
  sendFailed: number;
  /** Sent more than 10 ms after their time: the relay itself was held up (a busy machine). */
  sentLate: number;
  maxLateMs: number;
}

export type RelayCounts = Record<RelayChannel, Record<RelayDirection, DirectionCounts>>;

/** The sockets and lanes of the relay, in the process that runs it (udp-impairment-relay-process.ts). */
export interface RelayCore {
  facingA: { rtp: number; rtcp: number };
  facingB: { rtp: number; rtcp: number };
  setEndpoints(side: RelaySide, endpoints: MediaEndpoints): void;
  /** Already checked (checkImpairment); applies to both directions from the next packet on. */
  setImpairment(impairment: Impairment): void;
  setOutage(on: boolean): void;
  counts(): RelayCounts;
  stop(): Promise<void>;
}

const host = '127.0.0.1';
const lateAfterMs = 10;
const channels: RelayChannel[] = ['rtp', 'rtcp'];
const directions: RelayDirection[] = ['aToB', 'bToA'];

const zeroCounts = (): DirectionCounts => ({
  in: 0,
  out: 0,
  lost: 0,
  droppedInOutage: 0,
  unroutable: 0,
  reordered: 0,
  sendFailed: 0,
  sentLate: 0,
  maxLateMs: 0,
});

/**
 * A UDP relay on 127.0.0.1 between two media endpoints (A and B), impairing each direction on
 * its own seeded stream of decisions (seededStream), as a bad network would: the user-space
 * stand-in for netem, which this kernel lacks.
 */
export async function startRelayCore(seed: number, initial: Impairment): Promise<RelayCore> {
  let impairment = initial;
  let outage = false;
  const endpoints: Partial<Record<RelaySide, MediaEndpoints>> = {};
  const a = await bindPortPair();
  const b = await bindPortPair().catch(async (error: unknown) => {
    await closePair(a);
    throw error;
  });
  const sockets = { a, b };
  // A packet arriving on one side's socket leaves from the other side's, toward that side's endpoint.
  const lanes = channels.flatMap((channel, channelIndex) =>
    directions.map((direction, directionIndex) => {
      const from: RelaySide = direction === 'aToB' ? 'a' : 'b';
      const to: RelaySide = from === 'a' ? 'b' : 'a';
      const lane = new Lane(
        channel,
        direction,
        seededStream(seed, channelIndex * 2 + directionIndex),
        sockets[to][channel],
        () => endpoints[to]?.[channel],
      );
      sockets[from][channel].on('message', (datagram) => lane.accept(datagram, impairment, outage));
      return lane;
    }),
  );
  const lane = (channel: RelayChannel, direction: RelayDirection) =>
    lanes.find((candidate) => candidate.channel === channel && candidate.direction === direction)!;

  return {
    facingA: ports(sockets.a),
    facingB: ports(sockets.b),
    setEndpoints(side, next) {
      endpoints[side] = next;
    },
    setImpairment(next) {
      impairment = next;
    },
    setOutage(on) {
      outage = on;
    },
    counts: () =>
      Object.fromEntries(
        channels.map((channel) => [
          channel,
          Object.fromEntries(directions.map((direction) => [direction, { ...lane(channel, direction).counts }])),
        ]),
      ) as RelayCounts,
    async stop() {
      for (const each of lanes) each.stop();
      await Promise.all([closePair(a), closePair(b)]);
    },
  };
}

/** One channel in one direction: decides each packet's fate, holds it, sends it on. */
class Lane {
  readonly counts = zeroCounts();
  private arrivals = 0;
  private lastSentArrival = -1;
  private readonly line: DelayLine<{ datagram: Buffer; arrival: number }>;

  constructor(
    readonly channel: RelayChannel,
    readonly direction: RelayDirection,
    private readonly random: Random,
    private readonly outbound: Socket,
    private readonly destination: () => UdpEndpoint | undefined,
  ) {
    this.line = new DelayLine((held, lateMs) => {
      if (lateMs > lateAfterMs) this.counts.sentLate++;
      this.counts.maxLateMs = Math.max(this.counts.maxLateMs, Math.round(lateMs));
      this.send(held.datagram, held.arrival);
    });
  }

  accept(datagram: Buffer, impairment: Impairment, outage: boolean): void {
    this.counts.in++;
    const fate = decideFate(this.random, impairment);
    const arrival = this.arrivals++;
    if (outage) this.counts.droppedInOutage++;
    else if (fate.kind === 'lost') this.counts.lost++;
    else this.line.add({ datagram, arrival }, fate.delayMs);
  }

  stop(): void {
    this.line.stop();
  }

  private send(datagram: Buffer, arrival: number): void {
    const to = this.destination();
    if (!to) return void this.counts.unroutable++;
    if (arrival < this.lastSentArrival) this.counts.reordered++;
    this.lastSentArrival = Math.max(this.lastSentArrival, arrival);
    this.outbound.send(datagram, to.port, to.address, (error) => {
      if (error) this.counts.sendFailed++;
      else this.counts.out++;
    });
  }
}

type PortPair = Record<RelayChannel, Socket>;

const ports = (pair: PortPair) => ({ rtp: boundPort(pair.rtp), rtcp: boundPort(pair.rtcp) });
const boundPort = (socket: Socket) => socket.address().port;

/** RTP on an even port and RTCP on the next one, as RFC 3550 expects when SDP names only RTP's port. */
async function bindPortPair(): Promise<PortPair> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rtp = await bind(0);
    const port = boundPort(rtp);
    if (port % 2 === 0) {
      const rtcp = await bind(port + 1).catch(() => undefined);
      if (rtcp) return { rtp, rtcp };
    }
    await close(rtp);
  }
  throw new Error('No free pair of UDP ports (even, then odd) on 127.0.0.1 in 50 tries');
}

function bind(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

function closePair(pair: PortPair): Promise<void[]> {
  return Promise.all(channels.map((channel) => close(pair[channel])));
}

function close(socket: Socket): Promise<void> {
  return new Promise((resolve) => socket.close(() => resolve()));
}
