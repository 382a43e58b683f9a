import { badParameter, notFound, TwilioError } from '../errors';
import { toneRecording } from '../media-files';
import { route, type Context, type Route } from '../server';
import { newResource, type CallRecord, type RecordingRecord, type Store } from '../state';
import { accountBase } from './accounts';
import { recordingFields } from './recordings';

/** Longest audio the double makes for a recording on demand: enough for any test, cheap for sox. */
const longestRecordingSeconds = 60;

/** A Recording as the call's Recordings answer it (CreateCallRecording, UpdateCallRecording). */
function callRecordingJson(record: RecordingRecord, status: string = record.status) {
  return {
    ...recordingFields(record),
    status,
    uri: `/2010-04-01/Accounts/${record.accountSid}/Calls/${record.callSid}/Recordings/${record.sid}.json`,
    track: 'both',
  };
}

/** Stops a recording in progress (asked to, or its call ended): its audio is the call's tone for as long as it ran. */
export async function finishRecording(store: Store, record: RecordingRecord): Promise<void> {
  if (record.status !== 'in-progress') return;
  const call = store.calls.find((c) => c.sid === record.callSid);
  const elapsed = Math.round((Date.now() - record.startTime.getTime()) / 1000);
  record.seconds = Math.min(Math.max(1, elapsed), longestRecordingSeconds);
  const { wav, mp3 } = await toneRecording(call?.toneHz ?? 440, record.seconds);
  Object.assign(record, { wav, mp3, status: 'completed', dateUpdated: new Date() });
}

function callInProgress(context: Context): CallRecord {
  const call = context.store.calls.find(
    (c) => c.sid === context.params.CallSid && c.accountSid === context.account.sid,
  );
  if (!call) throw notFound(context.path);
  // UNVERIFIED code and words: Twilio refuses to record a call that is not in progress.
  if (call.status !== 'in-progress') throw new TwilioError(400, 21220, 'Invalid call state for recording');
  return call;
}

export const callRecordingRoutes: Route[] = [
  route('api', 'POST', `${accountBase}/Calls/:CallSid/Recordings.json`, (context) => {
    const call = callInProgress(context);
    const channels = context.form.get('RecordingChannels') ?? 'mono';
    const track = context.form.get('RecordingTrack') ?? 'both';
    if (!['mono', 'dual'].includes(channels)) throw badParameter('RecordingChannels must be mono or dual');
    if (track !== 'both') throw badParameter('The double records both tracks only');
    const resource = newResource('RE', call.accountSid);
    const record: RecordingRecord = {
      ...resource,
      callSid: call.sid,
      source: 'StartCallRecordingAPI',
      status: 'in-progress',
      channels: channels === 'dual' ? 2 : 1,
      startTime: resource.dateCreated,
      seconds: 0,
      toneHz: call.toneHz,
      wav: Buffer.alloc(0),
      mp3: Buffer.alloc(0),
    };
    context.store.recordings.push(record);
    return { status: 201, body: callRecordingJson(record) };
  }),
  route('api', 'POST', `${accountBase}/Calls/:CallSid/Recordings/:Sid.json`, async (context) => {
    const record = context.store.recordings.find(
      (r) =>
        r.sid === context.params.Sid && r.callSid === context.params.CallSid && r.accountSid === context.account.sid,
    );
    if (!record) throw notFound(context.path);
    if (context.form.get('Status') !== 'stopped') throw badParameter('The double only stops recordings');
    if (record.status !== 'in-progress') throw new TwilioError(400, 21220, 'Invalid recording state');
    await finishRecording(context.store, record);
    // Twilio answers the update with the state it asked for; the list shows the recording completed.
    return { status: 200, body: callRecordingJson(record, 'stopped') };
  }),
];
