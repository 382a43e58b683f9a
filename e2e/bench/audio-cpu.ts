import { readFileSync } from 'node:fs';
import { allProcStats, descendantsOf } from './audio-proc';

/**
 * CPU time of Chromium's processes from /proc: the browser Playwright launched is a child of this
 * process, and its descendants are told apart by their --type flag.
 */
export type ChromiumRole = 'renderer' | 'audio' | 'browser' | 'other';

function roleOf(pid: number): ChromiumRole | undefined {
  let args: string[];
  try {
    // Chromium rewrites its children's titles: one space-separated string rather than NUL-separated args.
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
  } catch {
    return undefined;
  }
  if (!/chrom/i.test(args[0] ?? '')) return undefined;
  const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (type === undefined) return 'browser';
  // Headless Chromium's own UI has a renderer too: not the page's.
  if (type === 'renderer') return args.includes('--top-chrome-webui') ? 'other' : 'renderer';
  if (type === 'utility' && args.some((arg) => arg.includes('audio.mojom.AudioService'))) return 'audio';
  return 'other';
}

/** Every Chromium descendant of this process, with its role. */
export function chromiumProcesses(stats = allProcStats()): Map<number, ChromiumRole> {
  const found = new Map<number, ChromiumRole>();
  for (const pid of descendantsOf(process.pid, stats)) {
    const role = roleOf(pid);
    if (role) found.set(pid, role);
  }
  return found;
}

/** CPU ms per process of every Chromium descendant of this process, with its role. */
export function chromiumCpu(): Map<number, { role: ChromiumRole; cpuMs: number }> {
  const stats = allProcStats();
  const found = new Map<number, { role: ChromiumRole; cpuMs: number }>();
  for (const [pid, role] of chromiumProcesses(stats)) found.set(pid, { role, cpuMs: stats.get(pid)!.cpuMs });
  return found;
}

/** CPU share (% of one core) per role between two readings; a process born in between counts whole. */
export function cpuShareByRole(
  before: ReturnType<typeof chromiumCpu>,
  after: ReturnType<typeof chromiumCpu>,
  wallMs: number,
): Record<ChromiumRole, number> & { processes: Record<ChromiumRole, number> } {
  const share = { renderer: 0, audio: 0, browser: 0, other: 0 };
  const processes = { renderer: 0, audio: 0, browser: 0, other: 0 };
  for (const [pid, { role, cpuMs }] of after) {
    share[role] += ((cpuMs - (before.get(pid)?.cpuMs ?? 0)) / wallMs) * 100;
    processes[role]++;
  }
  return { ...share, processes };
}
