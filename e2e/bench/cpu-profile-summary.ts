import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where a V8 CPU profile's time went, by function: self time (samples whose top frame is the
 * function) summed over every call stack the function appears in. Native and Node-internal functions
 * (UDP send, crypto) are told apart by the nearest caller in a file of the app or its packages, so
 * their time lands where it is spent from. Reads what --cpu-prof, node:inspector and CDP's
 * Profiler.stop write (.cpuprofile). Run directly, it prints the top functions of each file:
 *   node --import tsx e2e/bench/cpu-profile-summary.ts main.cpuprofile [page.cpuprofile...]
 */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }>;
  /** Microseconds. */
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  functionName: string;
  /** file:line (1-based), relative to the working folder where it lies inside it; empty for natives and V8's own entries. */
  location: string;
  /** For a native or node: function, the nearest caller in a file, as "name file:line"; else empty. */
  calledFrom: string;
  selfMs: number;
  /** Of the profile's whole sampled time, idle included. */
  sharePct: number;
}

/** V8's entry for the thread waiting for work; (program) and (garbage collector) count as busy. */
const idleName = '(idle)';

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

function locationOf({ url, lineNumber }: CallFrame): string {
  if (url === '') return '';
  const path = url.startsWith('file://') ? relative(process.cwd(), fileURLToPath(url)) : url;
  return `${path.startsWith('..') ? fileURLToPath(url) : path}:${lineNumber + 1}`;
}

/**
 * Who owns a sample: the package (node_modules/x) or folder (electron/media) of its nearest frame in
 * a file, else V8's entry name, else natives and node: internals (called from the event loop, not from a file).
 */
function ownerOf(fileFrame: CallFrame | undefined, frame: CallFrame): string {
  if (!fileFrame) return frame.functionName.startsWith('(') ? frame.functionName : 'natives and node: internals';
  const location = locationOf(fileFrame);
  // A script the page loaded from a server: its host and first folder.
  if (location.includes('://')) return location.split('/').slice(2, 4).join('/');
  const parts = location.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
}

export interface SelfTimes {
  sampledMs: number;
  busyMs: number;
  /** Most first. */
  functions: SelfTime[];
  /** Self time by owner (see ownerOf), most first. */
  owners: Array<{ owner: string; selfMs: number; sharePct: number }>;
}

/**
 * Self time per function and per owner. A sample lasts until the next one (the last until endTime),
 * as Chrome DevTools counts it.
 */
export function selfTimes(profile: CpuProfile): SelfTimes {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length !== deltas.length) {
    throw new Error(`Not a CPU profile: ${samples.length} samples but ${deltas.length} time deltas`);
  }
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const inFile = (frame: CallFrame) => frame.url !== '' && !frame.url.startsWith('node:');
  /** The node's own frame if it is in a file, else its nearest caller's that is. */
  const nearestFileFrame = (id: number): CallFrame | undefined => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      if (inFile(nodes.get(at)!)) return nodes.get(at);
    }
    return undefined;
  };
  const byFunction = new Map<string, Omit<SelfTime, 'selfMs' | 'sharePct'> & { selfUs: number }>();
  const byOwner = new Map<string, number>();
  let at = profile.startTime;
  const stamps = deltas.map((delta) => (at += delta));
  let sampledUs = 0;
  let idleUs = 0;
  samples.forEach((id, index) => {
    const frame = nodes.get(id);
    if (!frame) throw new Error(`Sample ${index} names node ${id}, which the profile does not have`);
    const durationUs = Math.max(0, (stamps[index + 1] ?? profile.endTime) - stamps[index]!);
    const functionName = frame.functionName || '(anonymous)';
    const location = locationOf(frame);
    // V8's own entries, "(program)" and the like, have no caller to speak of.
    const fileFrame = functionName.startsWith('(') ? undefined : nearestFileFrame(id);
    const caller =
      fileFrame && fileFrame !== frame ? `${fileFrame.functionName || '(anonymous)'} ${locationOf(fileFrame)}` : '';
    const key = `${functionName}\0${location}\0${caller}`;
    const entry = byFunction.get(key) ?? { functionName, location, calledFrom: caller, selfUs: 0 };
    entry.selfUs += durationUs;
    byFunction.set(key, entry);
    const owner = ownerOf(fileFrame, frame);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + durationUs);
    sampledUs += durationUs;
    if (functionName === idleName) idleUs += durationUs;
  });
  const share = (us: number) => (sampledUs === 0 ? 0 : (us / sampledUs) * 100);
  return {
    sampledMs: sampledUs / 1000,
    busyMs: (sampledUs - idleUs) / 1000,
    functions: [...byFunction.values()]
      .map(({ selfUs, ...entry }) => ({ ...entry, selfMs: selfUs / 1000, sharePct: share(selfUs) }))
      .sort((a, b) => b.selfMs - a.selfMs),
    owners: [...byOwner]
      .map(([owner, us]) => ({ owner, selfMs: us / 1000, sharePct: share(us) }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

/**
 * The profile's busy and sampled time, self time by owner, and the top `count` functions by self
 * time, as lines of text.
 */
export function summarise(profile: CpuProfile, count = 15): string[] {
  const { sampledMs, busyMs, functions, owners } = selfTimes(profile);
  const ms = (value: number) => value.toFixed(1).padStart(8);
  const percent = (value: number) => `${value.toFixed(1).padStart(5)}%`;
  return [
    `sampled ${sampledMs.toFixed(0)} ms, busy (not idle) ${busyMs.toFixed(0)} ms; self time by owner:`,
    ...owners.map((entry) => `${ms(entry.selfMs)} ms ${percent(entry.sharePct)}  ${entry.owner}`),
    `top ${count} functions by self time:`,
    ...functions
      .slice(0, count)
      .map(
        (entry) =>
          `${ms(entry.selfMs)} ms ${percent(entry.sharePct)}  ${entry.functionName}` +
          (entry.location ? `  ${entry.location}` : '') +
          (entry.calledFrom ? `  from ${entry.calledFrom}` : ''),
      ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stderr.write('Usage: node --import tsx e2e/bench/cpu-profile-summary.ts FILE.cpuprofile...\n');
    process.exit(2);
  }
  for (const file of files) {
    console.log(`${file}:`);
    for (const line of summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile)) console.log(`  ${line}`);
  }
}
