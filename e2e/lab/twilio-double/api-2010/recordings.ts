import { dateFilter, newestFirst } from '../date-filters';
import { notFound } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import type { RecordingRecord } from '../state';
import { accountBase } from './accounts';

/** The fields a Recording has in every answer: the account's Recordings and a call's. */
export function recordingFields(record: RecordingRecord) {
  return {
    account_sid: record.accountSid,
    api_version: '2010-04-01',
    call_sid: record.callSid,
    conference_sid: null,
    date_created: rfc2822(record.dateCreated),
    date_updated: rfc2822(record.dateUpdated),
    start_time: rfc2822(record.startTime),
    // Twilio tells the length once the recording is done.
    duration: record.status === 'completed' ? String(record.seconds) : null,
    sid: record.sid,
    // Twilio fills the price in some time after the recording completes.
    price: null,
    price_unit: 'USD',
    status: record.status,
    channels: record.channels,
    source: record.source,
    error_code: null,
    encryption_details: null,
  };
}

export function recordingJson(record: RecordingRecord) {
  const base = `/2010-04-01/Accounts/${record.accountSid}/Recordings/${record.sid}`;
  return {
    ...recordingFields(record),
    uri: `${base}.json`,
    subresource_uris: {
      add_on_results: `${base}/AddOnResults.json`,
      transcriptions: `${base}/Transcriptions.json`,
    },
    media_url: `https://api.twilio.com${base}`,
  };
}

export function findRecording(context: Context, sid = context.params.Sid): RecordingRecord {
  const found = context.store.recordings.find((r) => r.sid === sid && r.accountSid === context.account.sid);
  if (!found) throw notFound(context.path);
  return found;
}

/** The audio behind media_url: WAV without an extension or with .wav, MP3 with .mp3 (FACTS §7). */
function media(context: Context, type: 'wav' | 'mp3') {
  const record = findRecording(context);
  if (record.status !== 'completed') throw notFound(context.path);
  return type === 'wav'
    ? { status: 200, body: record.wav, contentType: 'audio/x-wav' }
    : { status: 200, body: record.mp3, contentType: 'audio/mpeg' };
}

export const recordingRoutes: Route[] = [
  route('api', 'GET', `${accountBase}/Recordings.json`, (context) => {
    const created = dateFilter(context, 'DateCreated');
    const callSid = context.query.get('CallSid');
    // Voicemail recordings belong to calls, never to a conference.
    const conferenceSid = context.query.get('ConferenceSid');
    const recordings = context.store.recordings.filter(
      (r) =>
        r.accountSid === context.account.sid &&
        created(r.dateCreated) &&
        (!callSid || r.callSid === callSid) &&
        !conferenceSid,
    );
    return list2010(context, 'recordings', newestFirst(recordings), recordingJson);
  }),
  route('api', 'GET', `${accountBase}/Recordings/:Sid.json`, (context) => ({
    status: 200,
    body: recordingJson(findRecording(context)),
  })),
  route('api', 'DELETE', `${accountBase}/Recordings/:Sid.json`, (context) => {
    const record = findRecording(context);
    const { store } = context;
    store.recordings = store.recordings.filter((r) => r !== record);
    store.transcriptions = store.transcriptions.filter((t) => t.recordingSid !== record.sid);
    return { status: 204 };
  }),
  // Media: not in the contract, so the Prism relay passes these straight to the double (prism.ts).
  route('api', 'GET', `${accountBase}/Recordings/:Sid.wav`, (context) => media(context, 'wav')),
  route('api', 'GET', `${accountBase}/Recordings/:Sid.mp3`, (context) => media(context, 'mp3')),
  route('api', 'GET', `${accountBase}/Recordings/:Sid`, (context) => media(context, 'wav')),
];
