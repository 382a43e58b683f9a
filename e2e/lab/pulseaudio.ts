import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { startLabProcess } from './lab-process';

/*
 * A PulseAudio daemon of its own per test: virtual devices that Chromium sees as real, named ones
 * when it runs without its fake-device flags and with `env` (PULSE_SERVER). A null sink is an
 * output whose monitor the test records; a sine source is a microphone playing a tone; a remap
 * source over a sink's monitor is a microphone that hears that sink (a speakerphone's echo path).
 * Unloading a device's module is unplugging it.
 */

const run = promisify(execFile);

/** A device the test added: its PulseAudio name, the description Chromium shows, and the module to unload. */
export interface PulseDevice {
  name: string;
  description: string;
  module: number;
}

/** A recording of what a sink played, from its monitor. */
export interface SinkRecording {
  /** Resolves once the first samples have arrived (parec can take a while to start under load). */
  started: Promise<void>;
  /** Stops recording and returns 16-bit mono samples at the rate asked for. */
  stop(): Promise<Int16Array>;
}

export interface LabPulseAudio {
  pid: number;
  /** For Chromium and every PulseAudio client the test starts. */
  env: { PULSE_SERVER: string };
  addOutput(name: string, description: string): Promise<PulseDevice>;
  addToneMicrophone(name: string, description: string, frequency: number): Promise<PulseDevice>;
  /** A microphone that hears what `sink` plays, as a microphone near a loudspeaker would. */
  addMicrophoneHearing(name: string, description: string, sink: PulseDevice): Promise<PulseDevice>;
  /** Plays what `source` captures into `sink`, beside whatever else plays there (a person talking in the room). */
  playInto(source: PulseDevice, sink: PulseDevice): Promise<PulseDevice>;
  /** Unplugs the device. */
  remove(device: PulseDevice): Promise<void>;
  /** What "Default" means to Chromium: PulseAudio's default sink and source. */
  setDefaults(defaults: { output?: PulseDevice; microphone?: PulseDevice }): Promise<void>;
  recordOutput(sink: PulseDevice, rate?: number): SinkRecording;
  stop(): Promise<void>;
}

const readyTimeoutMs = 10_000;

/** pactl takes a property value with spaces in single quotes around double quotes. */
function descriptionProperty(key: 'sink_properties' | 'source_properties', description: string): string {
  if (/['"]/.test(description)) throw new Error(`A lab device description cannot hold quotes: ${description}`);
  return `${key}='device.description="${description}"'`;
}

function checkName(name: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`A lab device name is lowercase letters, digits and _: ${name}`);
  return name;
}

export async function startPulseAudio(): Promise<LabPulseAudio> {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-pulse-'));
  const socket = join(dir, 'native');
  const env = { PULSE_SERVER: `unix:${socket}` };
  // Debian's desktop policy (/etc/pulse/default.pa: streams go back to a device that returns,
  // defaults are remembered) without hardware detection, session or cookie: devices are the test's.
  const policy = [
    'module-device-restore',
    'module-stream-restore',
    'module-card-restore',
    'module-default-device-restore',
  ];
  writeFileSync(
    join(dir, 'lab.pa'),
    [
      ...policy.map((module) => `load-module ${module}`),
      `load-module module-native-protocol-unix auth-anonymous=1 socket=${socket}`,
      '',
    ].join('\n'),
  );
  const daemon = startLabProcess(
    'pulseaudio',
    'pulseaudio',
    [
      '-n',
      '-F',
      join(dir, 'lab.pa'),
      '--daemonize=no',
      '--use-pid-file=no',
      '--exit-idle-time=-1',
      '--log-target=stderr',
    ],
    dir,
    { env: { XDG_RUNTIME_DIR: dir, HOME: dir } },
  );
  const pactl = async (...args: string[]): Promise<string> =>
    (await run('pactl', args, { env: { ...process.env, ...env }, timeout: 5_000 })).stdout.trim();
  const stop = async () => {
    await daemon.stop();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilAnswering(pactl, daemon);
  } catch (error) {
    await stop();
    throw error;
  }

  const load = async (module: string, name: string, description: string, args: string[]): Promise<PulseDevice> => ({
    name: checkName(name),
    description,
    module: Number(await pactl('load-module', module, ...args)),
  });

  return {
    pid: daemon.pid,
    env,
    addOutput: async (name, description) =>
      load('module-null-sink', name, description, [
        `sink_name=${checkName(name)}`,
        descriptionProperty('sink_properties', description),
      ]),
    addToneMicrophone: async (name, description, frequency) =>
      load('module-sine-source', name, description, [
        `source_name=${checkName(name)}`,
        `frequency=${frequency}`,
        descriptionProperty('source_properties', description),
      ]),
    addMicrophoneHearing: async (name, description, sink) =>
      load('module-remap-source', name, description, [
        `source_name=${checkName(name)}`,
        `master=${sink.name}.monitor`,
        descriptionProperty('source_properties', description),
      ]),
    playInto: async (source, sink) =>
      load('module-loopback', `${source.name}_into_${sink.name}`, `${source.description} into ${sink.description}`, [
        `source=${source.name}`,
        `sink=${sink.name}`,
        'latency_msec=20',
      ]),
    async remove(device) {
      await pactl('unload-module', String(device.module));
    },
    async setDefaults({ output, microphone }) {
      if (output) await pactl('set-default-sink', output.name);
      if (microphone) await pactl('set-default-source', microphone.name);
    },
    recordOutput: (sink, rate = 16_000) => recordMonitor(`${sink.name}.monitor`, rate, env),
    stop,
  };
}

async function waitUntilAnswering(
  pactl: (...args: string[]) => Promise<string>,
  daemon: ReturnType<typeof startLabProcess>,
): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    try {
      await pactl('info');
      return;
    } catch (error) {
      if (!daemon.isRunning() || Date.now() > deadline) {
        throw new Error(`PulseAudio did not start: ${String(error)}\n${daemon.logs()}`, { cause: error });
      }
      await sleep(100);
    }
  }
}

function recordMonitor(source: string, rate: number, env: LabPulseAudio['env']): SinkRecording {
  const recorder = spawn(
    'parec',
    [`--device=${source}`, '--raw', '--format=s16le', `--rate=${rate}`, '--channels=1', '--latency-msec=20'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const chunks: Buffer[] = [];
  let problem = '';
  recorder.stderr.on('data', (chunk: Buffer) => (problem += chunk.toString()));
  const exited = once(recorder, 'exit');
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No samples from ${source} in ${readyTimeoutMs} ms: ${problem}`)),
      readyTimeoutMs,
    );
    recorder.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      clearTimeout(timer);
      resolve();
    });
  });
  started.catch(() => undefined);
  return {
    started,
    async stop() {
      if (recorder.exitCode === null && recorder.signalCode === null) recorder.kill('SIGTERM');
      await exited;
      const bytes = Buffer.concat(chunks);
      if (bytes.length === 0) throw new Error(`Nothing was recorded from ${source}: ${problem}`);
      const samples = new Int16Array(bytes.length >> 1);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
      return samples;
    },
  };
}
