import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { generatedMenuPrompt, phoneMenuChoices } from '../../../shared/models/phone-menu-prompt';
import { useCallHandlingSchemas } from './call-handling-schemas';
import { ListenNote } from './listen-button';
import { RecordedGreetingChoice } from './recorded-greeting-choice';
import { voiceLabel, voiceLanguage } from './speech-voice';
import { SpokenTextField } from './spoken-text-field';
import { spokenTextProblem, withSpokenText } from './spoken-text-problem';
import { useListen } from './use-listen';
import './spoken-text.css';

interface PhoneMenuFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** The phone menu: on or off (saves at once), its prompt (saves with Save), and what each key does. */
export function PhoneMenuField({ handling, busy, change }: PhoneMenuFieldProps) {
  const id = useId();
  const schemas = useCallHandlingSchemas();
  const listen = useListen(voiceLanguage(handling.voice));
  const hasForwardingNumbers = handling.forwarding.numbers.length > 0;
  const generated = generatedMenuPrompt(hasForwardingNumbers);
  const path = ['menu', 'prompt'] as const satisfies ['menu', 'prompt'];

  return (
    <>
      <div className="settings-field">
        <div className="settings-checkbox">
          <input
            id={id}
            type="checkbox"
            checked={handling.menu.enabled}
            disabled={busy}
            aria-describedby={`${id}-hint`}
            onChange={(event) =>
              void change({ ...handling, menu: { ...handling.menu, enabled: event.target.checked } })
            }
          />
          <label htmlFor={id}>Answer with a menu</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
          Twilio answers and callers choose with their keypad. Blocked callers, do not disturb and business hours come
          first.
        </p>
      </div>
      {handling.menu.enabled && (
        <>
          <SpokenTextField
            label="Menu prompt"
            hint="What callers hear when Twilio answers. Leave it empty to say the choices below."
            saved={handling.menu.prompt}
            placeholder={generated}
            heardWhenEmpty={generated}
            saveLabel="Save prompt"
            busy={busy}
            problemOf={(text) => spokenTextProblem(schemas, handling, [...path], text)}
            save={(text) => change(withSpokenText(handling, [...path], text))}
            listen={listen}
            listenNoteId={`${id}-listen`}
            what="the menu prompt"
          />
          <RecordedGreetingChoice
            what="the menu prompt"
            saved={handling.greetingRecordings.menu}
            busy={busy}
            choose={(menu) => change({ ...handling, greetingRecordings: { ...handling.greetingRecordings, menu } })}
          />
          <div className="settings-field">
            <p className="settings-field__label" id={`${id}-keys`}>
              What each key does
            </p>
            <ul className="phone-menu__keys" aria-labelledby={`${id}-keys`}>
              {phoneMenuChoices(hasForwardingNumbers).map((choice) => (
                <li key={choice.key}>
                  <span className="phone-menu__key">{choice.key}</span>
                  {choice.does}
                </li>
              ))}
            </ul>
            <p className="settings-field__hint">
              {hasForwardingNumbers ? '' : 'Add a forwarding number to offer 3 for your mobile. '}
              With no key pressed within 6 seconds, or another key, the menu is said again, up to three times; then
              Dialtone rings.
            </p>
            <ListenNote listen={listen} voice={voiceLabel(handling.voice)} id={`${id}-listen`} />
          </div>
        </>
      )}
    </>
  );
}
