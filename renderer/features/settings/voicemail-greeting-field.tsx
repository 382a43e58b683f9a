import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
import { checkText } from '../../i18n/words-text';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import type { FieldSave } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { BriefLiveAtTwilioStatus } from '../call-handling/live-at-twilio-status';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { useSetupSchemas } from '../wizard/setup-schemas';

/** The words Twilio says before the beep. Saved here, then sent to the Twilio phone line (the status below says when it is live). */
export function VoicemailGreetingField() {
  const id = useId();
  const t = useT();
  const intl = useIntl();
  const label = t('settings.greetingLabel');
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const greeting = useSetupStore(selectors.voicemailGreeting) ?? '';
  const busy = useSetupStore(selectors.busy);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const setVoicemailGreeting = useSetupStore((state) => state.setVoicemailGreeting);
  const schemas = useSetupSchemas();
  // null until the person types: the field then follows what main has.
  const [draft, setDraft] = useState<string | null>(null);
  const [save, setSave] = useState<FieldSave['status']>('idle');

  if (!hasLine) {
    return (
      <div className="settings-field">
        <p className="settings-field__label">{label}</p>
        <p className="settings-field__hint">{t('settings.greetingNeedsLine')}</p>
      </div>
    );
  }

  const text = draft ?? greeting;
  const checked = schemas?.voicemailGreetingSchema.safeParse(text);
  const issue = checked && !checked.success ? checked.error.issues[0] : undefined;
  const invalid = issue ? checkText(issue.message, intl) : null;
  const changed = text.trim() !== greeting;
  const canSave = !busy && changed && invalid === null;

  async function submit() {
    if (!canSave) return;
    setSave('saving');
    const saved = await setVoicemailGreeting(text);
    setSave(saved ? 'saved' : 'failed');
    if (saved) setDraft(null);
  }

  const describedBy = [`${id}-hint`, invalid && `${id}-invalid`].filter(Boolean).join(' ');
  return (
    <div className="settings-field voicemail-greeting">
      <label className="settings-field__label" htmlFor={id}>
        {label}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('settings.greetingHint')}
      </p>
      <textarea
        id={id}
        className="text-area"
        rows={3}
        value={text}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setSave('idle');
        }}
      />
      {invalid && (
        <p className="settings-field__problem" id={`${id}-invalid`}>
          {invalid}
        </p>
      )}
      <div className="voicemail-greeting__actions">
        <button type="button" className="button" aria-disabled={!canSave || undefined} onClick={() => void submit()}>
          {t('settings.greetingSave')}
        </button>
      </div>
      <SaveStatus save={save === 'saving' || save === 'saved' ? { status: save } : { status: 'idle' }} />
      <BriefLiveAtTwilioStatus />
      {save === 'failed' &&
        (problem ? <ProblemAlert problem={problem} /> : <RequestErrorAlert message={requestError} />)}
    </div>
  );
}
