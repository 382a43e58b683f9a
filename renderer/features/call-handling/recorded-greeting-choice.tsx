import { useId, useRef, useState } from 'react';
import { greetingRecordingLimits, type GreetingRecordingId } from '../../../shared/models/greeting-recording';
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

function statusOf(state: RecorderState, mine: boolean, saved: boolean): string {
  if (state.status === 'recording') return `Recording… ${clock(state.seconds)} of ${limit}`;
  if (state.status === 'saving') return 'Saving the recording and sending it to Twilio…';
  if (!mine) return 'Callers hear the words above.';
  if (!saved) return `Record up to ${limit} or choose an audio file; until then callers hear the words above.`;
  return 'Callers hear your recording.';
}

/** Whether callers hear a greeting's words or the person's own recording: recorded here, or chosen as a file. */
export function RecordedGreetingChoice({ what, saved, busy, choose }: RecordedGreetingChoiceProps) {
  const id = useId();
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
      <legend className="settings-field__label">What callers hear for {what}</legend>
      <div className="settings-radios">
        <label className="settings-radio">
          <input type="radio" name={id} checked={!mine} disabled={working} onChange={() => pick(false)} />
          Spoken text
        </label>
        <label className="settings-radio">
          <input type="radio" name={id} checked={mine} disabled={working} onChange={() => pick(true)} />
          My recording
        </label>
      </div>
      <p className="settings-field__hint" id={`${id}-status`} role="status">
        {statusOf(recorder.state, mine, saved !== null)}
      </p>
      {mine && (
        <div className="spoken-text__actions">
          {recorder.state.status === 'recording' ? (
            <button type="button" className="button" onClick={recorder.stop}>
              Stop recording
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-label={`Record ${what}`}
              aria-disabled={working || undefined}
              onClick={() => void (working ? undefined : recorder.start())}
            >
              Record
            </button>
          )}
          <button
            type="button"
            className="secondary-button"
            aria-label={`Choose an audio file for ${what}`}
            aria-disabled={working || undefined}
            onClick={() => !working && fileInput.current?.click()}
          >
            Choose a file…
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
                aria-label={playback.playing ? `Stop your recording of ${what}` : `Listen to your recording of ${what}`}
                onClick={() => void (playback.playing ? playback.stop() : playback.play(recording))}
              >
                {playback.playing ? 'Stop' : 'Listen'}
              </button>
              <button
                type="button"
                className="secondary-button"
                aria-label={`Remove your recording of ${what}`}
                aria-disabled={working || undefined}
                onClick={() => !working && remove()}
              >
                Remove
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
