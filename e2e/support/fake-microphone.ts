import { execFileSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What Chromium's fake microphone plays in e2e (it loops the file): a steady tone, whole cycles. */
export const fakeMicrophoneTone = { frequency: 440, rate: 48_000, seconds: 10 };

/**
 * Makes the fake microphone's WAV with sox (once per machine; the config is loaded by the runner
 * and by each worker) and returns its path. Written under another name and renamed, so a reader
 * never sees half a file.
 */
export function fakeMicrophoneWav(): string {
  const { frequency, rate, seconds } = fakeMicrophoneTone;
  const path = join(tmpdir(), `dialtone-e2e-mic-${frequency}hz-${rate}.wav`);
  if (existsSync(path)) return path;
  const partial = `${path}.${process.pid}.partial.wav`;
  execFileSync('sox', [
    '-n',
    '-r',
    `${rate}`,
    '-c',
    '1',
    '-b',
    '16',
    '-e',
    'signed-integer',
    partial,
    'synth',
    `${seconds}`,
    'sine',
    `${frequency}`,
    'vol',
    '0.35',
  ]);
  renameSync(partial, path);
  return path;
}
