import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { GreetingRecordingId, GreetingRecordingKind } from '../../../shared/models/greeting-recording';
import { useT } from '../../i18n/use-t';
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

/** The voice, and the greetings for after hours and for a call declined; empty ones use the voicemail greeting. */
export function GreetingsField({ handling, busy, change, voicemailGreeting }: GreetingsFieldProps) {
  const noteId = `${useId()}-listen`;
  const t = useT();
  const intl = useIntl();
  const schemas = useCallHandlingSchemas();
  const listen = useListen(voiceLanguage(handling.voice));
  const common = (path: SpokenTextPath) => ({
    saved: path[1] === 'afterHours' ? handling.greetings.afterHours : handling.greetings.busy,
    placeholder: t('callHandling.sameAsVoicemail'),
    heardWhenEmpty: voicemailGreeting,
    saveLabel: t('callHandling.saveGreeting'),
    busy,
    problemOf: (text: string) => spokenTextProblem(schemas, handling, path, text, intl),
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
        note={<ListenNote listen={listen} voice={voiceLabel(handling.voice, t)} id={noteId} />}
      />
      <SpokenTextField
        {...common(['greetings', 'afterHours'])}
        label={t('callHandling.afterHoursGreeting')}
        what={t('callHandling.theAfterHoursGreeting')}
        hint={t('callHandling.afterHoursHint')}
      />
      {recorded('afterHours', t('callHandling.theAfterHoursGreeting'))}
      <SpokenTextField
        {...common(['greetings', 'busy'])}
        label={t('callHandling.busyGreeting')}
        what={t('callHandling.theBusyGreeting')}
        hint={t('callHandling.busyHint')}
      />
      {recorded('busy', t('callHandling.theBusyGreeting'))}
      <div className="settings-field">
        <p className="settings-field__label">{t('callHandling.voicemailGreeting')}</p>
        <p className="settings-field__hint">{t('callHandling.voicemailGreetingHint')}</p>
        <div className="spoken-text__actions">
          <ListenButton
            listen={listen}
            what={t('callHandling.theVoicemailGreeting')}
            text={voicemailGreeting}
            noteId={noteId}
          />
        </div>
      </div>
      {recorded('voicemail', t('callHandling.theVoicemailGreeting'))}
    </>
  );
}
