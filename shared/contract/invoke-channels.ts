import { callHandlingSchema } from '../models/call-handling';
import { z } from 'zod';
import { accountIdSchema, accountSummarySchema, saveAccountInputSchema } from '../models/account';
import { appInfoSchema } from '../models/app-info';
import { appUpdateSchema } from '../models/app-update';
import {
  contactDraftSchema,
  contactIdSchema,
  contactListItemSchema,
  contactSchema,
  importFormats,
  importReportSchema,
} from '../models/contact';
import {
  greetingRecordingIdSchema,
  greetingRecordingUploadSchema,
  storedGreetingRecordingSchema,
} from '../models/greeting-recording';
import { historyEntrySchema, historyFilters } from '../models/history';
import { e164Schema } from '../models/e164';
import { addTeamMemberSchema, ringGroupSchema, teamUsernameSchema } from '../models/team';
import {
  officeConfigFileNameSchema,
  officeConfigFileSchema,
  officeTrunkInputSchema,
  officeTrunkRemovalSchema,
  officeTrunkStateSchema,
} from '../models/office-trunk';
import {
  importedInvitationSchema,
  invitationExportInputSchema,
  invitationImportInputSchema,
  sealedInvitationSchema,
} from '../models/line-invitation';
import { callRecordingSchema, recordingSidSchema, recordingsPerCallShown } from '../models/call-recording';
import {
  balanceAnswerSchema,
  callCostSchema,
  callPriceAnswerSchema,
  callPriceRequestSchema,
  monthCostSchema,
} from '../models/call-price';
import { inboxMediaSchema, inboxSearchHitSchema, inboxStatusSchema, inboxTextLimits } from '../models/inbox';
import { conversationSchema, messageSchema, messageSendLimit, threadCursorSchema } from '../models/messages';
import { voicemailSchema } from '../models/voicemail';
import { hotkeyStatusSchema } from '../models/hotkey-status';
import {
  callIdSchema,
  callQualitySchema,
  callSnapshotSchema,
  dialTargetSchema,
  transferTargetSchema,
  dtmfDigitsSchema,
} from '../models/call';
import { registrationStateSchema } from '../models/registration';
import { settingsPatchSchema, settingsSchema } from '../models/settings';
import {
  allowedCountriesSchema,
  availableNumberSchema,
  numberChoiceSchema,
  numberSearchSchema,
  ownedNumberSchema,
  removalReportSchema,
  setupStateSchema,
  setupSteps,
  twilioCredentialsInputSchema,
  twilioEdges,
  twilioProblemSchema,
  voicemailGreetingSchema,
} from '../models/twilio-setup';

/** Channels that carry no payload accept nothing at all: not {}, not null. */
const noPayload = z.undefined();
const callRef = z.strictObject({ callId: callIdSchema });
const sdpSchema = z.string().min(10).max(20_000);
const contactRef = z.strictObject({ id: contactIdSchema });
const sidRef = z.strictObject({ id: z.string().min(1).max(64) });
const remoteNumber = z.string().min(1).max(inboxTextLimits.remoteNumber);
const page = { offset: z.number().int().nonnegative().max(10_000_000), limit: z.number().int().min(1).max(500) };
/** A change to the team: the setup state either way, and Twilio's answer when it refused. */
const teamResultSchema = z.strictObject({ setup: setupStateSchema, problem: twilioProblemSchema.nullable() });
/** A contacts file's text (vCard 3.0/4.0, or CSV from Google Contacts or Outlook) with the CSV column mapping. */
const importInput = z.strictObject({
  format: z.enum(importFormats),
  content: z.string().max(50_000_000),
  columns: z.record(z.string().max(100), z.string().max(100)).optional(),
});

/**
 * Every request the renderer can make of the main process. Channel names are domain verbs;
 * no channel ever returns a secret (the renderer learns only whether one is set).
 */
export const invokeChannels = {
  'app:get-info': { input: noPayload, output: appInfoSchema },
  /** Where the self-update stands (downloaded in the background; the browser shell has none). */
  'updates:get': { input: noPayload, output: appUpdateSchema },
  /** Installs the downloaded update and restarts; refused during a call or before one is ready. */
  'updates:restart': { input: noPayload, output: z.null() },
  'settings:get': { input: noPayload, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsSchema },
  /** Whether each system-wide shortcut works now, or why not (taken by another app, refused). */
  'settings:get-hotkey-status': { input: noPayload, output: hotkeyStatusSchema },
  'accounts:list': { input: noPayload, output: z.array(accountSummarySchema).max(100) },
  'accounts:save': { input: saveAccountInputSchema, output: accountSummarySchema },
  'accounts:remove': { input: z.strictObject({ id: accountIdSchema }), output: z.null() },
  'registration:get': { input: noPayload, output: registrationStateSchema },
  'calls:list': { input: noPayload, output: z.array(callSnapshotSchema).max(20) },
  'calls:dial': { input: z.strictObject({ target: dialTargetSchema }), output: callSnapshotSchema },
  'calls:answer': { input: callRef, output: z.null() },
  'calls:decline': { input: callRef, output: z.null() },
  'calls:hang-up': { input: callRef, output: z.null() },
  'calls:set-hold': { input: z.strictObject({ callId: callIdSchema, hold: z.boolean() }), output: z.null() },
  'calls:set-mute': { input: z.strictObject({ callId: callIdSchema, muted: z.boolean() }), output: z.null() },
  'calls:send-dtmf': { input: z.strictObject({ callId: callIdSchema, digits: dtmfDigitsSchema }), output: z.null() },
  'calls:get-quality': { input: callRef, output: callQualitySchema },
  /** Blind transfer (REFER) of a connected call; progress and failure arrive on its snapshot. */
  'calls:transfer': { input: z.strictObject({ callId: callIdSchema, target: transferTargetSchema }), output: z.null() },
  /** Attended transfer: hands the held call to the person on the consultation call (not on Twilio lines). */
  'calls:complete-transfer': {
    input: z.strictObject({ callId: callIdSchema, consultationCallId: callIdSchema }),
    output: z.null(),
  },
  /** 3-way call: merges a connected call with another (a held one), both off hold, mixed in Dialtone. */
  'calls:merge': { input: z.strictObject({ callId: callIdSchema, otherCallId: callIdSchema }), output: z.null() },
  /** Takes this call out of its 3-way call to talk on it alone; the other party goes on hold. */
  'calls:split': { input: callRef, output: z.null() },
  /** Starts or stops recording the call at Twilio (on demand); the new state comes with calls:state-changed. */
  'calls:set-recording': { input: z.strictObject({ callId: callIdSchema, on: z.boolean() }), output: z.null() },
  /** Before dialling: what a call to this number costs per minute on the Twilio line (cached a day per prefix). */
  'calls:price-per-minute': { input: callPriceRequestSchema, output: callPriceAnswerSchema },
  /** The Twilio account's balance, for Settings and the low-balance note in the header. */
  'billing:get-balance': { input: noPayload, output: balanceAnswerSchema },
  /** The renderer's RTCPeerConnection offers (PCMU, loopback, ICE gathered); main's peer answers. */
  'audio:connect': {
    input: z.strictObject({ callId: callIdSchema, offerSdp: sdpSchema }),
    output: z.strictObject({ answerSdp: sdpSchema }),
  },
  'audio:disconnect': { input: callRef, output: z.null() },
  /** A page of contacts matching `query` (any part of a name, organisation or number), favourites first. */
  'contacts:search': {
    input: z.strictObject({ query: z.string().max(200), offset: page.offset, limit: page.limit }),
    output: z.strictObject({ total: z.number().int().nonnegative(), items: z.array(contactListItemSchema).max(500) }),
  },
  'contacts:get': { input: contactRef, output: contactSchema },
  'contacts:save': {
    input: z.strictObject({ id: contactIdSchema.optional(), contact: contactDraftSchema }),
    output: contactSchema,
  },
  'contacts:remove': { input: contactRef, output: z.null() },
  /** Pairs of contacts that share a number, to offer merging. */
  'contacts:merge-suggestions': {
    input: noPayload,
    output: z
      .array(z.strictObject({ number: z.string().max(20), contacts: z.array(contactListItemSchema).min(2).max(20) }))
      .max(200),
  },
  'contacts:merge': {
    input: z.strictObject({ keepId: contactIdSchema, mergeId: contactIdSchema }),
    output: contactSchema,
  },
  /** Parses a file's text without saving anything: what would be imported, and what would be skipped. */
  'contacts:import-preview': {
    input: importInput,
    output: z.strictObject({
      contacts: z.array(contactDraftSchema).max(50),
      total: z.number().int(),
      report: importReportSchema,
    }),
  },
  /** Imports in one transaction: a bad file imports nothing. */
  'contacts:import': { input: importInput, output: importReportSchema },
  'contacts:export-vcard': { input: noPayload, output: z.strictObject({ vcard: z.string().max(100_000_000) }) },
  'history:list': {
    input: z.strictObject({ filter: z.enum(historyFilters), offset: page.offset, limit: page.limit }),
    output: z.strictObject({ total: z.number().int().nonnegative(), items: z.array(historyEntrySchema).max(500) }),
  },
  'history:remove': { input: z.strictObject({ id: z.string().min(1).max(64) }), output: z.null() },
  'history:clear': { input: noPayload, output: z.null() },
  'history:mark-seen': { input: noPayload, output: z.null() },
  /** The finished recordings Twilio holds of a history row's call, oldest first; none off Twilio. */
  'history:recordings': {
    input: z.strictObject({ id: z.string().min(1).max(64) }),
    output: z.array(callRecordingSchema).max(recordingsPerCallShown),
  },
  /** A recording of that call, downloaded from Twilio for the player. */
  'history:recording-audio': {
    input: z.strictObject({ id: z.string().min(1).max(64), recordingId: recordingSidSchema }),
    output: inboxMediaSchema,
  },
  /** What a history row's call cost on the Twilio line: stored once Twilio priced it, "pending" until then. */
  'history:call-cost': { input: z.strictObject({ id: z.string().min(1).max(64) }), output: callCostSchema },
  /** This month's total of the calls with a known price, from stored prices (never asks Twilio). */
  'history:month-cost': { input: noPayload, output: monthCostSchema },

  /** Newest first, with the count of voicemails not played yet (tab badge, tray). */
  'voicemail:list': {
    input: z.strictObject({ offset: page.offset, limit: page.limit }),
    output: z.strictObject({
      total: z.number().int().nonnegative(),
      unplayed: z.number().int().nonnegative(),
      items: z.array(voicemailSchema).max(500),
    }),
  },
  /** The saved audio (downloaded on first play when the sync has not yet). */
  'voicemail:get-audio': { input: sidRef, output: inboxMediaSchema },
  'voicemail:set-played': { input: z.strictObject({ id: sidRef.shape.id, played: z.boolean() }), output: z.null() },
  /** Deletes the Recording and its Transcriptions on Twilio, then here. */
  'voicemail:remove': { input: sidRef, output: z.null() },
  /**
   * Conversations, the newest message first, with unread counts. Those with blocked senders are left out
   * unless `includeBlocked` (`blocked` counts them); `unread` never counts them.
   */
  'messages:list-conversations': {
    input: z.strictObject({ offset: page.offset, limit: page.limit, includeBlocked: z.boolean() }),
    output: z.strictObject({
      total: z.number().int().nonnegative(),
      unread: z.number().int().nonnegative(),
      blocked: z.number().int().nonnegative(),
      items: z.array(conversationSchema).max(500),
    }),
  },
  /** A page of one conversation, oldest first, ending just before `before` (the newest page without it). */
  'messages:thread': {
    input: z.strictObject({ remoteNumber, before: threadCursorSchema.nullable(), limit: page.limit }),
    output: z.strictObject({ items: z.array(messageSchema).max(500), hasOlder: z.boolean() }),
  },
  /**
   * Sends from the phone line's number. A refusal by Twilio (21610 opted out, 21408 region) comes back as
   * a failed message with its code; no connection to Twilio is an error, and nothing is stored.
   */
  'messages:send': {
    input: z.strictObject({ to: remoteNumber, body: z.string().min(1).max(messageSendLimit) }),
    output: messageSchema,
  },
  'messages:mark-read': { input: z.strictObject({ remoteNumber }), output: z.null() },
  /** A received MMS picture, downloaded by main with the account's credentials. */
  'messages:get-media': { input: sidRef, output: inboxMediaSchema },
  /** Message bodies and voicemail transcriptions containing every word of the query, newest first. */
  'inbox:search': {
    input: z.strictObject({ query: z.string().max(200), limit: page.limit }),
    output: z.strictObject({ items: z.array(inboxSearchHitSchema).max(500) }),
  },
  'inbox:get-status': { input: noPayload, output: inboxStatusSchema },
  /** Fetches new voicemail and messages from Twilio now. */
  'inbox:sync-now': { input: noPayload, output: inboxStatusSchema },
  /*
   * The first-run wizard that turns a Twilio account into a phone line. Every step answers the whole
   * setup state; a Twilio failure comes back in state.problem (code, message, what to do), not as an error.
   */
  'setup:get': { input: noPayload, output: setupStateSchema },
  /** Open the wizard at a step already reached (Back), or at welcome to start again; clears dismissed. */
  'setup:go-to': { input: z.strictObject({ step: z.enum(setupSteps) }), output: setupStateSchema },
  /** "Not now": the first-run wizard stays closed until opened from Settings. */
  'setup:dismiss': { input: noPayload, output: setupStateSchema },
  /** Checks the credentials with Twilio, then keeps them in the SecretStore only. */
  'setup:connect-twilio': { input: twilioCredentialsInputSchema, output: setupStateSchema },
  /** Creates an API key named for Dialtone, keeps it, and forgets the Auth Token. */
  'setup:create-api-key': { input: noPayload, output: setupStateSchema },
  'setup:set-edge': { input: z.strictObject({ edge: z.enum(twilioEdges) }), output: setupStateSchema },
  'setup:list-owned-numbers': {
    input: noPayload,
    output: z.strictObject({ items: z.array(ownedNumberSchema).max(1000), problem: twilioProblemSchema.nullable() }),
  },
  'setup:search-numbers': {
    input: numberSearchSchema,
    output: z.strictObject({ items: z.array(availableNumberSchema).max(100), problem: twilioProblemSchema.nullable() }),
  },
  /** Adopts a number on the account, or buys one (confirmPurchase); never buys a second one. */
  'setup:choose-number': { input: numberChoiceSchema, output: setupStateSchema },
  /** Creates (or finds) the SIP domain, credentials, routing, then saves and registers the phone line. */
  'setup:provision': { input: noPayload, output: setupStateSchema },
  /** The countries the line may call; saved at once, then sent to the routing on Twilio once it exists. */
  'setup:set-allowed-countries': {
    input: z.strictObject({ countries: allowedCountriesSchema }),
    output: setupStateSchema,
  },
  /** The words callers hear before leaving a message; saved at once, then sent to the routing on Twilio. */
  'setup:set-voicemail-greeting': {
    input: z.strictObject({ greeting: voicemailGreetingSchema }),
    output: setupStateSchema,
  },
  /**
   * Do not disturb, forwarding and the rest: saved at once, then sent to the routing on Twilio (a variable, no
   * build); state.routingSync follows the send. The greeting and the countries go the same way.
   */
  'setup:set-call-handling': { input: callHandlingSchema, output: setupStateSchema },
  /** "Try again": sends the saved greeting, countries and call handling to the routing on Twilio. */
  'setup:send-routing-again': { input: noPayload, output: setupStateSchema },
  /** "Check with Twilio": reads the routing's variables (one request); state.routingCheck lists what differs. */
  'setup:check-routing': { input: noPayload, output: setupStateSchema },
  /**
   * "I was invited": opens an invitation (code or file text) with its passphrase and saves the line as an
   * account; one with the same SIP address is updated (updated: true). The line's password stays in main.
   */
  'setup:import-invitation': { input: invitationImportInputSchema, output: importedInvitationSchema },
  /** Deletes what Dialtone created on the Twilio account; the number only with releaseNumber. */
  'setup:remove-from-twilio': {
    input: z.strictObject({ releaseNumber: z.boolean() }),
    output: removalReportSchema,
  },
  /**
   * A person joins the line's SIP domain: a credential on the line's list, their number (if any) sent to the
   * routing, and the team saved and sent to the routing's variables. Twilio's refusal comes as `problem`.
   */
  'team:add-member': { input: addTeamMemberSchema, output: teamResultSchema },
  /** Deletes the person's credential, gives their number its old routing back, and takes them out of the team. */
  'team:remove-member': { input: z.strictObject({ username: teamUsernameSchema }), output: teamResultSchema },
  /** The caller ID of people without a number calling the phone network; null: they cannot call it. */
  'team:set-default-caller-id': {
    input: z.strictObject({ phoneNumber: e164Schema.nullable() }),
    output: teamResultSchema,
  },
  /**
   * One of the account's numbers rings the chosen people of the team (the line's owner included) at once, then
   * takes a message: its VoiceUrl is pointed at the routing, and the group is sent to the routing's variables.
   */
  'team:add-ring-group': { input: ringGroupSchema, output: teamResultSchema },
  /** Takes the group out of the routing and gives its number the voice routing it had before. */
  'team:remove-ring-group': { input: z.strictObject({ phoneNumber: e164Schema }), output: teamResultSchema },
  /**
   * The person's line sealed with a passphrase (AES-256-GCM, key from scrypt): a file and a code to send them.
   * Only the sealed form leaves main; the passphrase is told to them another way.
   */
  'team:export-invitation': { input: invitationExportInputSchema, output: sealedInvitationSchema },
  /*
   * An office phone system connected to Twilio through an Elastic SIP trunk, with the Twilio account the setup
   * connected. Every answer is the whole office state; a Twilio failure comes back in state.problem.
   */
  'office:get': { input: noPayload, output: officeTrunkStateSchema },
  /** Creates (or finds) the trunk, its termination credentials and address, the origination URL, and moves the number. */
  'office:provision': { input: officeTrunkInputSchema, output: officeTrunkStateSchema },
  /** One generated file with the real passwords in it, asked for by Save only (state.files has placeholders). */
  'office:file-to-save': {
    input: z.strictObject({ fileName: officeConfigFileNameSchema }),
    output: officeConfigFileSchema,
  },
  /** Deletes the trunk and its lists, gives the number its routing back, and forgets the trunk here. */
  'office:remove': { input: noPayload, output: officeTrunkRemovalSchema },
  /**
   * A greeting recorded (or chosen as a file) and encoded as a WAV in the renderer: checked and kept on this
   * computer. It reaches Twilio when a greeting uses its id (setup:set-call-handling, greetingRecordings).
   */
  'greetings:store-recording': { input: greetingRecordingUploadSchema, output: storedGreetingRecordingSchema },
  /** A kept recording's audio, for Listen. */
  'greetings:get-recording': {
    input: z.strictObject({ id: greetingRecordingIdSchema }),
    output: inboxMediaSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['output']>;
