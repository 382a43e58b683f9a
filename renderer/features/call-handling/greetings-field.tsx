import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { GreetingRecordingId, GreetingRecordingKind } from '../../../shared/models/greeting-recording';
import { useCallHandlingSchemas } from './call-handling-schemas';
import { ListenButton, ListenNote } from './listen-button';
import { RecordedGreetingChoice } from './recorded-greeting-choice';
import { voiceLabel, voiceLanguage } from './speech-voice';
import { SpokenTextField } from './spoken-text-field';
import { spokenTextProblem, withSpokenText, type SpokenTextPath } from './spoken-text-problem';
import { useListen } from './use-listen';
import { VoiceField } from './voice-field';

interface GreetingsFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
  /** The voicemail greeting (Settings, Voicemail): what callers hear where a greeting here is empty. */
  voicemailGreeting: string;
}

const sameAsVoicemail = 'Same as the voicemail greeting';

/** The voice, and the greetings for after hours and for a call declined; empty ones use the voicemail greeting. */
export function GreetingsField({ handling, busy, change, voicemailGreeting }: GreetingsFieldProps) {
  const noteId = `${useId()}-listen`;
  const schemas = useCallHandlingSchemas();
  const listen = useListen(voiceLanguage(handling.voice));
  const common = (path: SpokenTextPath) => ({
    saved: path[1] === 'afterHours' ? handling.greetings.afterHours : handling.greetings.busy,
    placeholder: sameAsVoicemail,
    heardWhenEmpty: voicemailGreeting,
    saveLabel: 'Save greeting',
    busy,
    problemOf: (text: string) => spokenTextProblem(schemas, handling, path, text),
    save: (text: string) => change(withSpokenText(handling, path, text)),
    listen,
    listenNoteId: noteId,
  });
  const recorded = (kind: GreetingRecordingKind, what: string) => (
    <RecordedGreetingChoice
      what={what}
      saved={handling.greetingRecordings[kind]}
      busy={busy}
      choose={(recording: GreetingRecordingId | null) =>
        change({ ...handling, greetingRecordings: { ...handling.greetingRecordings, [kind]: recording } })
      }
    />
  );

  return (
    <>
      <VoiceField
        handling={handling}
        busy={busy}
        change={change}
        note={<ListenNote listen={listen} voice={voiceLabel(handling.voice)} id={noteId} />}
      />
      <SpokenTextField
        {...common(['greetings', 'afterHours'])}
        label="After-hours greeting"
        what="the after-hours greeting"
        hint="Said outside your business hours (see Business hours), when those calls go to voicemail. Do not disturb uses the voicemail greeting."
      />
      {recorded('afterHours', 'the after-hours greeting')}
      <SpokenTextField
        {...common(['greetings', 'busy'])}
        label="Busy greeting"
        what="the busy greeting"
        hint="Said when you decline a call and it goes to voicemail."
      />
      {recorded('busy', 'the busy greeting')}
      <div className="settings-field">
        <p className="settings-field__label">Voicemail greeting</p>
        <p className="settings-field__hint">Said when you do not answer. Change it under Voicemail.</p>
        <div className="spoken-text__actions">
          <ListenButton listen={listen} what="the voicemail greeting" text={voicemailGreeting} noteId={noteId} />
        </div>
      </div>
      {recorded('voicemail', 'the voicemail greeting')}
    </>
  );
}
