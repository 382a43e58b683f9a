import type { TranscriptionState } from '../../../shared/models/voicemail';
import type { SyncCursorQueries } from '../../db/queries/sync-cursor-queries';
import type { VoicemailQueries } from '../../db/queries/voicemail-queries';
import type { RemoteTranscription } from '../../twilio/inbox-api';
import type { InboxFiles } from './inbox-files';
import type { InboxLine } from './inbox-line';
import type { ItemRetries } from './item-retries';

export interface VoicemailSyncDeps {
  voicemails: VoicemailQueries;
  cursors: SyncCursorQueries;
  transaction<T>(work: () => T): T;
  files: InboxFiles;
  /** The person chose to delete recordings on Twilio once saved here. */
  deleteFromTwilio(): boolean;
  retries: ItemRetries;
}

/** What a pass found, filled in as it goes: what it committed counts even when a later step fails. */
export interface VoicemailSyncResult {
  /** Voicemail new to Dialtone, newest first. */
  added: string[];
  /** Anything shown changed (new, transcribed, audio saved). */
  changed: boolean;
  /** This was the first sync ever: what it found is old news, not worth a notification each. */
  firstSync: boolean;
}

export const nothingFoundYet = (): VoicemailSyncResult => ({ added: [], changed: false, firstSync: false });

/** Twilio lists by creation time; voicemail can appear a little after its call, so each sync looks back a day. */
const lookBackMs = 24 * 60 * 60 * 1000;
/** Twilio transcribes 2 to 120 seconds; after an hour without a transcription, there will be none. */
const transcriptionPatienceMs = 60 * 60 * 1000;
const downloadsPerSync = 20;
const deletionsPerSync = 20;
/** Up to this many pending transcriptions are asked for one by one. */
const fewPending = 5;
const clockSkewMs = 60_000;

/** What Twilio will do about a new recording's transcription. */
export function initialTranscriptionState(durationSeconds: number): TranscriptionState {
  return durationSeconds < 2 || durationSeconds > 120 ? 'none' : 'transcribing';
}

/** A finished transcription wins over one still running; a failed one counts only when nothing else exists. */
export function settledTranscription(
  found: readonly RemoteTranscription[],
): { state: TranscriptionState; text: string | null } | null {
  const completed = found.find((t) => t.state === 'completed');
  if (completed) return { state: 'completed', text: completed.text };
  if (found.some((t) => t.state === 'transcribing')) return null;
  if (found.some((t) => t.state === 'failed')) return { state: 'failed', text: null };
  return null;
}

/**
 * One pass of voicemail sync: new recordings page by page (each page in one transaction, the cursor
 * moved only once every page is in, so a pass cut off half-way repeats without duplicates), then
 * transcriptions still pending, then audio not downloaded yet (each file best effort).
 */
export async function syncVoicemail(
  line: InboxLine,
  deps: VoicemailSyncDeps,
  found: VoicemailSyncResult,
): Promise<void> {
  const { voicemails, cursors } = deps;
  const cursor = cursors.get('voicemail');
  found.firstSync = cursor === null;
  const cursorTime = cursor === null ? Number.NaN : Date.parse(cursor);
  const since = Number.isNaN(cursorTime) ? null : new Date(cursorTime - lookBackMs);
  // With nothing found, the next pass starts from this one (the look-back covers a skewed clock).
  let newest = Number.isNaN(cursorTime) ? Date.now() : cursorTime;
  for await (const page of line.api.voicemailPages(line.number, since)) {
    deps.transaction(() => {
      for (const voicemail of page) {
        const isNew = voicemails.insertIfNew({
          ...voicemail,
          transcriptionState: initialTranscriptionState(voicemail.durationSeconds),
        });
        if (isNew) found.added.push(voicemail.sid);
        newest = Math.max(newest, voicemail.createdAt);
      }
    });
    found.changed ||= found.added.length > 0;
  }
  cursors.set('voicemail', new Date(newest).toISOString());

  for (const [sid, transcriptions] of await transcriptionsOfPending(line, deps)) {
    found.changed = settleTranscription(deps, sid, transcriptions) || found.changed;
  }
  const { retries } = deps;
  const toDownload = voicemails
    .withoutAudio(downloadsPerSync + retries.gaveUpCount())
    .filter((sid) => !retries.gaveUpOn(sid));
  for (const sid of toDownload.slice(0, downloadsPerSync)) {
    const saved = await retries.attempt(
      'download-recording',
      sid,
      async () => void (await downloadAudio(line, deps, sid)),
    );
    found.changed ||= saved;
  }
  if (deps.deleteFromTwilio()) await deleteSavedFromTwilio(line, deps);
}

/**
 * What Twilio has for each voicemail still transcribing: a request per voicemail when there are a
 * few; else the account's list, newest first, until it reaches transcriptions older than the oldest
 * pending voicemail (the first sync of a long voicemail history would otherwise cost a request each).
 */
async function transcriptionsOfPending(
  line: InboxLine,
  deps: VoicemailSyncDeps,
): Promise<Map<string, RemoteTranscription[]>> {
  const pending = deps.voicemails.pendingTranscriptions();
  const found = new Map(pending.map((sid) => [sid, [] as RemoteTranscription[]]));
  if (pending.length <= fewPending) {
    for (const sid of pending) found.set(sid, await line.api.transcriptionsOf(sid));
    return found;
  }
  const oldest = Math.min(...pending.map((sid) => deps.voicemails.get(sid)?.createdAt ?? 0));
  for await (const page of line.api.transcriptionPages()) {
    for (const transcription of page) found.get(transcription.recordingSid)?.push(transcription);
    const last = page.at(-1);
    if (last?.createdAt != null && last.createdAt < oldest - clockSkewMs) break;
  }
  return found;
}

function settleTranscription(deps: VoicemailSyncDeps, sid: string, found: readonly RemoteTranscription[]): boolean {
  const settled = settledTranscription(found);
  if (settled) return deps.voicemails.setTranscription(sid, settled);
  const voicemail = deps.voicemails.get(sid);
  if (voicemail && Date.now() - voicemail.createdAt > transcriptionPatienceMs) {
    return deps.voicemails.setTranscription(sid, { state: 'none', text: null });
  }
  return false;
}

/**
 * Downloads a voicemail's audio into the data folder (the sync does it ahead; playing does it on
 * demand). Null when Twilio no longer has the recording: it is marked so and never asked for again.
 */
export async function downloadAudio(
  line: InboxLine,
  deps: Pick<VoicemailSyncDeps, 'voicemails' | 'files'>,
  sid: string,
) {
  const media = await line.api.recordingAudio(sid);
  if (media === null) {
    deps.voicemails.markDeletedOnTwilio(sid);
    return null;
  }
  const { contentType } = media;
  if (contentType !== 'audio/mpeg' && contentType !== 'audio/wav') {
    throw new Error(`Twilio sent ${media.contentType.slice(0, 60)} for a recording, not audio`);
  }
  const file = await deps.files.save('voicemail', sid, contentType, media.bytes);
  deps.voicemails.setAudio(sid, file, contentType);
  return { file, contentType };
}

/** Recordings saved here whose transcription is settled (deleting earlier would lose it) go from Twilio. */
async function deleteSavedFromTwilio(line: InboxLine, deps: VoicemailSyncDeps): Promise<void> {
  const { retries } = deps;
  const toDelete = deps.voicemails.savedStillOnTwilio(deletionsPerSync + retries.gaveUpCount());
  for (const sid of toDelete.filter((sid) => !retries.gaveUpOn(sid)).slice(0, deletionsPerSync)) {
    await retries.attempt('delete-recording', sid, async () => {
      await line.api.deleteVoicemail(sid);
      deps.voicemails.markDeletedOnTwilio(sid);
    });
  }
}
