import { useId, type ReactNode } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { greetingVoices, type GreetingVoiceId } from '../../../shared/models/call-handling-names';
import { voiceLabel } from './speech-voice';
import { useT } from '../../i18n/use-t';

interface VoiceFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
  /** Shown under the hint: what Listen plays. */
  note: ReactNode;
}

/** The voice (and so the language) Twilio says greetings and the menu in. Saves when chosen. */
export function VoiceField({ handling, busy, change, note }: VoiceFieldProps) {
  const id = useId();
  const t = useT();
  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {t('callHandling.voice')}
      </label>
      <select
        id={id}
        className="settings-select"
        value={handling.voice}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void change({ ...handling, voice: event.target.value as GreetingVoiceId })}
      >
        {greetingVoices.map((voice) => (
          <option key={voice.id} value={voice.id}>
            {voiceLabel(voice.id, t)}
          </option>
        ))}
      </select>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('callHandling.voiceHint')}
      </p>
      {note}
    </div>
  );
}
