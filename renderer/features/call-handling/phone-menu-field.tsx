import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { CallHandling } from '../../../shared/models/call-handling';
import { generatedMenuPrompt, phoneMenuChoices } from '../../../shared/models/phone-menu-prompt';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { useCallHandlingSchemas } from './call-handling-schemas';
import { ListenNote } from './listen-button';
import { RecordedGreetingChoice } from './recorded-greeting-choice';
import { voiceLabel, voiceLanguage } from './speech-voice';
import { SpokenTextField } from './spoken-text-field';
import { spokenTextProblem, withSpokenText } from './spoken-text-problem';
import { useListen } from './use-listen';
import './spoken-text.css';

/** What each key does, in the app's language (what callers hear stays in the voice's language). */
const keyDoes: Readonly<Record<string, MessageId>> = {
  '1': 'callHandling.keyRingsDialtone',
  '2': 'callHandling.keyVoicemail',
  '3': 'callHandling.keyForwarding',
};

interface PhoneMenuFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** The phone menu: on or off (saves at once), its prompt (saves with Save), and what each key does. */
export function PhoneMenuField({ handling, busy, change }: PhoneMenuFieldProps) {
  const id = useId();
  const t = useT();
  const intl = useIntl();
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
          <label htmlFor={id}>{t('callHandling.answerWithMenu')}</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
          {t('callHandling.menuHint')}
        </p>
      </div>
      {handling.menu.enabled && (
        <>
          <SpokenTextField
            label={t('callHandling.menuPrompt')}
            hint={t('callHandling.menuPromptHint')}
            saved={handling.menu.prompt}
            placeholder={generated}
            heardWhenEmpty={generated}
            saveLabel={t('callHandling.savePrompt')}
            busy={busy}
            problemOf={(text) => spokenTextProblem(schemas, handling, [...path], text, intl)}
            save={(text) => change(withSpokenText(handling, [...path], text))}
            listen={listen}
            listenNoteId={`${id}-listen`}
            what={t('callHandling.theMenuPrompt')}
          />
          <RecordedGreetingChoice
            what={t('callHandling.theMenuPrompt')}
            saved={handling.greetingRecordings.menu}
            busy={busy}
            choose={(menu) => change({ ...handling, greetingRecordings: { ...handling.greetingRecordings, menu } })}
          />
          <div className="settings-field">
            <p className="settings-field__label" id={`${id}-keys`}>
              {t('callHandling.whatEachKeyDoes')}
            </p>
            <ul className="phone-menu__keys" aria-labelledby={`${id}-keys`}>
              {phoneMenuChoices(hasForwardingNumbers).map((choice) => (
                <li key={choice.key}>
                  <span className="phone-menu__key">{choice.key}</span>
                  {keyDoes[choice.key] ? t(keyDoes[choice.key]!) : choice.does}
                </li>
              ))}
            </ul>
            <p className="settings-field__hint">
              {hasForwardingNumbers ? '' : t('callHandling.menuAddForwarding')}
              {t('callHandling.menuRepeat')}
            </p>
            <ListenNote listen={listen} voice={voiceLabel(handling.voice, t)} id={`${id}-listen`} />
          </div>
        </>
      )}
    </>
  );
}
