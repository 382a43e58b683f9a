import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BaresipCtrl, type BaresipEvent, type BaresipResponse } from './baresip-ctrl';
import { freeTcpPort } from './free-port';
import type { FarEndPhone, FarEndPhoneOptions } from './far-end-phone';
import { startLabProcess } from './lab-process';
import { makeFarEndSound } from './tones';

export type BaresipOptions = FarEndPhoneOptions;

export interface LabBaresip extends FarEndPhone {
  kind: 'baresip';
  /** Where the sndfile module writes each call: *-dec.wav is what this phone heard, *-enc.wav what it sent. */
  recordingDir: string;
  ctrl: {
    dial(uri: string): Promise<BaresipResponse>;
    hangup(): Promise<BaresipResponse>;
    answer(): Promise<BaresipResponse>;
    /** RFC 4733 digits into the current call, e.g. '159*0#'. */
    sendDtmf(digits: string): Promise<BaresipResponse>;
    command(name: string, params?: string): Promise<BaresipResponse>;
  };
  /** The newest *-dec.wav. */
  latestRecording(): string;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Events pushed over ctrl_tcp since start (REGISTER_OK, CALL_ESTABLISHED, CALL_DTMF_START with param = key...). */
  events(): BaresipEvent[];
  waitForEvent(predicate: (event: BaresipEvent) => boolean, timeoutMs?: number): Promise<BaresipEvent>;
  /** Collected from CALL_DTMF_START events: baresip logs none of them. */
  dtmfReceived(): string;
  /** The CALL_CLOSED events' reasons, e.g. '603 Decline'. */
  callsClosed(): string[];
  /** SIGTERM (baresip un-REGISTERs first), SIGKILL after 2 s. */
  stop(): Promise<void>;
}

const startTimeoutMs = 10_000;
// baresip reads the whole file before it answers: long enough for the 30 s benchmark call, no longer.
const toneSeconds = 40;

export async function startBaresip(options: BaresipOptions): Promise<LabBaresip> {
  const { name, kamailio, user, transport } = options;
  const dir = mkdtempSync(join(tmpdir(), `dialtone-baresip-${name}-`));
  const recordingDir = join(dir, 'recordings');
  mkdirSync(recordingDir);
  const tonePath = join(dir, 'tone.wav');
  await makeFarEndSound(tonePath, options.tone, toneSeconds);
  writeFileSync(join(dir, 'ca.pem'), kamailio.caCertPem);
  const ctrlPort = await freeTcpPort();
  writeFileSync(join(dir, 'config'), renderConfig({ dir, tonePath, recordingDir, ctrlPort }));
  const proxyPort = transport === 'tls' ? kamailio.tlsPort : kamailio.tcpPort;
  const account = [
    `<sip:${user}@${kamailio.domain};transport=${transport}>`,
    `auth_pass=${options.password}`,
    `outbound="sip:127.0.0.1:${proxyPort};transport=${transport}"`,
    `answermode=${options.answerMode ?? 'auto'}`,
    'regint=600',
    'audio_codecs=pcmu',
    ...(options.srtp === 'mandatory' ? ['mediaenc=srtp-mand'] : []),
  ];
  writeFileSync(join(dir, 'accounts'), `${account.join(';')}\n`);

  const baresip = startLabProcess(`baresip ${name}`, 'baresip', ['-f', dir], dir);
  const ctrl = await openCtrl(ctrlPort, () => baresip.isRunning()).catch(async (error: Error) => {
    await baresip.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`baresip ${name}: ctrl_tcp not ready (${error.message}):\n${baresip.logs()}`);
  });

  const sipUri = `sip:${user}@${kamailio.domain}`;
  return {
    kind: 'baresip',
    sipUri,
    pid: baresip.pid,
    recordingDir,
    ctrl: {
      dial: (uri) => ctrl.command('dial', uri),
      hangup: () => ctrl.command('hangup'),
      answer: () => ctrl.command('accept'),
      sendDtmf: (digits) => ctrl.command('sndcode', digits),
      command: (command, params) => ctrl.command(command, params),
    },
    async waitForRegistered(timeoutMs = startTimeoutMs) {
      // Logged as "alice@127.0.0.1: {0/TCP/v4} 200 OK (...) [1 binding]"; REGISTER_OK may fire before ctrl connects.
      await baresip.waitForLog(new RegExp(`${escape(user)}@${escape(kamailio.domain)}: .*200 OK`), timeoutMs);
    },
    latestRecording() {
      const newest = readdirSync(recordingDir)
        .filter((file) => file.endsWith('-dec.wav'))
        .map((file) => join(recordingDir, file))
        .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
        .at(-1);
      if (!newest) throw new Error(`baresip ${name} has no recording in ${recordingDir}`);
      return newest;
    },
    logs: () => baresip.logs(),
    waitForLog: (pattern, timeoutMs) => baresip.waitForLog(pattern, timeoutMs),
    events: () => [...ctrl.events],
    waitForEvent: (predicate, timeoutMs) => ctrl.waitForEvent(predicate, timeoutMs),
    dtmfReceived: () =>
      ctrl.events
        .filter((event) => event.type === 'CALL_DTMF_START')
        .map((event) => event.param)
        .join(''),
    callsClosed: () => ctrl.events.filter((event) => event.type === 'CALL_CLOSED').map((event) => event.param ?? ''),
    async stop() {
      ctrl.close();
      await baresip.stop({ graceMs: 2_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openCtrl(port: number, alive: () => boolean): Promise<BaresipCtrl> {
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    try {
      return await BaresipCtrl.open(port);
    } catch (error) {
      if (!alive() || Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function renderConfig(paths: { dir: string; tonePath: string; recordingDir: string; ctrlPort: number }): string {
  // No sound card: aufile is the microphone, aubridge a dummy speaker, sndfile records both directions.
  return `poll_method epoll
sip_listen 127.0.0.1:0
sip_cafile ${paths.dir}/ca.pem
net_interface 127.0.0.1
call_local_timeout 120
call_max_calls 4
audio_player aubridge,sink
audio_source aufile,${paths.tonePath}
audio_alert aubridge,alert
audio_level no
ausrc_format s16
auplay_format s16
auenc_format s16
audec_format s16
audio_buffer 20-160
rtcp_mux no
jitter_buffer_delay 5-10
rtp_timeout 0
module_path /usr/lib/baresip/modules
module g711.so
module aufile.so
module aubridge.so
module sndfile.so
module srtp.so
module_tmp uuid.so
module_tmp account.so
module_app menu.so
module_app ctrl_tcp.so
ctrl_tcp_listen 127.0.0.1:${paths.ctrlPort}
snd_path ${paths.recordingDir}
`;
}
