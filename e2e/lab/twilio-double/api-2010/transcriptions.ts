import { notFound } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import type { TranscriptionRecord } from '../state';
import { accountBase } from './accounts';
import { findRecording } from './recordings';

function transcriptionJson(context: Context, record: TranscriptionRecord) {
  const recording = context.store.recordings.find((r) => r.sid === record.recordingSid);
  return {
    account_sid: record.accountSid,
    api_version: '2010-04-01',
    date_created: rfc2822(record.dateCreated),
    date_updated: rfc2822(record.dateUpdated),
    duration: recording ? String(recording.seconds) : null,
    price: null,
    price_unit: 'USD',
    recording_sid: record.recordingSid,
    sid: record.sid,
    status: record.status,
    transcription_text: record.text,
    type: 'fast',
    uri: `/2010-04-01/Accounts/${record.accountSid}/Transcriptions/${record.sid}.json`,
  };
}

function ofAccount(context: Context, recordingSid?: string): TranscriptionRecord[] {
  return context.store.transcriptions
    .filter((t) => t.accountSid === context.account.sid && (!recordingSid || t.recordingSid === recordingSid))
    .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
}

function findTranscription(context: Context, recordingSid?: string): TranscriptionRecord {
  const found = ofAccount(context, recordingSid).find((t) => t.sid === context.params.Sid);
  if (!found) throw notFound(context.path);
  return found;
}

function remove(context: Context, recordingSid?: string) {
  const record = findTranscription(context, recordingSid);
  context.store.transcriptions = context.store.transcriptions.filter((t) => t !== record);
  return { status: 204 };
}

const underRecording = `${accountBase}/Recordings/:RecordingSid/Transcriptions`;
const recordingOf = (context: Context) => findRecording(context, context.params.RecordingSid).sid;

export const transcriptionRoutes: Route[] = [
  route('api', 'GET', `${accountBase}/Transcriptions.json`, (context) =>
    list2010(
      context,
      'transcriptions',
      ofAccount(context).map((t) => transcriptionJson(context, t)),
    ),
  ),
  route('api', 'GET', `${accountBase}/Transcriptions/:Sid.json`, (context) => ({
    status: 200,
    body: transcriptionJson(context, findTranscription(context)),
  })),
  route('api', 'DELETE', `${accountBase}/Transcriptions/:Sid.json`, (context) => remove(context)),
  route('api', 'GET', `${underRecording}.json`, (context) =>
    list2010(
      context,
      'transcriptions',
      ofAccount(context, recordingOf(context)).map((t) => transcriptionJson(context, t)),
    ),
  ),
  route('api', 'GET', `${underRecording}/:Sid.json`, (context) => ({
    status: 200,
    body: transcriptionJson(context, findTranscription(context, recordingOf(context))),
  })),
  route('api', 'DELETE', `${underRecording}/:Sid.json`, (context) => remove(context, recordingOf(context))),
];
