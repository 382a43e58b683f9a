import { inboxTextLimits, type InboxMedia } from '../../../shared/models/inbox';
import type { Voicemail } from '../../../shared/models/voicemail';
import { readableText } from '../../../shared/readable-text';
import { words } from '../../../shared/text/words';
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

const noLine = (id: 'inbox.noLineToPlay' | 'inbox.noLineToDelete') => new AppFailure('out-of-order', words(id));

const notFound = () => new AppFailure('not-found', words('inbox.voicemailGone'));

/** The Voicemail view's requests: list, play, mark, delete. */
export function createVoicemailService(deps: VoicemailServiceDeps) {
  const { voicemails, files, events } = deps;

  const toVoicemail = (row: VoicemailRow): Voicemail => {
    const contact = deps.contactFor(row.from);
    return {
      id: row.sid,
      // Empty when Twilio gave no caller: the renderer says so in the person's language.
      from: readableText(row.from, inboxTextLimits.remoteNumber),
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
      const gone = new AppFailure('not-found', words('inbox.recordingGone'));
      if (row.deletedOnTwilio) throw gone;
      const line = await askTwilio(() => deps.line());
      if (!line) throw noLine('inbox.noLineToPlay');
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
        if (!line) throw noLine('inbox.noLineToDelete');
        await askTwilio(() => line.api.deleteVoicemail(id));
      }
      voicemails.remove(id);
      if (row.audioFile !== null) await files.remove('voicemail', row.audioFile);
      publish();
    },
  };
}

export type VoicemailService = ReturnType<typeof createVoicemailService>;
