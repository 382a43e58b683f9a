import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * What the benches read from /proc about a process: CPU time (all its threads), parent, RSS and
 * PSS. Every reader returns undefined for a process that is gone meanwhile.
 */
export interface ProcStat {
  ppid: number;
  /** utime + stime, in ms (this process's threads, not its waited-for children). */
  cpuMs: number;
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const kbToMb = (kb: number) => kb / 1024;

export function readProcStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state ppid ... utime is field 14, stime 15 (1-based, whole line).
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), cpuMs: ((Number(rest[11]) + Number(rest[12])) * 1000) / ticksPerSecond };
  } catch {
    return undefined;
  }
}

/** Every process on the machine, by pid. */
export function allProcStats(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProcStat(Number(entry));
    if (stat) stats.set(Number(entry), stat);
  }
  return stats;
}

/** The processes below `root` (children, grandchildren...), not `root` itself. */
export function descendantsOf(root: number, stats = allProcStats()): number[] {
  const isBelowRoot = (pid: number): boolean => {
    for (let at = stats.get(pid)?.ppid; at !== undefined && at > 1; at = stats.get(at)?.ppid) {
      if (at === root) return true;
    }
    return false;
  };
  return [...stats.keys()].filter(isBelowRoot);
}

/** `root` and its descendants: their pids, and their CPU ms summed. */
export function processTree(root: number): { pids: number[]; cpuMs: number } | undefined {
  const stats = allProcStats();
  if (!stats.has(root)) return undefined;
  const pids = [root, ...descendantsOf(root, stats)];
  return { pids, cpuMs: pids.reduce((sum, pid) => sum + stats.get(pid)!.cpuMs, 0) };
}

/** Resident set (VmRSS of /proc/PID/status), in MB. */
export function rssMb(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : kbToMb(Number(kb));
  } catch {
    return undefined;
  }
}

/**
 * Proportional set size (Pss of /proc/PID/smaps_rollup, Linux 4.14+), in MB: each shared page
 * counted once across the processes that map it, so a sum over processes is their real footprint.
 */
export function pssMb(pid: number): number | undefined {
  try {
    const kb = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb === undefined ? undefined : kbToMb(Number(kb));
  } catch {
    return undefined;
  }
}

/** Why PSS cannot be read on this machine, or undefined if it can (checked on this process). */
export function pssUnavailableReason(): string | undefined {
  return pssMb(process.pid) === undefined
    ? `/proc/${process.pid}/smaps_rollup has no Pss line (Linux 4.14+ needed)`
    : undefined;
}
