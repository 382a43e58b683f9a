import { useEffect, useId, useState } from 'react';
import type { CallRecording } from '../../../shared/models/call-recording';
import type { HistoryEntry } from '../../../shared/models/history';
import { useT } from '../../i18n/use-t';
import { useHistoryStore } from '../../stores/history/history.store';
import { RecordingPlayer } from '../voicemail/voicemail-player';
import { PlayIcon } from '../voicemail/voicemail-icons';
import { clockText } from '../voicemail/voicemail-text';

interface CallRecordingsProps {
  entry: HistoryEntry;
  /** Who the call was with, for the buttons' and the player's names. */
  who: string;
}

/**
 * A call's recordings at Twilio (on demand, or every call), each with a button that opens the player.
 * Asked of main when the row shows and again when the call ends; nothing shows when there are none, or
 * when Twilio could not say (the voicemail and the call itself are unaffected).
 */
export function CallRecordings({ entry, who }: CallRecordingsProps) {
  const t = useT();
  const playerId = useId();
  const [recordings, setRecordings] = useState<CallRecording[]>([]);
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void useHistoryStore
      .getState()
      .recordingsOf(entry.id)
      .then((answer) => {
        if (current && answer.ok) setRecordings(answer.recordings);
      });
    return () => {
      current = false;
    };
  }, [entry.id, entry.endedAt]);

  const shown = recordings.find((recording) => recording.id === open);
  if (recordings.length === 0) return null;
  return (
    <div className="history-row__recordings">
      {recordings.map((recording, index) => {
        const length = clockText(recording.durationSeconds);
        const numbered = recordings.length > 1;
        const values = { who, length, index: index + 1 };
        return (
          <button
            key={recording.id}
            type="button"
            className="secondary-button history-row__recording"
            aria-expanded={open === recording.id}
            aria-controls={open === recording.id ? playerId : undefined}
            aria-label={t(numbered ? 'history.playRecordingNumbered' : 'history.playRecording', values)}
            onClick={() => setOpen(open === recording.id ? null : recording.id)}
          >
            <PlayIcon />
            {t(numbered ? 'history.recordingButtonNumbered' : 'history.recordingButton', values)}
          </button>
        );
      })}
      {shown && (
        <RecordingPlayer
          id={playerId}
          recordingId={shown.id}
          label={t('history.recordingPlayerLabel', { who })}
          durationSeconds={shown.durationSeconds}
          loadAudio={() => useHistoryStore.getState().recordingAudioOf(entry.id, shown.id)}
          autoPlay
          ifItStillFails={t('history.recordingStillFails')}
        />
      )}
    </div>
  );
}
