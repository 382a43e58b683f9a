import { useId, useRef, useState } from 'react';
import type { GreetingRecordingId } from '../../../shared/models/greeting-recording';
import { greetingRecordingLimits } from '../../../shared/models/greeting-recording-limits';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { useGreetingRecorder, type RecorderState } from './use-greeting-recorder';
import { useRecordingPlayback } from './use-recording-playback';

interface RecordedGreetingChoiceProps {
  /** For names and hints: "the busy greeting". */
  what: string;
  /** The recording callers hear, or null: they hear the spoken text. */
  saved: GreetingRecordingId | null;
  busy: boolean;
  /** Saves which one callers hear: a recording, or null for the spoken text. */
  choose(recording: GreetingRecordingId | null): Promise<boolean>;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const limit = clock(greetingRecordingLimits.maxSeconds);

function statusOf(state: RecorderState, mine: boolean, saved: boolean, t: Translate): string {
  if (state.status === 'recording') return t('callHandling.statusRecording', { elapsed: clock(state.seconds), limit });
  if (state.status === 'saving') return t('callHandling.statusSaving');
  if (!mine) return t('callHandling.statusSpoken');
  if (!saved) return t('callHandling.statusNotRecorded', { limit });
  return t('callHandling.statusRecorded');
}

/** Whether callers hear a greeting's words or the person's own recording: recorded here, or chosen as a file. */
export function RecordedGreetingChoice({ what, saved, busy, choose }: RecordedGreetingChoiceProps) {
  const id = useId();
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  // The last recording, kept while the spoken text is chosen so switching back needs no new recording.
  const [recording, setRecording] = useState<GreetingRecordingId | null>(saved);
  const [mine, setMine] = useState(saved !== null);
  // A recording saved from elsewhere (another window, a restart) becomes the one shown.
  const [shownSaved, setShownSaved] = useState(saved);
  if (saved !== shownSaved) {
    setShownSaved(saved);
    if (saved !== null) {
      setRecording(saved);
      setMine(true);
    }
  }
  const recorder = useGreetingRecorder(async (kept) => {
    setRecording(kept);
    await choose(kept);
  });
  const playback = useRecordingPlayback();
  const working = busy || recorder.state.status !== 'idle';
  const problem = recorder.problem ?? playback.problem;

  function pick(next: boolean) {
    setMine(next);
    const wanted = next ? recording : null;
    if (wanted !== saved) void choose(wanted);
  }

  function remove() {
    playback.stop();
    setRecording(null);
    if (saved !== null) void choose(null);
  }

  return (
    <fieldset className="settings-fieldset recorded-greeting" aria-describedby={`${id}-status`}>
      <legend className="settings-field__label">{t('callHandling.whatCallersHear', { what })}</legend>
      <div className="settings-radios">
        <label className="settings-radio">
          <input type="radio" name={id} checked={!mine} disabled={working} onChange={() => pick(false)} />
          {t('callHandling.spokenText')}
        </label>
        <label className="settings-radio">
          <input type="radio" name={id} checked={mine} disabled={working} onChange={() => pick(true)} />
          {t('callHandling.myRecording')}
        </label>
      </div>
      <p className="settings-field__hint" id={`${id}-status`} role="status">
        {statusOf(recorder.state, mine, saved !== null, t)}
      </p>
      {mine && (
        <div className="spoken-text__actions">
          {recorder.state.status === 'recording' ? (
            <button type="button" className="button" onClick={recorder.stop}>
              {t('callHandling.stopRecording')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-label={t('callHandling.recordWhat', { what })}
              aria-disabled={working || undefined}
              onClick={() => void (working ? undefined : recorder.start())}
            >
              {t('callHandling.record')}
            </button>
          )}
          <button
            type="button"
            className="secondary-button"
            aria-label={t('callHandling.chooseFileFor', { what })}
            aria-disabled={working || undefined}
            onClick={() => !working && fileInput.current?.click()}
          >
            {t('callHandling.chooseFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="audio/*"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void recorder.choose(file);
            }}
          />
          {recording !== null && (
            <>
              <button
                type="button"
                className="secondary-button"
                aria-label={t(playback.playing ? 'callHandling.stopRecordingOf' : 'callHandling.listenRecordingOf', {
                  what,
                })}
                onClick={() => void (playback.playing ? playback.stop() : playback.play(recording))}
              >
                {t(playback.playing ? 'callHandling.stop' : 'callHandling.listen')}
              </button>
              <button
                type="button"
                className="secondary-button"
                aria-label={t('callHandling.removeRecordingOf', { what })}
                aria-disabled={working || undefined}
                onClick={() => !working && remove()}
              >
                {t('callHandling.remove')}
              </button>
            </>
          )}
        </div>
      )}
      {problem && (
        <p className="settings-field__problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
