import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPragma } from '../db/sqlite';
import { makeTempDir } from '../test-support/backend-fixture';
import { createContactsWorld } from './contact-service-test-kit';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const child = fileURLToPath(new URL('./history-service-crash-child.ts', import.meta.url));

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('dialtone-crash-');
});
afterEach(() => temp.remove());

/** Runs the child until it has started its calls, then kills it with SIGKILL: no chance to close anything. */
function startCallsThenKill(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const backend = spawn(process.execPath, ['--import', 'tsx', child, file], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errors = '';
    let ids: string[] | undefined;
    backend.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((text) => text.startsWith('{'));
      if (line && !ids) {
        ids = (JSON.parse(line) as { started: string[] }).started;
        backend.kill('SIGKILL');
      }
    });
    backend.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    backend.on('exit', (code, signal) => {
      if (ids && signal === 'SIGKILL') resolve(ids);
      else reject(new Error(`The child exited (${code ?? signal}) before starting its calls: ${errors}`));
    });
  });
}

describe('history after a crash', () => {
  it('keeps the rows of the calls under way when the backend is killed, in a sound database', async () => {
    const file = join(temp.dir, 'dialtone.sqlite');
    const [talkingId, ringingId] = await startCallsThenKill(file);

    const world = createContactsWorld({ file });
    try {
      expect(readPragma(world.db, 'integrity_check')).toBe('ok');
      const rows = world.history.list('all', 0, 10).items;
      const talking = rows.find((row) => row.id === talkingId);
      const ringing = rows.find((row) => row.id === ringingId);
      expect(talking).toMatchObject({
        direction: 'outgoing',
        contactName: 'Bob',
        answeredAt: expect.any(Number),
        endedAt: null,
        endReason: null,
        durationSeconds: null,
        missed: false,
      });
      // Cut off while ringing and never answered: a missed call, its end unknown.
      expect(ringing).toMatchObject({
        direction: 'incoming',
        contactName: 'Bob',
        endedAt: null,
        missed: true,
        seen: false,
      });
      expect(world.history.missedUnseen()).toBe(1);
    } finally {
      world.close();
    }
  });
});
