import { unlessFileGone } from './inbox-api-media';
import { z } from 'zod';
import {
  callAnswer,
  checkedSid,
  recordingAnswer,
  transcriptionAnswer,
  usableListed,
  type CallAnswer,
} from './inbox-answers';
import type { InboxApi, InboxConnection, RemoteVoicemail } from './inbox-api';
import { pagesOf } from './inbox-api-pages';
import { unlessGone } from './sip-resources';
import { sidOf } from './twilio-answers';

/** Twilio ends every call within 24 hours (timeLimit): a voicemail was created less than a day after its call started. */
const longestCallMs = 24 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;
const transcriptionsPerRecording = 20;
const sidOnly = z.object({ sid: sidOf('TR') });

/**
 * The calls to the number, newest first, read a page at a time only as far as recordings need them;
 * a recording's call not among them (it was to another number, or began before the list does) is
 * fetched on its own.
 */
function callsTo(connection: InboxConnection, number: string, since: Date | null, pageSize: number) {
  const { rest, step, logger } = connection;
  // Twilio filters calls by the day they started, and a call starts before its voicemail.
  const startTimeAfter = since && new Date(Math.floor((since.getTime() - longestCallMs) / dayMs) * dayMs);
  const pages = pagesOf(step, 'list-calls', () =>
    rest.calls.page({ to: number, startTimeAfter: startTimeAfter ?? undefined, pageSize }),
  );
  const known = new Map<string, CallAnswer>();
  let exhausted = false;
  let oldestStart = Number.POSITIVE_INFINITY;

  async function readPage() {
    const next = await pages.next();
    if (next.done) {
      exhausted = true;
      return;
    }
    for (const call of usableListed(callAnswer, next.value, logger, 'calls')) {
      known.set(call.sid, call);
      if (call.startTime !== null) oldestStart = Math.min(oldestStart, call.startTime);
    }
  }

  return async function callOf(callSid: string, recordedAt: number): Promise<CallAnswer | null> {
    while (!known.has(callSid) && !exhausted && oldestStart >= recordedAt - longestCallMs) await readPage();
    const listed = known.get(callSid);
    if (listed) return listed;
    const fetched = await step('fetch-call', () => unlessGone(() => rest.calls(callSid).fetch()));
    const call = fetched === null ? null : usableListed(callAnswer, [fetched], logger, 'call')[0];
    return call ?? null;
  };
}

async function* voicemailPages(
  connection: InboxConnection,
  number: string,
  since: Date | null,
  pageSize = 100,
): AsyncGenerator<RemoteVoicemail[]> {
  const { rest, step, logger } = connection;
  const callOf = callsTo(connection, number, since, pageSize);
  const pages = pagesOf(step, 'list-recordings', () =>
    rest.recordings.page({ dateCreatedAfter: since ?? undefined, pageSize }),
  );
  for await (const page of pages) {
    const found: RemoteVoicemail[] = [];
    for (const recording of usableListed(recordingAnswer, page, logger, 'recordings')) {
      const { sid, callSid, createdAt, durationSeconds } = recording;
      if (!recording.isVoicemail || callSid === null || createdAt === null) continue;
      const call = await callOf(callSid, createdAt);
      if (call?.to !== number) continue;
      found.push({ sid, callSid, from: call.from ?? 'Unknown', to: call.to, createdAt, durationSeconds });
    }
    if (found.length > 0) yield found;
  }
}

export function voicemailInbox(
  connection: InboxConnection,
): Pick<InboxApi, 'voicemailPages' | 'transcriptionsOf' | 'transcriptionPages' | 'recordingAudio' | 'deleteVoicemail'> {
  const { rest, step, logger } = connection;
  const transcriptionsOf = async (recordingSid: string) => {
    const sid = checkedSid('RE', recordingSid);
    const listed = await unlessGone(() =>
      rest
        .recordings(sid)
        .transcriptions.list({ pageSize: transcriptionsPerRecording, limit: transcriptionsPerRecording }),
    );
    return listed ?? [];
  };
  return {
    voicemailPages: (number, since, pageSize) => voicemailPages(connection, number, since, pageSize),
    transcriptionsOf: (recordingSid) =>
      step('list-transcriptions', async () =>
        usableListed(transcriptionAnswer, await transcriptionsOf(recordingSid), logger, 'transcriptions'),
      ),
    async *transcriptionPages(pageSize = 100) {
      for await (const page of pagesOf(step, 'list-transcriptions', () => rest.transcriptions.page({ pageSize }))) {
        yield usableListed(transcriptionAnswer, page, logger, 'transcriptions');
      }
    },
    recordingAudio: (recordingSid) =>
      step('download-recording', () =>
        unlessFileGone(() =>
          connection.download(`${connection.accountUrl}/Recordings/${checkedSid('RE', recordingSid)}.mp3`),
        ),
      ),
    deleteVoicemail: (recordingSid) =>
      step('delete-voicemail', async () => {
        for (const { sid } of usableListed(sidOnly, await transcriptionsOf(recordingSid), logger, 'transcriptions')) {
          await unlessGone(() => rest.transcriptions(sid).remove());
        }
        await unlessGone(() => rest.recordings(checkedSid('RE', recordingSid)).remove());
      }),
  };
}
