import { useId, useRef, useState, type FormEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ChoiceField } from '../accounts/account-form-fields';
import {
  credentialsInput,
  emptyCredentialsForm,
  firstInvalidCredential,
  missingFieldErrors,
  type CredentialsErrors,
  type CredentialsField,
  type CredentialsForm,
} from './credentials-form';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { fieldErrors, loadSetupSchemas, useSetupSchemas, type SetupSchemas } from './setup-schemas';
import { InputField, SecretField } from './wizard-fields';
import { WizardButtons, WizardProgress } from './wizard-step';

const kindOptions = (t: Translate) =>
  [
    { value: 'auth-token', label: t('wizard.kindAuthToken') },
    { value: 'api-key', label: t('wizard.kindApiKey') },
  ] as const;

function errorsFor(
  form: CredentialsForm,
  schemas: SetupSchemas | null,
  t: Translate,
  intl: IntlShape,
): CredentialsErrors {
  const missing = missingFieldErrors(form, t);
  const invalid = schemas
    ? fieldErrors<CredentialsField>(schemas.twilioCredentialsInputSchema, credentialsInput(form), intl)
    : {};
  return { ...invalid, ...missing };
}

/** Account SID and Auth Token, or an API key: checked here with main's own schema, then by Twilio. */
export function CredentialsFormView({ onBack, onConnected }: { onBack(): void; onConnected(): void }) {
  const problemId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const schemas = useSetupSchemas();
  const [form, setForm] = useState<CredentialsForm>(emptyCredentialsForm);
  const [attempted, setAttempted] = useState(false);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const connect = useSetupStore((state) => state.connect);
  const t = useT();
  const intl = useIntl();
  const errors = attempted ? errorsFor(form, schemas, t, intl) : {};
  const problemRef = problem ? problemId : undefined;

  const change = (field: keyof CredentialsForm, value: string) => setForm((now) => ({ ...now, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const found = errorsFor(form, await loadSetupSchemas().catch(() => null), t, intl);
    const invalid = firstInvalidCredential(form, found);
    if (invalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus();
      return;
    }
    if (await connect(credentialsInput(form))) onConnected();
  }

  const text = (field: CredentialsField) => ({
    name: field,
    value: form[field],
    error: errors[field],
    describedById: problemRef,
    onChange: (value: string) => change(field, value),
  });

  return (
    <form ref={formRef} className="wizard-form" noValidate onSubmit={(event) => void submit(event)}>
      <p className="wizard-note">{t('wizard.credentialsWhere')}</p>
      <ChoiceField
        name="kind"
        legend={t('wizard.signInWith')}
        hint={t('wizard.signInWithHint')}
        options={kindOptions(t)}
        value={form.kind}
        onChange={(kind) => setForm((now) => ({ ...now, kind }))}
      />
      <InputField
        {...text('accountSid')}
        label={t('wizard.accountSidLabel')}
        hint={t('wizard.accountSidHint')}
        placeholder={t('wizard.accountSidPlaceholder')}
      />
      {form.kind === 'auth-token' ? (
        <SecretField {...text('authToken')} label={t('wizard.authTokenLabel')} hint={t('wizard.authTokenHint')} />
      ) : (
        <>
          <InputField
            {...text('apiKeySid')}
            label={t('wizard.apiKeySidLabel')}
            hint={t('wizard.apiKeySidHint')}
            placeholder={t('wizard.apiKeySidPlaceholder')}
          />
          <SecretField
            {...text('apiKeySecret')}
            label={t('wizard.apiKeySecretLabel')}
            hint={t('wizard.apiKeySecretHint')}
          />
        </>
      )}
      {problem && <ProblemAlert problem={problem} id={problemId} />}
      <RequestErrorAlert message={requestError} />
      {attempted && Object.keys(errors).length > 0 && (
        <p className="account-form__refusal" role="alert">
          {t('wizard.fieldsNeedChange')}
        </p>
      )}
      <WizardProgress busy={pending === 'connect'} text={t('wizard.checkingWithTwilio')} />
      <WizardButtons onBack={onBack} busy={busy}>
        <button type="submit" className="button wizard-button" aria-disabled={busy || undefined}>
          {t('wizard.connect')}
        </button>
      </WizardButtons>
    </form>
  );
}
