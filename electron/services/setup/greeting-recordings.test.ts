import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noGreetingRecordings } from '../../../shared/models/greeting-recording';
import { AppFailure } from '../app-failure';
import { createGreetingRecordings } from './greeting-recordings';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dialtone-greetings-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** One second of a 16 kHz mono 16-bit WAV whose samples are all `value`. */
function wav(value: number): Buffer {
  const bytes = Buffer.alloc(44 + 32000, value);
  bytes.write('RIFFxxxxWAVEfmt ', 0, 'ascii');
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(1, 22);
  bytes.writeUInt32LE(16000, 24);
  bytes.writeUInt32LE(32000, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36, 'ascii');
  bytes.writeUInt32LE(32000, 40);
  return bytes;
}

describe('greeting recordings', () => {
  it('keeps a WAV under its content hash, reads it back, and gives the routing its asset', async () => {
    const recordings = createGreetingRecordings(dataDir);
    const stored = await recordings.store(wav(3).toString('base64'));
    expect(stored).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), seconds: 1 });
    expect(await readdir(join(dataDir, 'greetings'))).toEqual([`${stored.id}.wav`]);
    expect(await recordings.read(stored.id)).toEqual({ contentType: 'audio/wav', base64: wav(3).toString('base64') });
    // The same audio again: the same recording.
    expect((await recordings.store(wav(3).toString('base64'))).id).toBe(stored.id);
    expect((await recordings.store(wav(4).toString('base64'))).id).not.toBe(stored.id);

    const assets = await recordings.assets({ voicemail: stored.id, afterHours: null, busy: stored.id, menu: null });
    expect(assets).toEqual([{ path: `/greetings/${stored.id}.wav`, content: wav(3) }]);
    expect(await recordings.assets(noGreetingRecordings)).toEqual([]);
  });

  it('refuses what <Play> would not take, keeping nothing', async () => {
    const recordings = createGreetingRecordings(dataDir);
    const stereo = wav(3);
    stereo.writeUInt16LE(2, 22);
    await expect(recordings.store(stereo.toString('base64'))).rejects.toThrow(/not mono 16-bit audio/);
    await expect(recordings.store(Buffer.from('not audio').toString('base64'))).rejects.toBeInstanceOf(AppFailure);
    await expect(readdir(dataDir)).resolves.toEqual([]);
  });

  it('says to record again when a greeting’s file is gone', async () => {
    const recordings = createGreetingRecordings(dataDir);
    const missing = { ...noGreetingRecordings, busy: 'f'.repeat(32) };
    await expect(recordings.assets(missing)).rejects.toMatchObject({
      problem: {
        message: 'A recorded greeting is no longer on this computer',
        whatToDo: expect.stringMatching(/Record it again/),
      },
    });
    await expect(recordings.read(missing.busy)).rejects.toThrow(
      'That recorded greeting is no longer on this computer. Record it again.',
    );
    await expect(recordings.read('../secrets')).rejects.toThrow();
  });
});
