import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ShellProcess {
  url: string;
  pid: number;
  dataDir: string;
  /** Milliseconds from spawn to the ready line. */
  startupMs: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const readyLine = /Dialtone is running at (\S+)/;

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'dialtone-shell-'));
}

/**
 * Starts the browser shell backend as its own process, as `npm run dev:web` does, and waits for it.
 * `env` adds variables, e.g. DIALTONE_TWILIO_TEST_DOUBLE.
 */
export async function startShellProcess(
  dataDir = newDataDir(),
  timeoutMs = 30_000,
  env: NodeJS.ProcessEnv = {},
): Promise<ShellProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'e2e/browser-shell/start.ts', '--port', '0', '--data-dir', dataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Browser shell not ready in ${timeoutMs} ms:\n${stderr}`)),
      timeoutMs,
    );
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = readyLine.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Browser shell exited with code ${code}:\n${stderr}`));
    });
  });

  return {
    url,
    pid: child.pid ?? -1,
    dataDir,
    startupMs: performance.now() - started,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
