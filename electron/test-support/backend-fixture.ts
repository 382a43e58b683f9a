import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventChannel } from '../../shared/contract/event-channels';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { AccountFields, AccountSummary } from '../../shared/models/account';
import type { AppInfo } from '../../shared/models/app-info';
import type { CallSnapshot } from '../../shared/models/call';
import { defaultSettings } from '../../shared/models/settings';
import { createBackend, type Backend } from '../create-backend';
import { createMemoryLogger } from '../logging/logger';
import { createMemorySecretStore } from '../secrets/secret-store';
import type { LoginItem } from '../services/settings-service';

/** The repository's assets/ folder (the sound test's prompt and beep). */
export const repoAssetsDir = fileURLToPath(new URL('../../assets', import.meta.url));

/** A fresh folder under the system temp dir; call remove() in afterEach. */
export function makeTempDir(prefix = 'dialtone-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sampleAccountId = '6f1c2a3e-8d4b-4c1a-9e2f-1a2b3c4d5e6f';

/** Every optional string is set, so tests that walk string leaves reach all of them. */
export const sampleAccountFields: AccountFields = {
  label: 'Work line',
  provider: 'sip',
  sipAddress: 'alice@sip.example.com',
  authUsername: 'alice',
  registrar: 'sip.example.com:5061',
  outboundProxy: 'proxy.example.com',
  transport: 'tls',
  srtp: 'optional',
  displayName: 'Alice',
  stunServer: 'stun.example.com:3478',
  trustedCaPem: '-----BEGIN CERTIFICATE-----\nMIIBsample\n-----END CERTIFICATE-----\n',
  pinnedCertSha256: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
  enabled: true,
};

export const sampleAccountSummary: AccountSummary = { ...sampleAccountFields, id: sampleAccountId, hasPassword: true };

export const sampleCallId = '0b7d1c9e-2f4a-4e6b-8c3d-5a6f7e8d9c0b';

export const sampleCall: CallSnapshot = {
  id: sampleCallId,
  direction: 'outgoing',
  remoteUri: 'sip:+15125550123@sip.example.com',
  remoteNumber: '+15125550123',
  remoteName: 'Bob',
  state: 'connected',
  earlyMedia: false,
  onHold: false,
  heldByRemote: false,
  muted: false,
  startedAt: 1_700_000_000_000,
  answeredAt: 1_700_000_003_000,
  endedAt: null,
  endReason: null,
  soundTest: null,
};

export const sampleAppInfo: AppInfo = {
  version: '0.1.0-test',
  shell: 'browser',
  platform: 'linux',
  features: { startAtLogin: true, globalShortcuts: false },
};

/** One valid request per invoke channel; a channel added to the contract without a sample fails typecheck. */
export const validPayloads: { readonly [C in InvokeChannel]: InvokeInput<C> } = {
  'app:get-info': undefined,
  'settings:get': undefined,
  'settings:update': { defaultCountry: 'GB', theme: 'dark', startAtLogin: true, microphones: ['Headset Mic'] },
  'accounts:list': undefined,
  'accounts:save': { id: sampleAccountId, fields: sampleAccountFields, password: 'sample-password' },
  'accounts:remove': { id: sampleAccountId },
  'registration:get': undefined,
  'calls:list': undefined,
  'calls:dial': { target: '+15125550123' },
  'calls:answer': { callId: sampleCallId },
  'calls:decline': { callId: sampleCallId },
  'calls:hang-up': { callId: sampleCallId },
  'calls:set-hold': { callId: sampleCallId, hold: true },
  'calls:set-mute': { callId: sampleCallId, muted: true },
  'calls:send-dtmf': { callId: sampleCallId, digits: '159*0#' },
  'calls:get-quality': { callId: sampleCallId },
  'audio:connect': { callId: sampleCallId, offerSdp: 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' },
  'audio:disconnect': { callId: sampleCallId },
};

/** One valid answer per invoke channel, for handler stubs. */
export const validOutputs: { readonly [C in InvokeChannel]: InvokeOutput<C> } = {
  'app:get-info': sampleAppInfo,
  'settings:get': defaultSettings,
  'settings:update': { ...defaultSettings, defaultCountry: 'GB', theme: 'dark', microphones: ['Headset Mic'] },
  'accounts:list': [sampleAccountSummary],
  'accounts:save': sampleAccountSummary,
  'accounts:remove': null,
  'registration:get': { status: 'registered', accountId: sampleAccountId, expiresInSeconds: 300 },
  'calls:list': [sampleCall],
  'calls:dial': sampleCall,
  'calls:answer': null,
  'calls:decline': null,
  'calls:hang-up': null,
  'calls:set-hold': null,
  'calls:set-mute': null,
  'calls:send-dtmf': null,
  'calls:get-quality': { roundTripMs: 42, jitterMs: 3.5, lossPercent: 0, mos: 4.3 },
  'audio:connect': { answerSdp: 'v=0\r\no=- 2 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' },
  'audio:disconnect': null,
};

export function fakeLoginItem(supported = true): LoginItem & { applied: boolean[] } {
  const applied: boolean[] = [];
  return { supported, applied, apply: (startAtLogin) => void applied.push(startAtLogin) };
}

export type RecordedEvent = { event: EventChannel; payload: unknown };

/** The real backend in a temp dir, with a memory secret store, a memory logger and every event recorded. */
export async function createTestBackend(options: { loginItemSupported?: boolean } = {}) {
  const temp = makeTempDir('dialtone-backend-');
  const secrets = createMemorySecretStore();
  const logger = createMemoryLogger();
  const loginItem = fakeLoginItem(options.loginItemSupported ?? true);
  const backend: Backend = await createBackend({
    dataDir: temp.dir,
    secrets,
    loginItem,
    logger,
    info: sampleAppInfo,
    assetsDir: repoAssetsDir,
  });
  const events: RecordedEvent[] = [];
  const unsubscribe = backend.events.subscribe((event, payload) => void events.push({ event, payload }));
  return {
    backend,
    dataDir: temp.dir,
    secrets,
    logger,
    loginItem,
    events,
    dispose(): void {
      unsubscribe();
      backend.close();
      temp.remove();
    },
  };
}

export type TestBackend = Awaited<ReturnType<typeof createTestBackend>>;
