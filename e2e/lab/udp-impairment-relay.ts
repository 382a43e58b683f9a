import { fileURLToPath } from 'node:url';
import { checkImpairment, describeImpairment, noImpairment, type Impairment } from './impairment';
import { startLabProcess } from './lab-process';
import type { MediaEndpoints, RelayCounts, RelaySide } from './udp-impairment-relay-core';

export type {
  DirectionCounts,
  MediaEndpoints,
  RelayChannel,
  RelayCounts,
  RelayDirection,
  RelaySide,
} from './udp-impairment-relay-core';

type RelayRequestBody =
  | { op: 'set-endpoints'; side: RelaySide; endpoints: MediaEndpoints }
  | { op: 'set-impairment'; impairment: Impairment }
  | { op: 'set-outage'; on: boolean }
  | { op: 'counts' };
export type RelayRequest = RelayRequestBody & { id: number };

type Ports = { rtp: number; rtcp: number };
export type RelayReply = { ready: { facingA: Ports; facingB: Ports } } | { id: number; counts?: RelayCounts };

export interface UdpImpairmentRelay {
  readonly seed: number;
  /** Where side A sends (RTP on an even port, RTCP on the next), and where it hears B from. */
  readonly facingA: Ports;
  readonly facingB: Ports;
  /** Where a side's packets go: set or changed at any time (from its SDP, say); requests keep their order. */
  setEndpoints(side: RelaySide, endpoints: MediaEndpoints): void;
  /** Applies to both directions from the next packet on; rejects a figure out of range and keeps the old ones. */
  setImpairment(impairment: Partial<Impairment>): Promise<void>;
  /** While on, every packet arriving is dropped (packets already delayed still go out). */
  setOutage(on: boolean): Promise<void>;
  counts(): Promise<RelayCounts>;
  /** "seed 42: loss 5%, delay 150 ± 30 ms (uniform)": enough to replay a run. */
  describe(): string;
  stop(): Promise<void>;
}

const processEntry = fileURLToPath(new URL('./udp-impairment-relay-process.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the seeded UDP impairment relay (udp-impairment-relay-core.ts) in a process of its own:
 * a network does not stall while the test that drives it is busy (a Playwright worker decoding
 * seconds of recorded audio held an in-process relay up for 3 s). A loaded machine still can:
 * the counts say how often (sentLate, maxLateMs).
 */
export async function startUdpImpairmentRelay(options: {
  seed: number;
  impairment?: Partial<Impairment>;
}): Promise<UdpImpairmentRelay> {
  const { seed } = options;
  let impairment = checkImpairment({ ...noImpairment, ...options.impairment });
  const child = startLabProcess(
    'UDP impairment relay',
    process.execPath,
    ['--import', 'tsx', processEntry, String(seed), JSON.stringify(impairment)],
    repoRoot,
    { input: true },
  );

  const waiting = new Map<number, (reply: RelayReply) => void>();
  let pending = '';
  child.onOutput((text) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const reply of lines.map(parseReply)) {
      if (reply && 'id' in reply) waiting.get(reply.id)?.(reply);
    }
  });
  const readyLine = await child.waitForLog(/^\{"ready".*$/m, 20_000).catch(async (error: unknown) => {
    await child.stop({ graceMs: 1_000 });
    throw error;
  });
  const started = parseReply(readyLine[0]);
  if (!started || !('ready' in started)) throw new Error(`The UDP impairment relay said "${readyLine[0]}"`);

  let nextId = 1;
  const request = (body: RelayRequestBody) =>
    new Promise<RelayReply>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`The UDP impairment relay did not answer ${body.op} in 5 s:\n${child.logs()}`));
      }, 5_000);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(reply);
      });
      child.write(`${JSON.stringify({ ...body, id })}\n`);
    });

  return {
    seed,
    facingA: started.ready.facingA,
    facingB: started.ready.facingB,
    // Not awaited (the SIP relay calls it mid-message); a relay gone silent fails the next awaited request.
    setEndpoints: (side, endpoints) => void request({ op: 'set-endpoints', side, endpoints }).catch(() => undefined),
    async setImpairment(change) {
      const next = checkImpairment({ ...impairment, ...change });
      await request({ op: 'set-impairment', impairment: next });
      impairment = next;
    },
    setOutage: async (on) => void (await request({ op: 'set-outage', on })),
    async counts() {
      const reply = await request({ op: 'counts' });
      if (!('counts' in reply) || !reply.counts) throw new Error('The UDP impairment relay sent no counts');
      return reply.counts;
    },
    describe: () => `seed ${seed}: ${describeImpairment(impairment)}`,
    stop: () => child.stop({ graceMs: 2_000 }),
  };
}

function parseReply(line: string): RelayReply | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as RelayReply;
  } catch {
    return undefined;
  }
}
