import { join } from 'node:path';
import type { AppInfo } from '../shared/models/app-info';
import { dialtoneRingSeconds } from '../shared/models/call-handling-names';
import { hotkeysUnavailable, type HotkeyStatus } from '../shared/models/hotkey-status';
import { preferredAppLanguage } from '../shared/models/language';
import { createAccountQueries } from './db/queries/account-queries';
import { createCallQueries } from './db/queries/call-queries';
import { createContactQueries } from './db/queries/contact-queries';
import { createContactSearchQueries } from './db/queries/contact-search-queries';
import { createSettingsQueries } from './db/queries/settings-queries';
import { openDatabase } from './db/open-database';
import { inTransaction } from './db/sqlite';
import { accountHandlers } from './ipc/accounts.ipc';
import { appHandlers } from './ipc/app.ipc';
import { createContractRouter } from './ipc/contract-router';
import { settingsHandlers } from './ipc/settings.ipc';
import type { Logger } from './logging/logger';
import type { SecretStore } from './secrets/secret-store';
import { createAccountService } from './services/account-service';
import { createEventBus, type EventBus } from './services/event-bus';
import { updateHandlers } from './ipc/updates.ipc';
import { noUpdates, type AppUpdates } from './updates/update-policy';
import { createRegistrationStatus, idleStateFor } from './services/registration-status';
import { createSettingsService, type LoginItem } from './services/settings-service';
import { callPriceHandlers } from './ipc/call-price.ipc';
import { callHandlers } from './ipc/calls.ipc';
import { audioHandlers } from './ipc/audio.ipc';
import { createAudioService } from './services/audio-service';
import { createMediaSession } from './media/media-session';
import { startSipPhone } from './sip/engine/sip-phone';
import { createCallService } from './services/call-service';
import { createBalanceService } from './services/balance-service';
import { createCallCostService } from './services/call-cost-service';
import { createCallPriceQueries } from './db/queries/call-price-queries';
import { createCallPriceService } from './services/call-price-service';
import { createCallRecordingService } from './services/call-recording-service';
import { createLineService } from './services/line-service';
import { followActiveAccount } from './services/active-account';
import { watchNetwork } from './services/network-watch';
import { loadSoundTestAudio } from './services/sound-test/sound-test-audio';
import { SoundTestCall } from './services/sound-test/sound-test-call';
import { parseContactsFile } from './contacts-import/parse-contacts-file';
import { contactHandlers } from './ipc/contacts.ipc';
import { historyHandlers } from './ipc/history.ipc';
import { createContactService } from './services/contact-service';
import { createHistoryService } from './services/history-service';
import { createSetupProgressQueries } from './db/queries/setup-progress-queries';
import { setupHandlers } from './ipc/setup.ipc';
import { teamHandlers } from './ipc/team.ipc';
import { createTeamService } from './services/team/team-service';
import { invitationHandlers } from './ipc/invitations.ipc';
import { createInvitationImportService } from './services/team/invitation-import-service';
import { greetingHandlers } from './ipc/greetings.ipc';
import { createSetupService } from './services/setup/setup-service';
import { createDoNotDisturbSwitch } from './services/setup/do-not-disturb-switch';
import { localTimeZone, suggestEdge } from './services/setup/suggest-edge';
import type { SipProxyOverride } from './services/setup/twilio-line-fields';
import { twilioCloud, type TwilioEndpoints } from './twilio/endpoints';
import { loadRoutingFunctions } from './twilio/routing-functions';
import { generateSipPassword } from './twilio/sip-password';
import { createInboxSearchQueries } from './db/queries/inbox-search-queries';
import { createMessageQueries } from './db/queries/message-queries';
import { createSyncCursorQueries } from './db/queries/sync-cursor-queries';
import { createVoicemailQueries } from './db/queries/voicemail-queries';
import { inboxHandlers } from './ipc/inbox.ipc';
import { createInboxFiles } from './services/inbox/inbox-files';
import { createGreetingRecordings } from './services/setup/greeting-recordings';
import { createInboxService } from './services/inbox/inbox-service';
import { followInboxTriggers } from './services/inbox/inbox-triggers';
import { twilioInboxLine } from './services/inbox/twilio-inbox-line';
import { createSetupSecrets } from './services/setup/setup-secrets';
import { createOfficeTrunkQueries } from './db/queries/office-trunk-queries';
import { officeHandlers } from './ipc/office.ipc';
import { createOfficeTrunkService } from './services/office/office-trunk-service';

export interface BackendOptions {
  dataDir: string;
  secrets: SecretStore;
  loginItem: LoginItem;
  logger: Logger;
  info: AppInfo;
  /** Where assets/ is: the sound test's prompt and beep, the Twilio Functions the setup deploys. */
  assetsDir: string;
  /** The desktop app's self-update, over the backend's events and calls; other shells have none. */
  updates?: (context: { events: EventBus; callUp: () => boolean }) => AppUpdates;
  /** How the desktop app's system-wide shortcuts registered; other shells have none. */
  hotkeyStatus?: () => HotkeyStatus;
  /** The system's preferred languages (a language setting of 'system' follows them); none means English. */
  systemLanguages?: () => readonly string[];
  /** Tests only: a Twilio test double instead of the cloud, and the lab registrar instead of Twilio's edge. */
  twilio?: { endpoints: TwilioEndpoints; sipProxyOverride: SipProxyOverride | null };
}

/** twilio-node and serverless-api load with the first setup step that talks to Twilio, not at start-up. */
const twilioEngine = () => import('./twilio/twilio-engine');
/** The inbox needs twilio-node only, not serverless-api: its sync starts with the app when a line exists. */
const inboxApi = () => import('./twilio/inbox-api');

export const databaseFileName = 'dialtone.sqlite';

/**
 * Builds every main-process service and the contract router over them. Both shells call this:
 * the Electron main process and the browser shell, so they can never diverge.
 * Throws DatabaseOpenError when the database must be refused.
 */
export async function createBackend(options: BackendOptions) {
  const { dataDir, secrets, loginItem, logger, info } = options;
  const db = openDatabase(join(dataDir, databaseFileName));
  const events = createEventBus();
  const settings = createSettingsService({
    queries: createSettingsQueries(db),
    events,
    loginItem,
    logger: logger.child('settings'),
  });
  const accounts = createAccountService({ queries: createAccountQueries(db), secrets, events });
  const registration = createRegistrationStatus(events, idleStateFor(await accounts.list()));
  const transaction = <T>(work: () => T): T => inTransaction(db, work);
  const defaultCountry = () => settings.get().defaultCountry;
  /** The language of what main itself shows: notifications, dialogs, the tray. */
  const language = () => preferredAppLanguage(settings.get().language, options.systemLanguages?.() ?? []);
  const callQueries = createCallQueries(db);
  const contacts = createContactService({
    contacts: createContactQueries(db),
    search: createContactSearchQueries(db),
    calls: callQueries,
    transaction,
    events,
    defaultCountry,
    parseContactsFile,
  });
  const history = createHistoryService({
    calls: callQueries,
    transaction,
    events,
    logger: logger.child('history'),
    defaultCountry,
    matchNumber: contacts.matchNumber,
    matchSipAddress: contacts.matchSipAddress,
    activeAccountId: () => {
      const state = registration.get();
      return state.status === 'no-account' ? null : state.accountId;
    },
  });
  const line = createLineService({
    registration,
    logger: logger.child('line'),
    startPhone: startSipPhone,
    createMedia: (mediaOptions) => createMediaSession(mediaOptions, logger.child('media')),
    onIncomingCall: (call) => calls.incoming(call),
  });
  // Its line and setup come later in this function: only asked for once calls are under way.
  const callRecording = createCallRecordingService({
    line: () => inboxLine.line(),
    recordingMode: () => {
      const { accountId, callHandling } = setup.get();
      const active = registration.get();
      const onTwilioLine = accountId !== null && active.status !== 'no-account' && active.accountId === accountId;
      return onTwilioLine ? callHandling.recording.mode : null;
    },
    callerAddress: async () => {
      const { accountId } = setup.get();
      const account = (await accounts.list()).find((candidate) => candidate.id === accountId);
      return account ? `sip:${account.sipAddress}` : null;
    },
    rememberCallSid: (callId, callSid) => callQueries.recordTwilioCallSid(callId, callSid),
    callSidOfHistoryRow: (id) => callQueries.get(id)?.twilioCallSid ?? null,
    logger: logger.child('call-recording'),
  });
  const calls = createCallService({
    line,
    events,
    logger: logger.child('calls'),
    startSoundTest: async () => new SoundTestCall(await loadSoundTestAudio(options.assetsDir)),
    history: history.recorder,
    contactNameFor: (call) => history.contactFor(call)?.name ?? null,
    recording: callRecording,
  });
  const audio = createAudioService({ calls, events, logger: logger.child('audio') });
  const callUp = () => calls.list().some((call) => call.state !== 'ended');
  const updates = options.updates?.({ events, callUp }) ?? noUpdates('browser-shell');
  const endpoints = options.twilio?.endpoints ?? twilioCloud;
  const greetingRecordings = createGreetingRecordings(dataDir);
  const setup = createSetupService({
    progress: createSetupProgressQueries(db),
    secrets,
    events,
    accounts,
    logger: logger.child('setup'),
    endpoints,
    sipProxyOverride: options.twilio?.sipProxyOverride ?? null,
    suggestedEdge: suggestEdge(localTimeZone()),
    connect: async (credentials, endpoints) =>
      (await twilioEngine()).connectTwilio(credentials, endpoints, { logger: logger.child('twilio') }),
    provision: {
      loadFunctions: () => loadRoutingFunctions(options.assetsDir),
      greetingAssets: (recordings) => greetingRecordings.assets(recordings),
      generatePassword: generateSipPassword,
      provisionPhoneLine: async (...args) => (await twilioEngine()).provisionPhoneLine(...args),
      updateRoutingChoices: async (...args) => (await twilioEngine()).updateRoutingChoices(...args),
      remove: async (...args) => (await twilioEngine()).removeDialtone(...args),
      ringTimeoutSeconds: dialtoneRingSeconds,
    },
  });
  const team = createTeamService({ setup, secrets });
  const office = createOfficeTrunkService({
    queries: createOfficeTrunkQueries(db),
    secrets,
    events,
    accounts,
    logger: logger.child('office'),
    endpoints,
    setup: () => setup.get(),
    connect: async (credentials, endpoints) =>
      (await twilioEngine()).connectTwilio(credentials, endpoints, { logger: logger.child('twilio') }),
    provisionTrunk: async (...args) => (await twilioEngine()).provisionTrunk(...args),
    removeTrunk: async (...args) => (await twilioEngine()).removeTrunk(...args),
    generatePassword: generateSipPassword,
  });
  const invitations = createInvitationImportService({
    accounts,
    sipProxyOverride: options.twilio?.sipProxyOverride ?? null,
    nearestEdge: suggestEdge(localTimeZone()),
  });
  const inboxLine = twilioInboxLine({
    setupState: () => setup.get(),
    credentials: () => createSetupSecrets(secrets).credentials(),
    connect: async (credentials, at) => (await inboxApi()).connectInbox(credentials, at),
    endpoints,
  });
  const callPrices = createCallPriceService({
    // Only calls on the Twilio line have a price Dialtone can tell; another SIP account's calls show none.
    line: async () => {
      const { accountId } = setup.get();
      const active = registration.get();
      return active.status !== 'no-account' && active.accountId === accountId ? inboxLine.line() : null;
    },
    now: Date.now,
    logger: logger.child('call-price'),
  });
  const balance = createBalanceService({
    line: () => inboxLine.line(),
    now: Date.now,
    logger: logger.child('balance'),
  });
  const callCosts = createCallCostService({
    line: () => inboxLine.line(),
    prices: createCallPriceQueries(db),
    callSidOfHistoryRow: (id) => callQueries.get(id)?.twilioCallSid ?? null,
    now: Date.now,
    logger: logger.child('call-cost'),
  });
  const inbox = createInboxService({
    voicemails: createVoicemailQueries(db),
    messages: createMessageQueries(db),
    cursors: createSyncCursorQueries(db),
    search: createInboxSearchQueries(db),
    transaction,
    files: createInboxFiles(dataDir),
    events,
    logger: logger.child('inbox'),
    line: inboxLine.line,
    matchNumber: contacts.matchNumber,
    defaultCountry,
    blockedCallers: () => setup.get().callHandling.blockedCallers,
    deleteFromTwilio: () => settings.get().deleteVoicemailFromTwilio,
    language,
  });
  const stopInboxTriggers = followInboxTriggers(events, {
    missedCall: inbox.missedCall,
    syncNow: inbox.syncNow,
    setupChanged: () => {
      inboxLine.forget();
      balance.forget();
      inbox.setupChanged();
    },
  });
  inbox.start();
  const stopWatchingNetwork = watchNetwork(() => line.networkChanged());
  const activeLine = followActiveAccount({ accounts, line, registration, events, logger: logger.child('accounts') });

  const router = createContractRouter(
    {
      ...settingsHandlers(settings, options.hotkeyStatus ?? (() => hotkeysUnavailable)),
      ...accountHandlers(accounts),
      ...appHandlers(info, registration),
      ...updateHandlers(updates),
      ...callHandlers(calls),
      ...callPriceHandlers(callPrices, balance, callCosts),
      ...audioHandlers(audio),
      ...contactHandlers(contacts),
      ...historyHandlers(history, callRecording),
      ...setupHandlers(setup),
      ...teamHandlers(team),
      ...officeHandlers(office),
      ...invitationHandlers(invitations),
      ...greetingHandlers(greetingRecordings),
      ...inboxHandlers(inbox),
    },
    logger.child('ipc'),
  );

  return {
    router,
    events,
    settings,
    language,
    registration,
    line,
    calls,
    contacts,
    history,
    inbox,
    /** The tray's and the global shortcut's one way to switch do not disturb. */
    doNotDisturb: createDoNotDisturbSwitch(setup, logger.child('do-not-disturb')),
    /** Hangs up, un-REGISTERs and closes the database; closing twice is harmless. */
    async close(): Promise<void> {
      activeLine.stop();
      stopInboxTriggers();
      await inbox.stop();
      stopWatchingNetwork();
      await audio.close();
      await calls.hangUpAll();
      await line.stop();
      setup.stop();
      office.stop();
      if (db.isOpen) db.close();
    },
  };
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;
