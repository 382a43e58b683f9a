import { mkdtempSync, rmSync } from 'node:fs';
import type { OfficeTrunkInput, OfficeTrunkState } from '../../shared/models/office-trunk';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventChannel } from '../../shared/contract/event-channels';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { AccountFields, AccountSummary } from '../../shared/models/account';
import type { AppInfo } from '../../shared/models/app-info';
import type { CallSnapshot } from '../../shared/models/call';
import { defaultCallHandling } from '../../shared/models/call-handling';
import type { Contact, ContactDraft, ContactListItem, ImportReport } from '../../shared/models/contact';
import type { HistoryEntry } from '../../shared/models/history';
import type { InboxStatus } from '../../shared/models/inbox';
import type { Message } from '../../shared/models/messages';
import type { Voicemail } from '../../shared/models/voicemail';
import { defaultSettings } from '../../shared/models/settings';
import { words } from '../../shared/text/words';
import { createBackend, type Backend } from '../create-backend';
import { createMemoryLogger } from '../logging/logger';
import { createMemorySecretStore } from '../secrets/secret-store';
import { encodeWav } from '../media/wav';
import type { LoginItem } from '../services/settings-service';
import {
  sampleAvailableNumber,
  sampleOwnedNumber,
  sampleSetupState,
  sampleTwilioCredentials,
  sampleTwilioProblem,
} from './setup-samples';

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

/**
 * sampleInvitedLine (line-invitation-test-kit.ts) sealed with its samplePassphrase and the cheapest scrypt
 * settings accepted; invitation-import-service.test.ts checks that it still opens to that line.
 */
export const sampleInvitationCode =
  'dialtone-invite:1:CggBAMUCt8SrQ25wlrOQO8N7xsYhv8aYJyv4Rdig2QB9ibikXUEqfY_5rqrVknCYOnKO0L-iCd6unYKp_9HIZp2BU3yvQNGocu22AfwyqwgKwrWGUmgEOrkVIYlURgRXSW2ZHd-BVFuQhVUXt6nJ00tmPKnpjByosXMR6gxvTbhNNZmZ11r_CPBP_BfaxkdtSlORH4MB9Oed3rkPo3VEWgDE74oCSNScTk0SLoQDPSRiiqo026CVvU8JT1bh0nnT-3ha4dnk4zRUEtatghcZfMabnx15I4dJF0BTrUT5CDMGG76ESrKFT9_J8ErTF08TKHA3MfhC';

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
  receivedDtmf: '',
  startedAt: 1_700_000_000_000,
  answeredAt: 1_700_000_003_000,
  endedAt: null,
  endReason: null,
  soundTest: null,
  callerVerified: false,
  transfer: null,
  conferenceWith: null,
  recording: 'unavailable',
};

export const sampleContactId = '3d9a7c1e-5b2f-4e8a-9c6d-7e8f9a0b1c2d';
export const sampleOtherContactId = '8e2b4d6f-1a3c-4e5b-8d7f-9a1b2c3d4e5f';

/** Every field set, so tests that walk string leaves reach all of them. */
export const sampleContactDraft: ContactDraft = {
  name: 'Bob Example',
  organisation: 'Example Ltd',
  phones: [
    { label: 'mobile', number: '(512) 555-0123' },
    { label: 'work', number: '+44 20 7946 0958' },
  ],
  sipAddresses: ['bob@sip.example.com'],
  emails: ['bob@example.com'],
  notes: 'Prefers calls after 5pm',
  favourite: true,
};

export const sampleContact: Contact = {
  ...sampleContactDraft,
  id: sampleContactId,
  phones: [
    { label: 'mobile', number: '(512) 555-0123', e164: '+15125550123' },
    { label: 'work', number: '+44 20 7946 0958', e164: '+442079460958' },
  ],
};

export const sampleContactListItem: ContactListItem = {
  id: sampleContactId,
  name: 'Bob Example',
  organisation: 'Example Ltd',
  favourite: true,
  primaryNumber: '(512) 555-0123',
};

export const sampleVcard =
  'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Example\r\nTEL;TYPE=cell:+1 512 555 0123\r\nEND:VCARD\r\n';

export const sampleImportReport: ImportReport = {
  imported: 1,
  merged: 1,
  skipped: [
    {
      item: words('contacts.entryCard', { card: 3 }),
      reason: [words('contacts.alreadyThere', { name: 'Bob Example' })],
    },
  ],
};

export const sampleHistoryEntry: HistoryEntry = {
  id: sampleCallId,
  direction: 'incoming',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: sampleContactId,
  contactName: 'Bob Example',
  startedAt: 1_700_000_000_000,
  answeredAt: null,
  endedAt: 1_700_000_020_000,
  durationSeconds: 0,
  endReason: 'missed',
  missed: true,
  seen: false,
  callerVerified: false,
  onTwilio: false,
  transferredTo: null,
};

export const sampleAppInfo: AppInfo = {
  version: '0.1.0-test',
  shell: 'browser',
  platform: 'linux',
  features: { startAtLogin: true, globalShortcuts: false, updates: false },
};

const sampleRecordingSid = 'RE0123456789abcdef0123456789abcdef';
const sampleMessageSid = 'SM0123456789abcdef0123456789abcdef';

export const sampleVoicemail: Voicemail = {
  id: sampleRecordingSid,
  from: '+15125550123',
  contactId: sampleContactId,
  contactName: 'Bob Example',
  receivedAt: 1_700_000_000_000,
  durationSeconds: 14,
  played: false,
  transcription: { state: 'completed', text: 'Hi, it is Bob. Call me back about Friday.' },
  audioSaved: true,
};

export const sampleMessage: Message = {
  id: sampleMessageSid,
  remoteNumber: '+15125550123',
  direction: 'outgoing',
  body: 'See you Friday',
  at: 1_700_000_100_000,
  status: 'undelivered',
  errorCode: 30003,
  media: [],
};

const sampleInboxStatus: InboxStatus = {
  available: true,
  syncing: false,
  lastSyncedAt: 1_700_000_200_000,
  problem: null,
};

const sampleOfficeInput: OfficeTrunkInput = {
  pbx: 'asterisk',
  pbxAddress: '203.0.113.7',
  port: 5061,
  secure: true,
  phoneNumber: '+15125550100',
  friendlyName: 'Office PBX',
  country: 'US',
  dialtoneExtension: '1001',
  addDialtonePhone: true,
};

const sampleOfficeState: OfficeTrunkState = {
  input: sampleOfficeInput,
  tasks: [{ id: 'trunk', status: 'done', detail: 'dialtone-15125550100-k3x9.pstn.twilio.com' }],
  terminationDomain: 'dialtone-15125550100-k3x9.pstn.twilio.com',
  username: 'pbx15125550100',
  ready: false,
  files: [],
  dialtonePhone: false,
  busy: false,
  problem: null,
  revision: 3,
};

/** One valid request per invoke channel; a channel added to the contract without a sample fails typecheck. */
export const validPayloads: { readonly [C in InvokeChannel]: InvokeInput<C> } = {
  'app:get-info': undefined,
  'updates:get': undefined,
  'updates:restart': undefined,
  'settings:get': undefined,
  'settings:update': { defaultCountry: 'GB', theme: 'dark', startAtLogin: true, microphones: ['Headset Mic'] },
  'settings:get-hotkey-status': undefined,
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
  'calls:transfer': { callId: sampleCallId, target: '+15125550199' },
  'calls:complete-transfer': { callId: sampleCallId, consultationCallId: sampleCallId },
  'calls:merge': { callId: sampleCallId, otherCallId: sampleCallId },
  'calls:split': { callId: sampleCallId },
  'calls:set-recording': { callId: sampleCallId, on: true },
  'calls:price-per-minute': { number: '+447700900123' },
  'billing:get-balance': undefined,
  'audio:connect': { callId: sampleCallId, offerSdp: 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' },
  'audio:disconnect': { callId: sampleCallId },
  'contacts:search': { query: '555 0123', offset: 0, limit: 50 },
  'contacts:get': { id: sampleContactId },
  'contacts:save': { id: sampleContactId, contact: sampleContactDraft },
  'contacts:remove': { id: sampleContactId },
  'contacts:merge-suggestions': undefined,
  'contacts:merge': { keepId: sampleContactId, mergeId: sampleOtherContactId },
  'contacts:import-preview': {
    format: 'csv',
    content: 'Name,Phone\nBob Example,(512) 555-0123\n',
  },
  'contacts:import': { format: 'vcard', content: sampleVcard },
  'contacts:export-vcard': undefined,
  'history:list': { filter: 'missed', offset: 0, limit: 50 },
  'history:remove': { id: sampleCallId },
  'history:clear': undefined,
  'history:mark-seen': undefined,
  'history:recordings': { id: sampleCallId },
  'history:recording-audio': { id: sampleCallId, recordingId: sampleRecordingSid },
  'history:call-cost': { id: sampleCallId },
  'history:month-cost': undefined,
  'setup:get': undefined,
  'setup:go-to': { step: 'credentials' },
  'setup:dismiss': undefined,
  'setup:connect-twilio': sampleTwilioCredentials,
  'setup:create-api-key': undefined,
  'setup:set-edge': { edge: 'dublin' },
  'setup:list-owned-numbers': undefined,
  'setup:search-numbers': { country: 'US', type: 'local', areaCode: '512', contains: '55*0', voice: true, sms: true },
  'setup:choose-number': { kind: 'buy', phoneNumber: '+15125550199', confirmPurchase: true },
  'setup:provision': undefined,
  'setup:set-allowed-countries': { countries: ['US', 'CA'] },
  'setup:set-voicemail-greeting': { greeting: 'You reached Ada. Leave a message after the tone.' },
  'setup:set-call-handling': {
    ...defaultCallHandling,
    doNotDisturb: true,
    blockedCallers: ['+447700900123', '+1900*', 'withheld'],
    blockedCallersHear: 'busy',
  },
  'setup:send-routing-again': undefined,
  'setup:check-routing': undefined,
  'setup:import-invitation': { text: sampleInvitationCode, passphrase: 'correct horse battery staple' },
  'setup:remove-from-twilio': { releaseNumber: false },
  'team:add-member': { kind: 'extension', displayName: 'Sam', username: 'sam', extension: '101' },
  'team:remove-member': { username: 'sam' },
  'team:set-default-caller-id': { phoneNumber: '+15125550100' },
  'team:add-ring-group': { phoneNumber: '+15125550111', name: 'Sales', members: ['+15125550100', 'sam'] },
  'team:remove-ring-group': { phoneNumber: '+15125550111' },
  'team:export-invitation': { username: 'sam', inviterName: 'Ada', passphrase: 'correct horse battery staple' },
  'office:get': undefined,
  'office:provision': sampleOfficeInput,
  'office:file-to-save': { fileName: 'pjsip.conf' },
  'office:remove': undefined,
  'greetings:store-recording': {
    content: encodeWav({ sampleRate: 16000, samples: new Int16Array(16000) }).toString('base64'),
  },
  'greetings:get-recording': { id: '0123456789abcdef0123456789abcdef' },
  'voicemail:list': { offset: 0, limit: 50 },
  'voicemail:get-audio': { id: sampleRecordingSid },
  'voicemail:set-played': { id: sampleRecordingSid, played: true },
  'voicemail:remove': { id: sampleRecordingSid },
  'messages:list-conversations': { offset: 0, limit: 50, includeBlocked: false },
  'messages:thread': {
    remoteNumber: '+15125550123',
    before: { at: 1_700_000_100_000, id: sampleMessageSid },
    limit: 100,
  },
  'messages:send': { to: '+1 512 555 0123', body: 'On my way' },
  'messages:mark-read': { remoteNumber: '+15125550123' },
  'messages:get-media': { id: 'ME0123456789abcdef0123456789abcdef' },
  'inbox:search': { query: 'friday', limit: 20 },
  'inbox:get-status': undefined,
  'inbox:sync-now': undefined,
};

/** One valid answer per invoke channel, for handler stubs. */
export const validOutputs: { readonly [C in InvokeChannel]: InvokeOutput<C> } = {
  'app:get-info': sampleAppInfo,
  'updates:get': { status: 'ready', version: '1.4.0' },
  'updates:restart': null,
  'settings:get': defaultSettings,
  'settings:update': { ...defaultSettings, defaultCountry: 'GB', theme: 'dark', microphones: ['Headset Mic'] },
  'settings:get-hotkey-status': {
    hotkeyAnswer: 'active',
    hotkeyHangUp: 'taken',
    hotkeyMute: 'off',
    hotkeyDoNotDisturb: 'refused',
    hotkeyRedial: 'active',
    hotkeyCallBack: 'off',
  },
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
  'calls:transfer': null,
  'calls:complete-transfer': null,
  'calls:merge': null,
  'calls:split': null,
  'calls:set-recording': null,
  'calls:price-per-minute': { kind: 'priced', price: { perMinute: 0.043, currency: 'USD' } },
  'billing:get-balance': { kind: 'known', balance: { amount: 20, currency: 'USD' } },
  'audio:connect': { answerSdp: 'v=0\r\no=- 2 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' },
  'audio:disconnect': null,
  'contacts:search': { total: 1, items: [sampleContactListItem] },
  'contacts:get': sampleContact,
  'contacts:save': sampleContact,
  'contacts:remove': null,
  'contacts:merge-suggestions': [
    {
      number: '+15125550123',
      contacts: [sampleContactListItem, { ...sampleContactListItem, id: sampleOtherContactId, favourite: false }],
    },
  ],
  'contacts:merge': sampleContact,
  'contacts:import-preview': { contacts: [sampleContactDraft], total: 1, report: sampleImportReport },
  'contacts:import': sampleImportReport,
  'contacts:export-vcard': { vcard: sampleVcard },
  'history:list': { total: 1, items: [sampleHistoryEntry] },
  'history:remove': null,
  'history:clear': null,
  'history:mark-seen': null,
  'history:recordings': [{ id: sampleRecordingSid, createdAt: 1_700_000_030_000, durationSeconds: 12 }],
  'history:recording-audio': { contentType: 'audio/mpeg', base64: 'SUQz' },
  'history:call-cost': { kind: 'priced', cost: { amount: 0.013, currency: 'USD' } },
  'history:month-cost': [{ amount: 0.013, currency: 'USD', calls: 1 }],
  'setup:get': sampleSetupState,
  'setup:go-to': sampleSetupState,
  'setup:dismiss': sampleSetupState,
  'setup:connect-twilio': sampleSetupState,
  'setup:create-api-key': sampleSetupState,
  'setup:set-edge': sampleSetupState,
  'setup:list-owned-numbers': { items: [sampleOwnedNumber], problem: sampleTwilioProblem },
  'setup:search-numbers': { items: [sampleAvailableNumber], problem: null },
  'setup:choose-number': sampleSetupState,
  'setup:provision': sampleSetupState,
  'setup:set-allowed-countries': sampleSetupState,
  'setup:import-invitation': {
    account: { ...sampleAccountSummary, provider: 'twilio', sipAddress: 'alice@dialtone-ab12.sip.twilio.com' },
    updated: false,
    inviterName: 'Ada Lovelace',
    phoneNumber: '+15125550100',
  },
  'setup:remove-from-twilio': {
    removed: [{ id: 'setup.removedSipDomain', values: { name: 'dialtone-15125550100-k3x9.sip.twilio.com' } }],
    leftInPlace: [
      {
        id: 'setup.leftApiKey',
        values: { friendlyName: 'Dialtone on desk', sid: 'SK0123456789abcdef0123456789abcdef' },
      },
    ],
    problem: null,
  },
  'setup:set-voicemail-greeting': sampleSetupState,
  'setup:set-call-handling': sampleSetupState,
  'setup:send-routing-again': sampleSetupState,
  'greetings:store-recording': { id: '0123456789abcdef0123456789abcdef', seconds: 3.5 },
  'greetings:get-recording': { contentType: 'audio/wav', base64: 'UklGRg==' },
  'setup:check-routing': sampleSetupState,
  'team:add-member': { setup: sampleSetupState, problem: null },
  'team:remove-member': { setup: sampleSetupState, problem: sampleTwilioProblem },
  'team:set-default-caller-id': { setup: sampleSetupState, problem: null },
  'team:add-ring-group': { setup: sampleSetupState, problem: null },
  'team:remove-ring-group': { setup: sampleSetupState, problem: sampleTwilioProblem },
  'team:export-invitation': { file: '{"format":"dialtone-invite"}', code: sampleInvitationCode },
  'office:get': sampleOfficeState,
  'office:provision': sampleOfficeState,
  'office:file-to-save': {
    fileName: 'firewall-notes.txt',
    description: words('office.fileFirewallNotes'),
    content: 'Twilio’s SIP signalling addresses for this edge:\n',
    notes: [[words('office.firewallAddresses')]],
  },
  'office:remove': {
    removed: [words('office.removedTrunk', { domain: 'dialtone-15125550100-k3x9.pstn.twilio.com' })],
    problem: null,
  },
  'voicemail:list': { total: 1, unplayed: 1, items: [sampleVoicemail] },
  'voicemail:get-audio': {
    contentType: 'audio/mpeg',
    base64: 'SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU4Ljc2LjEwMAAAAAAAAAAAAAAA',
  },
  'voicemail:set-played': null,
  'voicemail:remove': null,
  'messages:list-conversations': {
    total: 1,
    unread: 0,
    blocked: 0,
    items: [
      {
        remoteNumber: '+15125550123',
        contactId: sampleContactId,
        contactName: 'Bob Example',
        lastMessage: {
          preview: 'See you Friday',
          withMedia: false,
          at: 1_700_000_100_000,
          direction: 'outgoing',
          status: 'undelivered',
        },
        unread: 0,
      },
    ],
  },
  'messages:thread': { items: [sampleMessage], hasOlder: false },
  'messages:send': { ...sampleMessage, status: 'queued', errorCode: null },
  'messages:mark-read': null,
  'messages:get-media': { contentType: 'image/png', base64: 'iVBORw0KGgo=' },
  'inbox:search': {
    items: [
      {
        kind: 'voicemail',
        id: sampleRecordingSid,
        remoteNumber: '+15125550123',
        contactName: 'Bob Example',
        at: 1_700_000_000_000,
        snippet: 'Call me back about Friday.',
      },
    ],
  },
  'inbox:get-status': sampleInboxStatus,
  'inbox:sync-now': sampleInboxStatus,
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
