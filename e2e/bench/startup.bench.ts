import { readFileSync, rmSync } from 'node:fs';
import { newDataDir, startShellProcess } from '../support/shell-process';
import type { BenchFigures } from './bench-figures';
import { benchAmount } from './quick-mode';

/**
 * bench:startup: how long the browser shell backend takes from spawn to ready (services built,
 * database migrated, renderer served), and its resident memory once ready. Median of several runs.
 */
const runs = benchAmount({ full: 7, quick: 1, variable: 'BENCH_RUNS' });

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const coldMs: number[] = [];
const warmMs: number[] = [];
const rssMb: number[] = [];
for (let run = 0; run < runs; run++) {
  const dataDir = newDataDir();
  const cold = await startShellProcess(dataDir);
  coldMs.push(cold.startupMs);
  await cold.stop();
  const warm = await startShellProcess(dataDir);
  warmMs.push(warm.startupMs);
  await new Promise((resolve) => setTimeout(resolve, 200));
  rssMb.push(residentMb(warm.pid));
  await warm.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const round = (value: number) => Math.round(value * 10) / 10;
const figures: BenchFigures<'startup'> = {
  runs,
  startupMs: round(median(warmMs)),
  firstStartupMs: round(median(coldMs)),
  rssMb: round(median(rssMb)),
};
console.log(JSON.stringify(figures));
