import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPulseAudio, type LabPulseAudio } from './pulseaudio';
import { energyShareAt, makeToneWav, rms } from './tones';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dialtone-pulse-test-'));
let pulse: LabPulseAudio;

beforeAll(async () => {
  pulse = await startPulseAudio();
});
afterAll(async () => {
  await pulse?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const clientEnv = () => ({ ...process.env, ...pulse.env });

async function listShort(kind: 'sinks' | 'sources'): Promise<string[]> {
  const { stdout } = await run('pactl', ['list', 'short', kind], { env: clientEnv() });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[1] ?? '');
}

/** Plays a tone file into a sink as an application would; resolves when it has played. */
async function play(sinkName: string, frequency: number, seconds: number): Promise<void> {
  const player = await startTone(sinkName, frequency, seconds);
  await player.done;
}

/** Starts a tone playing into a sink; stop() ends it early. */
async function startTone(sinkName: string, frequency: number, seconds: number) {
  const path = join(dir, `tone-${frequency}-${seconds}.wav`);
  await makeToneWav(path, frequency, seconds);
  const player = spawn('paplay', [`--device=${sinkName}`, path], { env: clientEnv(), stdio: 'ignore' });
  const done = once(player, 'exit').then(() => undefined);
  return {
    done,
    stop: async () => {
      player.kill('SIGTERM');
      await done;
    },
  };
}

/** While a long tone plays into a sink: its start and end would spread energy over every band. */
async function recordWhileTonePlays(sourceName: string, sinkName: string, frequency: number) {
  const tone = await startTone(sinkName, frequency, 10);
  try {
    await sleep(300);
    return await recordSource(sourceName, 1);
  } finally {
    await tone.stop();
  }
}

/**
 * Records `seconds` of a source (a microphone) as a client would: that much audio, counted from what parec
 * delivers, since parec can take a second or more to start on a loaded machine.
 */
async function recordSource(sourceName: string, seconds: number): Promise<Int16Array> {
  const recorder = spawn(
    'parec',
    [`--device=${sourceName}`, '--raw', '--format=s16le', '--rate=16000', '--channels=1', '--latency-msec=20'],
    {
      env: clientEnv(),
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const wanted = Math.round(seconds * 16_000) * 2;
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`parec gave ${received} of ${wanted} bytes from ${sourceName} in 15 s`)),
        15_000,
      );
      recorder.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
        if (received >= wanted) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } finally {
    recorder.kill('SIGTERM');
    await once(recorder, 'exit');
  }
  const bytes = Buffer.concat(chunks).subarray(0, wanted);
  return Int16Array.from({ length: bytes.length >> 1 }, (_, i) => bytes.readInt16LE(i * 2));
}

test('a sink records what is played on it, and only that', async () => {
  const headset = await pulse.addOutput('headset_a', 'Headset A');
  const speakers = await pulse.addOutput('speakers_a', 'Speakers A');
  const onHeadset = pulse.recordOutput(headset);
  const onSpeakers = pulse.recordOutput(speakers);
  await play(headset.name, 1000, 1);
  const headsetSamples = await onHeadset.stop();
  const speakerSamples = await onSpeakers.stop();
  expect(energyShareAt(headsetSamples, 16_000, 1000)).toBeGreaterThan(0.9);
  expect(rms(speakerSamples)).toBeLessThan(10);
});

test('a tone microphone plays its tone, and a microphone over a sink hears that sink', async () => {
  const microphone = await pulse.addToneMicrophone('mic_a', 'Headset microphone A', 440);
  const room = await pulse.addOutput('room_a', 'Room A');
  const hearing = await pulse.addMicrophoneHearing('room_mic_a', 'Room microphone A', room);

  expect(energyShareAt(await recordSource(microphone.name, 0.5), 16_000, 440)).toBeGreaterThan(0.9);
  expect(energyShareAt(await recordWhileTonePlays(hearing.name, room.name, 700), 16_000, 700)).toBeGreaterThan(0.9);
});

test('a source played into a sink is heard there beside what else plays, until it is removed', async () => {
  const room = await pulse.addOutput('room_c', 'Room C');
  const talker = await pulse.addToneMicrophone('talker_c', 'Talker C', 440);
  const hearing = await pulse.addMicrophoneHearing('room_mic_c', 'Room microphone C', room);
  const loop = await pulse.playInto(talker, room);
  // module-loopback fills its buffer before it plays: listen until the talker is heard.
  const deadline = Date.now() + 10_000;
  while (energyShareAt(await recordSource(hearing.name, 0.3), 16_000, 440) < 0.5) {
    if (Date.now() > deadline) throw new Error('The talker was never heard in the room');
  }
  const heard = await recordWhileTonePlays(hearing.name, room.name, 700);
  expect(energyShareAt(heard, 16_000, 440)).toBeGreaterThan(0.2);
  expect(energyShareAt(heard, 16_000, 700)).toBeGreaterThan(0.2);
  await pulse.remove(loop);
  await sleep(200);
  expect(energyShareAt(await recordSource(hearing.name, 0.5), 16_000, 440)).toBeLessThan(0.01);
});

test('removing a device unplugs it, and the defaults are what the test set', async () => {
  const output = await pulse.addOutput('usb_b', 'USB headset B');
  const microphone = await pulse.addToneMicrophone('usb_mic_b', 'USB microphone B', 300);
  await pulse.setDefaults({ output, microphone });
  const { stdout } = await run('pactl', ['info'], { env: clientEnv() });
  expect(stdout).toContain('Default Sink: usb_b');
  expect(stdout).toContain('Default Source: usb_mic_b');

  await pulse.remove(output);
  await pulse.remove(microphone);
  expect(await listShort('sinks')).not.toContain('usb_b');
  expect(await listShort('sources')).not.toContain('usb_mic_b');
});

test('a description with quotes or a name with spaces is refused before PulseAudio sees it', async () => {
  await expect(pulse.addOutput('bad_quote', 'Say "hi"')).rejects.toThrow(/cannot hold quotes/);
  await expect(pulse.addOutput('bad name', 'Bad')).rejects.toThrow(/lowercase letters/);
});
