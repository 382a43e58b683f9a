import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { descendantsOf, processTree, pssMb, readProcStat, rssMb } from './audio-proc';

const children: ChildProcess[] = [];

/** sh running `script` in a child of its own, in a process group of its own: a process tree to read. */
function startTree(script: string): ChildProcess {
  const child = spawn('sh', ['-c', `${script} & wait`], { stdio: 'ignore', detached: true });
  children.push(child);
  return child;
}

async function treeOf(root: number): Promise<number[]> {
  for (let tries = 0; tries < 100; tries++) {
    const tree = processTree(root);
    if (tree && tree.pids.length > 1) return tree.pids;
    await sleep(20);
  }
  throw new Error(`${root} has no child`);
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = once(child, 'exit');
    // sh's child is in its process group: end both.
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  }
});

describe('/proc readings', () => {
  test("a process's descendants and its tree's CPU time, the busy grandchild's included", async () => {
    const shell = startTree('while :; do :; done');
    const [root, busy] = await treeOf(shell.pid!);
    expect(root).toBe(shell.pid);
    expect(descendantsOf(process.pid)).toEqual(expect.arrayContaining([shell.pid, busy]));
    expect(readProcStat(busy!)?.ppid).toBe(shell.pid);
    const at = processTree(shell.pid!)!.cpuMs;
    await sleep(500);
    // The shell only waits: the tree's time is the loop's.
    expect(processTree(shell.pid!)!.cpuMs - at).toBeGreaterThan(0);
    expect(processTree(shell.pid!)!.cpuMs - readProcStat(busy!)!.cpuMs).toBeLessThan(50);
  });

  test('RSS and PSS in MB: PSS shares pages out, so it is at most RSS', () => {
    const rss = rssMb(process.pid)!;
    const pss = pssMb(process.pid)!;
    expect(rss).toBeGreaterThan(10);
    expect(rss).toBeCloseTo(process.memoryUsage.rss() / 2 ** 20, -1);
    expect(pss).toBeGreaterThan(1);
    expect(pss).toBeLessThanOrEqual(rss);
  });

  test('a process that is gone reads as undefined', async () => {
    const child = startTree('true');
    await once(child, 'exit');
    expect(readProcStat(child.pid!)).toBeUndefined();
    expect(processTree(child.pid!)).toBeUndefined();
    expect(rssMb(child.pid!)).toBeUndefined();
    expect(pssMb(child.pid!)).toBeUndefined();
  });
});
