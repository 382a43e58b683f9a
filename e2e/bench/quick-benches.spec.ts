import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { benchFigureKeys, nullableFigureKeys, type BenchName } from './bench-figures';

/*
 * Benchmarks cannot rot: each bench runs in quick mode (BENCH_QUICK=1, quick-mode.ts) with the
 * command its npm script runs, minus the renderer build that npm test and test:e2e have done, and
 * must exit 0 with its figures (bench-figures.ts) as the JSON object on its last stdout line: numbers,
 * or null only for a figure declared nullable whose reason the bench printed on stderr.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const rendererBuild = 'npm run build:renderer && ';
// bench:audio's sound test alone takes about 25 s (prompt, 8 s recorded, 8 s played back); the others take seconds.
const quickRunTimeoutMs = 180_000;

function benchArgs(bench: BenchName): string[] {
  const script = scripts[`bench:${bench}`] ?? '';
  const [node, ...args] = (script.startsWith(rendererBuild) ? script.slice(rendererBuild.length) : script).split(' ');
  if (node !== 'node') throw new Error(`bench:${bench} is not "[${rendererBuild}]node ...": ${script}`);
  return args;
}

function runQuick(bench: BenchName): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, benchArgs(bench), {
    cwd: repoRoot,
    env: { ...process.env, BENCH_QUICK: '1' },
    timeout: quickRunTimeoutMs - 5_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

for (const bench of Object.keys(benchFigureKeys) as BenchName[]) {
  test(`bench:${bench} runs in quick mode and prints its figures`, async () => {
    test.setTimeout(quickRunTimeoutMs);
    const run = await runQuick(bench);
    expect(run.code, run.stderr).toBe(0);
    const figures: unknown = JSON.parse(run.stdout.trimEnd().split('\n').at(-1) ?? '');
    expect(figures).toBeInstanceOf(Object);
    const entries = Object.entries(figures as object);
    expect(entries.map(([key]) => key).sort()).toEqual([...benchFigureKeys[bench]].sort());
    const nullable: readonly string[] =
      (nullableFigureKeys as Partial<Record<BenchName, readonly string[]>>)[bench] ?? [];
    const explainedNull = (key: string, value: unknown) =>
      value === null && nullable.includes(key) && run.stderr.includes(`bench:${bench} null ${key}: `);
    expect(entries.filter(([key, value]) => !Number.isFinite(value) && !explainedNull(key, value))).toEqual([]);
  });
}
