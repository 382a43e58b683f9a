import { z } from 'zod';
import { recordingsPerCallShown } from '../../shared/models/call-recording';
import { checkedSid, millis, seconds, usableListed } from './inbox-answers';
import type { InboxConnection } from './inbox-api';
import { checkAnswer, sidOf } from './twilio-answers';

/** A finished recording of a call: one started on demand or by <Dial record>, never a voicemail. */
export interface RemoteCallRecording {
  sid: string;
  createdAt: number | null;
  durationSeconds: number;
}

export interface CallRecordingApi {
  /** Starts recording a call in progress, both sides on their own channel; returns the recording's sid. */
  startCallRecording(callSid: string): Promise<string>;
  stopCallRecording(callSid: string, recordingSid: string): Promise<void>;
  /** The call's finished recordings other than voicemail, oldest first. */
  recordingsOfCall(callSid: string): Promise<RemoteCallRecording[]>;
  /**
   * The CallSid of the call in progress that Dialtone placed as `from` (sip:user@domain) when it started at
   * `startedAt`, leaving out `taken` (the CallSids of Dialtone's other calls); null when Twilio lists none.
   */
  callInProgressFrom(from: string, startedAt: number, taken: ReadonlySet<string>): Promise<string | null>;
}

const dayMs = 24 * 60 * 60 * 1000;
/** The computer's clock and Twilio's may differ, and Twilio starts the call as the INVITE arrives. */
const clockSlackMs = 2 * 60 * 1000;
/** Dialtone has at most a handful of calls at once. */
const callsInProgressRead = 20;

const startedRecording = z.object({ sid: sidOf('RE') });
const callRecordingAnswer = z.object({
  sid: sidOf('RE'),
  status: z.string().nullish(),
  source: z.string().nullish(),
  dateCreated: millis,
  duration: seconds,
});
const callInProgress = z.object({ sid: sidOf('CA'), startTime: millis });

export function callRecordingInbox(connection: InboxConnection): CallRecordingApi {
  const { rest, step, logger } = connection;
  return {
    startCallRecording: (callSid) =>
      step('start-call-recording', async () => {
        const answer = await rest
          .calls(checkedSid('CA', callSid))
          .recordings.create({ recordingChannels: 'dual', recordingTrack: 'both' });
        return checkAnswer(startedRecording, answer, { what: 'the recording it started', where: 'Monitor, Call logs' })
          .sid;
      }),
    stopCallRecording: (callSid, recordingSid) =>
      step('stop-call-recording', async () => {
        await rest
          .calls(checkedSid('CA', callSid))
          .recordings(checkedSid('RE', recordingSid))
          .update({ status: 'stopped' });
      }),
    recordingsOfCall: (callSid) =>
      step('list-call-recordings', async () => {
        const listed = await rest.recordings.list({
          callSid: checkedSid('CA', callSid),
          pageSize: recordingsPerCallShown,
          limit: recordingsPerCallShown,
        });
        return (
          usableListed(callRecordingAnswer, listed, logger, 'recordings')
            // Voicemail (<Record>) has its own place; one still being made shows once it is ready.
            .filter((recording) => recording.source !== 'RecordVerb' && recording.status === 'completed')
            .map(({ sid, dateCreated, duration }) => ({ sid, createdAt: dateCreated, durationSeconds: duration }))
            .reverse()
        );
      }),
    callInProgressFrom: (from, startedAt, taken) =>
      step('find-call', async () => {
        // Twilio filters calls by the UTC day they started: the day before covers a call begun near midnight.
        const startTimeAfter = new Date(Math.floor((startedAt - clockSlackMs) / dayMs) * dayMs);
        const listed = await rest.calls.list({
          from,
          status: 'in-progress',
          startTimeAfter,
          pageSize: callsInProgressRead,
          limit: callsInProgressRead,
        });
        const candidates = usableListed(callInProgress, listed, logger, 'calls').filter(
          (call) => !taken.has(call.sid) && call.startTime !== null && call.startTime >= startedAt - clockSlackMs,
        );
        const distance = (call: { startTime: number | null }) => Math.abs(call.startTime! - startedAt);
        candidates.sort((a, b) => distance(a) - distance(b));
        return candidates[0]?.sid ?? null;
      }),
  };
}
