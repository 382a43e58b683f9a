import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of Chromium's processes from /proc: the browser Playwright launched is a child of this
 * process, and its descendants are told apart by their --type flag.
 */
export type ChromiumRole = 'renderer' | 'audio' | 'browser' | 'other';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface ProcStat {
  ppid: number;
  /** utime + stime, in ms (this process's threads, not its waited-for children). */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state ppid ... utime is field 14, stime 15 (1-based, whole line).
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), cpuMs: ((Number(rest[11]) + Number(rest[12])) * 1000) / ticksPerSecond };
  } catch {
    return undefined; // gone meanwhile
  }
}

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

/** CPU ms per process of every Chromium descendant of this process, with its role. */
export function chromiumCpu(): Map<number, { role: ChromiumRole; cpuMs: number }> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.set(Number(entry), stat);
  }
  const isDescendant = (pid: number): boolean => {
    for (let at = stats.get(pid)?.ppid; at !== undefined && at > 1; at = stats.get(at)?.ppid) {
      if (at === process.pid) return true;
    }
    return false;
  };
  const found = new Map<number, { role: ChromiumRole; cpuMs: number }>();
  for (const [pid, stat] of stats) {
    if (!isDescendant(pid)) continue;
    const role = roleOf(pid);
    if (role) found.set(pid, { role, cpuMs: stat.cpuMs });
  }
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
