import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A lab server process with its output captured, started in its own process group. */
export interface LabProcess {
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Called with every piece of output from now on, as it arrives. */
  onOutput(listener: (text: string) => void): void;
  isRunning(): boolean;
  /** Writes to the process's standard input; only for processes started with `input: true`. */
  write(text: string): void;
  /** SIGTERM the process group (again every repeatMs), wait up to graceMs, then SIGKILL whatever is left of it. */
  stop(options?: { graceMs?: number; repeatMs?: number }): Promise<void>;
  /** Signal the whole process group at once (a crash takes the workers too); after SIGKILL, wait until all are gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

const running = new Set<number>();
// If a test worker dies without cleaning up, do not leave its lab behind.
process.once('exit', () => running.forEach((pid) => signalGroup(pid, 'SIGKILL')));

export interface LabProcessOptions {
  /** Keep standard input open for write() (otherwise it is /dev/null). */
  input?: boolean;
  /** Added to the test runner's environment. */
  env?: NodeJS.ProcessEnv;
}

export function startLabProcess(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  options: LabProcessOptions = {},
): LabProcess {
  // detached: a group of its own, so Kamailio's shutdown (which signals its whole group) never hits the test runner.
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  child.once('error', () => undefined); // ENOENT and the like: reported by the throw below.
  child.stdin?.on('error', () => undefined); // EPIPE once it has exited: its output says why.
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command} (is it installed?)`);
  const pid = child.pid;
  running.add(pid);
  let output = '';
  const waiters = new Set<() => void>();
  const listeners: Array<(text: string) => void> = [];
  const append = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    listeners.forEach((listener) => listener(text));
    waiters.forEach((check) => check());
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exit = once(child, 'exit').then(() => {
    running.delete(pid);
    waiters.forEach((check) => check());
  });
  const isRunning = () => child.exitCode === null && child.signalCode === null;

  const waitForLog = (pattern: RegExp, timeoutMs = 10_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const done = (error?: Error, match?: RegExpMatchArray) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (match) resolve(match);
        else reject(error);
      };
      const check = () => {
        const match = pattern.exec(output);
        if (match) done(undefined, match);
        else if (!isRunning()) done(new Error(`${name} exited while waiting for ${pattern}:\n${output}`));
      };
      const timer = setTimeout(
        () => done(new Error(`${name}: no ${pattern} in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      waiters.add(check);
      check();
    });

  const kill = async (signal: NodeJS.Signals) => {
    signalGroup(pid, signal);
    if (signal !== 'SIGKILL') return;
    await exit;
    await groupGone(pid);
  };

  return {
    pid,
    logs: () => output,
    waitForLog,
    onOutput: (listener) => void listeners.push(listener),
    isRunning,
    write(text) {
      if (!child.stdin) throw new Error(`${name} was started without input`);
      child.stdin.write(text);
    },
    async stop({ graceMs = 5_000, repeatMs = graceMs } = {}) {
      const deadline = Date.now() + graceMs;
      while (isRunning() && Date.now() < deadline) {
        signalGroup(pid, 'SIGTERM');
        await Promise.race([exit, sleep(Math.min(repeatMs, deadline - Date.now()))]);
      }
      if (isRunning() || liveMembers(pid) > 0) await kill('SIGKILL');
    },
    kill,
  };
}

/** Whether a process of this PID exists (signal 0 only asks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Waits until no process of the group is alive; zombies do not count, init may reap them late. */
async function groupGone(pgid: number, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (liveMembers(pgid) > 0) {
    if (Date.now() > deadline) throw new Error(`Process group ${pgid} still alive after SIGKILL`);
    await sleep(20);
  }
}

function liveMembers(pgid: number): number {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') count++;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}
