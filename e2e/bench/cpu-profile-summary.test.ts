import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { selfTimes, summarise, type CpuProfile } from './cpu-profile-summary';

const relayUrl = pathToFileURL(`${process.cwd()}/electron/media/relay.ts`).href;
const weriftUrl = pathToFileURL(`${process.cwd()}/node_modules/werift/lib/index.mjs`).href;
const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber, columnNumber: 0 });

/**
 * relay (a file) calls encode (a package) and send (a native); a node: internal calls encode and
 * send too; and V8's idle and GC entries.
 */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 6, 7] },
    { id: 2, callFrame: frame('relay', relayUrl, 9), children: [3, 8] },
    { id: 3, callFrame: frame('encode', weriftUrl, 7395) },
    { id: 4, callFrame: frame('', 'node:internal/timers', 4), children: [5, 9] },
    { id: 5, callFrame: frame('encode', weriftUrl, 7395) },
    { id: 6, callFrame: frame('(idle)') },
    { id: 7, callFrame: frame('(garbage collector)') },
    { id: 8, callFrame: frame('send') },
    { id: 9, callFrame: frame('send') },
  ],
  startTime: 1_000_000,
  endTime: 1_013_000,
  // Sample i lasts until sample i + 1 (the last until endTime): 4, 1, 1, 2, 1, 1, 2 and 1 ms.
  samples: [6, 3, 2, 5, 7, 4, 8, 9],
  timeDeltas: [0, 4000, 1000, 1000, 2000, 1000, 1000, 2000],
};

describe('CPU profile summary', () => {
  test('sums self time per function over its call stacks, each sample lasting until the next', () => {
    const { sampledMs, busyMs, functions } = selfTimes(profile);
    expect(sampledMs).toBe(13);
    expect(busyMs).toBe(9);
    expect(
      functions.map(({ functionName, location, calledFrom, selfMs }) => [functionName, location, calledFrom, selfMs]),
    ).toEqual([
      ['(idle)', '', '', 4],
      ['encode', 'node_modules/werift/lib/index.mjs:7396', '', 3],
      ['send', '', 'relay electron/media/relay.ts:10', 2],
      ['relay', 'electron/media/relay.ts:10', '', 1],
      ['(garbage collector)', '', '', 1],
      ['(anonymous)', 'node:internal/timers:5', '', 1],
      ['send', '', '', 1],
    ]);
    expect(functions[1]!.sharePct).toBeCloseTo((3 / 13) * 100);
  });

  test('sums self time by owner: the package or folder of the nearest frame in a file', () => {
    expect(selfTimes(profile).owners.map(({ owner, selfMs }) => [owner, selfMs])).toEqual([
      ['(idle)', 4],
      ['node_modules/werift', 3],
      ['electron/media', 3],
      ['natives and node: internals', 2],
      ['(garbage collector)', 1],
    ]);
  });

  test('prints the owners and the top functions with their time, share, file:line and caller', () => {
    expect(summarise(profile, 3)).toEqual([
      'sampled 13 ms, busy (not idle) 9 ms; self time by owner:',
      '     4.0 ms  30.8%  (idle)',
      '     3.0 ms  23.1%  node_modules/werift',
      '     3.0 ms  23.1%  electron/media',
      '     2.0 ms  15.4%  natives and node: internals',
      '     1.0 ms   7.7%  (garbage collector)',
      'top 3 functions by self time:',
      '     4.0 ms  30.8%  (idle)',
      '     3.0 ms  23.1%  encode  node_modules/werift/lib/index.mjs:7396',
      '     2.0 ms  15.4%  send  from relay electron/media/relay.ts:10',
    ]);
  });

  test('refuses what is not a CPU profile', () => {
    expect(() => selfTimes({ ...profile, timeDeltas: [0] })).toThrow(/8 samples but 1 time deltas/);
    expect(() => selfTimes({ ...profile, samples: [6, 3, 2, 5, 7, 4, 8, 99] })).toThrow(/node 99/);
  });

  test("reads V8's own profiles: a busy function shows on top", async () => {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    const spinUntil = performance.now() + 300;
    let spins = 0;
    function spinForTheProfiler() {
      // Arithmetic, not calls: the time is this function's own.
      for (let i = 0; i < 100_000; i++) spins = (spins * 31 + i) | 0;
    }
    while (performance.now() < spinUntil) spinForTheProfiler();
    const { profile: recorded } = await session.post('Profiler.stop');
    session.disconnect();
    const { functions, busyMs } = selfTimes(recorded as CpuProfile);
    expect(busyMs).toBeGreaterThan(100);
    const spin = functions.find((entry) => entry.functionName === 'spinForTheProfiler');
    expect(spin?.location).toMatch(/cpu-profile-summary\.test\.ts:\d+$/);
    expect(spin!.selfMs).toBeGreaterThan(busyMs / 3);
  });
});
