import { useId, type ReactNode } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { greetingVoices, type GreetingVoiceId } from '../../../shared/models/call-handling-names';

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
  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        Voice
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
            {voice.label}
          </option>
        ))}
      </select>
      <p className="settings-field__hint" id={`${id}-hint`}>
        Callers hear your greetings and the phone menu in this voice and its language. The Amazon Polly voices are named
        with their language. Twilio bills text-to-speech by the characters it speaks.
      </p>
      {note}
    </div>
  );
}
