import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FarEndPhone, FarEndPhoneOptions } from './far-end-phone';
import { isAlive, startLabProcess, type LabProcess } from './lab-process';
import { renderLinphoneConfig } from './linphone-config';
import { LinphoneConsole, type LinphoneEvent } from './linphone-console';
import { makeFarEndSound } from './tones';

export type LinphoneOptions = FarEndPhoneOptions;

export interface LabLinphone extends FarEndPhone {
  kind: 'linphone';
  /** The pseudo-terminal (util-linux script) that linphonec runs under; it ends with linphonec. */
  terminalPid: number;
  /** call-1.wav, call-2.wav...: what this phone heard in each call, in order. */
  recordingDir: string;
  ctrl: FarEndPhone['ctrl'] & {
    /** Puts the current call on hold from this side (re-INVITE a=sendonly). */
    pause(): Promise<void>;
    resume(): Promise<void>;
    /** Any console command, e.g. 'calls'; its output shows in logs(). */
    type(command: string): void;
  };
  /** Calls, registration answers and received keys, as linphonec printed them. */
  events(): LinphoneEvent[];
  waitForEvent(predicate: (event: LinphoneEvent) => boolean, timeoutMs?: number): Promise<LinphoneEvent>;
  /** liblinphone's own log, SIP messages included. */
  sipLog(): string;
  /** The SIP responses linphonec received, in order, as status and CSeq method, e.g. '200 UPDATE'. */
  responsesReceived(): string[];
}

const startTimeoutMs = 10_000;
const toneSeconds = 40;

/**
 * Starts linphonec (Debian linphone-cli, liblinphone 5.1) as a far-end phone: registered at the lab
 * Kamailio, playing a tone into every call and recording what it hears (one WAV per call), driven
 * through its console. linphonec only runs its SIP stack while readline waits at a terminal, so it
 * runs under a pseudo-terminal made by util-linux `script`; its HOME is its own folder.
 */
export async function startLinphone(options: LinphoneOptions): Promise<LabLinphone> {
  const { name, kamailio, user, transport } = options;
  const dir = mkdtempSync(join(tmpdir(), `dialtone-linphone-${name}-`));
  // Without its database folder liblinphone never leaves its start-up state: it opens no SIP port at all.
  mkdirSync(join(dir, '.local/share/linphone'), { recursive: true });
  const recordingDir = join(dir, 'recordings');
  mkdirSync(recordingDir);
  const tonePath = join(dir, 'tone.wav');
  await makeFarEndSound(tonePath, options.tone, toneSeconds);
  const caPath = join(dir, 'ca.pem');
  writeFileSync(caPath, kamailio.caCertPem);
  const configPath = join(dir, 'linphonerc');
  writeFileSync(
    configPath,
    renderLinphoneConfig({
      user,
      password: options.password,
      domain: kamailio.domain,
      // liblinphone's TLS (mbedTLS) checks the certificate's DNS names, not its IP address: Kamailio's names localhost.
      proxy: { host: 'localhost', port: transport === 'tls' ? kamailio.tlsPort : kamailio.tcpPort, transport },
      caPath,
      srtp: options.srtp ?? 'off',
    }),
  );
  const logPath = join(dir, 'linphone.log');
  const sipLog = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
  const answerMode = options.answerMode ?? 'auto';
  const flags = { auto: '-a', manual: '', early: '--real-early-media' }[answerMode];
  const linphonec = `stty -echo; exec linphonec -c '${configPath}' -d 6 -l '${logPath}' ${flags}`;
  const terminal = startLabProcess(`linphonec ${name}`, 'script', ['-qefc', linphonec, '/dev/null'], dir, {
    input: true,
    env: { HOME: dir, TERM: 'dumb', SHELL: '/bin/sh' },
  });
  const cli = new LinphoneConsole(terminal);
  const removeFolder = () => rmSync(dir, { recursive: true, force: true });

  let pid: number;
  try {
    pid = await childOf(terminal);
    cli.type('soundcard use files');
    cli.type(`play ${tonePath}`);
    await terminal.waitForLog(/Using wav files instead of soundcard/, startTimeoutMs);
  } catch (error) {
    await terminal.kill('SIGKILL');
    removeFolder();
    throw error;
  }

  // linphonec records every call into the same file: give each call its own, numbered in order.
  let calls = 0;
  const recordNextCall = () => cli.type(`record ${join(recordingDir, `call-${++calls}.wav`)}`);
  recordNextCall();
  terminal.onOutput(() => {
    const ended = cli.events.filter((event) => event.type === 'ended' || event.type === 'error').length;
    while (calls <= ended) recordNextCall();
  });

  const typed = (command: string) => {
    cli.type(command);
    return Promise.resolve();
  };

  return {
    kind: 'linphone',
    sipUri: `sip:${user}@${kamailio.domain}`,
    pid,
    terminalPid: terminal.pid,
    recordingDir,
    ctrl: {
      dial: (uri) => typed(`call ${uri}`),
      answer: () => typed('answer'),
      hangup: () => typed('terminate'),
      // A line of keys is sent as DTMF into the current call.
      sendDtmf: (digits) => typed(digits),
      pause: () => typed('pause'),
      resume: () => typed('resume'),
      type: (command) => cli.type(command),
    },
    waitForRegistered: (timeoutMs = startTimeoutMs) => waitForRegistered(cli, terminal, timeoutMs),
    latestRecording() {
      for (let call = calls; call > 0; call--) {
        const path = join(recordingDir, `call-${call}.wav`);
        if (existsSync(path)) return path;
      }
      throw new Error(`linphonec ${name} has no recording in ${recordingDir}`);
    },
    dtmfReceived: () => cli.events.map((event) => (event.type === 'dtmf' ? event.key : '')).join(''),
    callsClosed: () =>
      cli.events.flatMap((event) =>
        event.type === 'ended' ? [event.reason] : event.type === 'error' ? ['error'] : [],
      ),
    events: () => [...cli.events],
    waitForEvent: (predicate, timeoutMs) => cli.waitForEvent(predicate, timeoutMs),
    logs: () => terminal.logs(),
    sipLog,
    responsesReceived: () => responsesIn(sipLog()),
    async stop() {
      // quit ends the calls and un-REGISTERs; script then ends with linphonec.
      cli.type('quit');
      await waitUntil(() => !terminal.isRunning(), 3_000);
      await terminal.stop({ graceMs: 2_000 });
      await killIfAlive(pid);
      removeFolder();
    },
  };
}

async function waitForRegistered(cli: LinphoneConsole, terminal: LabProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let state = 'unknown';
  while (Date.now() < deadline) {
    const since = cli.events.length;
    cli.type('states proxies');
    const answer = await cli.waitForEvent((event) => event.type === 'registration', 2_000, since);
    if (answer.type === 'registration') state = answer.state;
    if (state === 'Ok') return;
    await sleep(200);
  }
  throw new Error(`linphonec not registered in ${timeoutMs} ms (state ${state}):\n${terminal.logs()}`);
}

/** Responses in liblinphone's log: each arrives as "<time> belle-sip-message-channel [...]: received [N] new bytes from [...]:" and the message. */
function responsesIn(log: string): string[] {
  return log.split(/^(?=\d{4}-\d\d-\d\d [\d:]+ )/m).flatMap((entry) => {
    const status = /\]: received \[\d+\] new bytes from [^\n]*\nSIP\/2\.0 (\d{3}) /.exec(entry)?.[1];
    const method = /^CSeq: *\d+ +(\w+)/im.exec(entry)?.[1];
    return status && method ? [`${status} ${method}`] : [];
  });
}

/** The process `script` started on the pseudo-terminal: linphonec itself, once sh has exec'd it. */
async function childOf(terminal: LabProcess): Promise<number> {
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    const children = readChildren(terminal.pid);
    if (children.length > 0) return children[0]!;
    if (!terminal.isRunning() || Date.now() > deadline) {
      throw new Error(`linphonec did not start under script:\n${terminal.logs()}`);
    }
    await sleep(20);
  }
}

function readChildren(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** linphonec runs in the terminal's own session, out of reach of the signals LabProcess sends to its group. */
async function killIfAlive(pid: number): Promise<void> {
  if (await waitUntil(() => !isAlive(pid), 2_000)) return;
  process.kill(pid, 'SIGKILL');
  if (!(await waitUntil(() => !isAlive(pid), 3_000))) throw new Error(`linphonec ${pid} still alive after SIGKILL`);
}
