import type { InboxMedia } from '../../shared/models/inbox';
import type { MessageStatus } from '../../shared/models/messages';
import { createLogger, type Logger } from '../logging/logger';
import type { TwilioEndpoints } from './endpoints';
import { callRecordingInbox, type CallRecordingApi } from './inbox-api-call-recordings';
import { downloadMedia } from './inbox-api-media';
import { voicePricingInbox, type VoicePricingApi } from './inbox-api-pricing';
import { messageInbox } from './inbox-api-messages';
import { voicemailInbox } from './inbox-api-voicemail';
import { createStepRunner } from './provisioning-api';
import { createRestClient, defaultRequestTimeoutMs, defaultRetry, type TwilioRestClient } from './rest-client';
import type { ConnectOptions } from './twilio-account-api';
import type { TwilioCredentials } from './twilio-credentials';

export interface RemoteVoicemail {
  sid: string;
  callSid: string | null;
  /** The caller as Twilio gave it: E.164, or a word such as "Anonymous" ("Unknown" when Twilio gave none). */
  from: string;
  to: string | null;
  createdAt: number;
  durationSeconds: number;
}

export interface RemoteTranscription {
  sid: string;
  recordingSid: string;
  /** When Twilio made it (after its recording); null when Twilio did not say. */
  createdAt: number | null;
  state: 'transcribing' | 'completed' | 'failed';
  text: string | null;
}

export interface RemoteMessage {
  sid: string;
  direction: 'incoming' | 'outgoing';
  from: string;
  to: string;
  body: string;
  at: number;
  status: MessageStatus;
  errorCode: number | null;
  mediaCount: number;
}

/** audio/x-wav arrives as audio/wav; any type Dialtone does not keep is refused before its bytes are read. */
export interface DownloadedMedia {
  contentType: InboxMedia['contentType'];
  bytes: Buffer;
}

export type SendOutcome = { sent: RemoteMessage } | { refused: { code: number | null; message: string } };

/** Every failure is a TwilioProblemError (words and what to do, no secret in them). */
export interface InboxApi extends CallRecordingApi, VoicePricingApi {
  /** Voicemail (Recordings with source RecordVerb) on calls to `number`, created on or after `since`, newest first, a page at a time. */
  voicemailPages(number: string, since: Date | null, pageSize?: number): AsyncGenerator<RemoteVoicemail[]>;
  /** None when the recording is gone. */
  transcriptionsOf(recordingSid: string): Promise<RemoteTranscription[]>;
  /** The account's transcriptions, newest first, a page at a time: for many pending ones at once. */
  transcriptionPages(pageSize?: number): AsyncGenerator<RemoteTranscription[]>;
  /** The MP3, or null when Twilio no longer has the recording. */
  recordingAudio(recordingSid: string): Promise<DownloadedMedia | null>;
  /** Deletes the recording's transcriptions, then the recording; already gone counts as done. */
  deleteVoicemail(recordingSid: string): Promise<void>;
  messagePages(
    filter: { to: string } | { from: string },
    since: Date | null,
    pageSize?: number,
  ): AsyncGenerator<RemoteMessage[]>;
  fetchMessage(sid: string): Promise<RemoteMessage>;
  /** Twilio's 4xx refusal of this message (21610, 21408, 21211, ...) is an outcome; network or sign-in failures throw. */
  sendMessage(message: { from: string; to: string; body: string }): Promise<SendOutcome>;
  /** None when the message is gone. Check a type with keptMediaType (shared/models/inbox) before downloading: mediaContent refuses others. */
  mediaOf(messageSid: string): Promise<{ sid: string; contentType: string }[]>;
  /** The picture, or null when Twilio no longer has it. */
  mediaContent(messageSid: string, mediaSid: string): Promise<DownloadedMedia | null>;
}

/** What the voicemail and message halves of the API share. */
export interface InboxConnection {
  rest: TwilioRestClient;
  logger: Logger;
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** https://api.twilio.com/2010-04-01/Accounts/{AC} */
  accountUrl: string;
  download(url: string): Promise<DownloadedMedia>;
}

export function connectInbox(
  credentials: TwilioCredentials,
  endpoints: TwilioEndpoints,
  options: ConnectOptions = {},
): InboxApi {
  const logger = (options.logger ?? createLogger(() => undefined)).child('twilio-inbox');
  const retry = options.retry ?? defaultRetry;
  const timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
  const connection: InboxConnection = {
    rest: createRestClient(credentials, endpoints, retry, timeoutMs),
    logger,
    step: createStepRunner(logger, [credentials.password]),
    accountUrl: `https://api.twilio.com/2010-04-01/Accounts/${encodeURIComponent(credentials.accountSid)}`,
    download: (url) => downloadMedia(url, { credentials, endpoints, retry, timeoutMs }),
  };
  return {
    ...voicemailInbox(connection),
    ...messageInbox(connection),
    ...callRecordingInbox(connection),
    ...voicePricingInbox(connection),
  };
}
