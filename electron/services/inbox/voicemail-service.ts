import { inboxTextLimits, type InboxMedia } from '../../../shared/models/inbox';
import type { Voicemail } from '../../../shared/models/voicemail';
import { readableText } from '../../../shared/readable-text';
import type { VoicemailQueries, VoicemailRow } from '../../db/queries/voicemail-queries';
import { AppFailure } from '../app-failure';
import type { EventBus } from '../event-bus';
import type { InboxFiles } from './inbox-files';
import type { InboxLineSource } from './inbox-line';
import type { ContactLookup } from './contact-lookup';
import { askTwilio } from './twilio-failure';
import { downloadAudio } from './voicemail-sync';

export interface VoicemailServiceDeps {
  voicemails: VoicemailQueries;
  files: InboxFiles;
  events: EventBus;
  line: InboxLineSource;
  contactFor: ContactLookup;
}

const noLine = (toDo: string) =>
  new AppFailure(
    'out-of-order',
    `Dialtone has no Twilio phone line to ${toDo}. Run the Twilio setup from Settings, Phone line, then try again.`,
  );

const notFound = () =>
  new AppFailure('not-found', 'This voicemail is no longer here. It may have been deleted on another device.');

/** The Voicemail view's requests: list, play, mark, delete. */
export function createVoicemailService(deps: VoicemailServiceDeps) {
  const { voicemails, files, events } = deps;

  const toVoicemail = (row: VoicemailRow): Voicemail => {
    const contact = deps.contactFor(row.from);
    return {
      id: row.sid,
      from: readableText(row.from, inboxTextLimits.remoteNumber) || 'Unknown caller',
      contactId: contact?.contactId ?? null,
      contactName: contact?.name ?? null,
      receivedAt: row.createdAt,
      durationSeconds: Math.max(0, Math.round(row.durationSeconds)),
      played: row.played,
      transcription: {
        state: row.transcriptionState,
        text: row.transcriptionText === null ? null : row.transcriptionText.slice(0, inboxTextLimits.transcription),
      },
      audioSaved: row.audioFile !== null,
    };
  };
  const publish = () => events.emit('voicemail:changed', { unplayed: voicemails.unplayed() });
  const existing = (id: string) =>
    voicemails.get(id) ??
    (() => {
      throw notFound();
    })();

  return {
    publish,
    list(offset: number, limit: number) {
      return {
        total: voicemails.count(),
        unplayed: voicemails.unplayed(),
        items: voicemails.page(offset, limit).map(toVoicemail),
      };
    },
    async audio(id: string): Promise<InboxMedia> {
      const row = existing(id);
      if (row.audioFile !== null && row.audioType !== null) {
        try {
          return await files.read('voicemail', row.audioFile, row.audioType);
        } catch {
          // The file went missing (a cleaned data folder): download it again below.
        }
      }
      const gone = new AppFailure(
        'not-found',
        'The recording of this voicemail is not saved on this computer and Twilio no longer has it. Its transcription is all that is left.',
      );
      if (row.deletedOnTwilio) throw gone;
      const line = await askTwilio(() => deps.line());
      if (!line) throw noLine('play this voicemail');
      const saved = await askTwilio(() => downloadAudio(line, deps, id));
      if (!saved) throw gone;
      return files.read('voicemail', saved.file, saved.contentType);
    },
    setPlayed(id: string, played: boolean): void {
      existing(id);
      voicemails.setPlayed(id, played);
      publish();
    },
    /** Twilio first: if it cannot delete the recording, nothing is deleted here and the person is told why. */
    async remove(id: string): Promise<void> {
      const row = existing(id);
      if (!row.deletedOnTwilio) {
        const line = await askTwilio(() => deps.line());
        if (!line) throw noLine('delete this voicemail on Twilio');
        await askTwilio(() => line.api.deleteVoicemail(id));
      }
      voicemails.remove(id);
      if (row.audioFile !== null) await files.remove('voicemail', row.audioFile);
      publish();
    },
  };
}

export type VoicemailService = ReturnType<typeof createVoicemailService>;
