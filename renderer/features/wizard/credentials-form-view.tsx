import { useId, useRef, useState, type FormEvent } from 'react';
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

const kindOptions = [
  { value: 'auth-token', label: "The account's main credentials" },
  { value: 'api-key', label: 'An API key' },
] as const;

function errorsFor(form: CredentialsForm, schemas: SetupSchemas | null): CredentialsErrors {
  const missing = missingFieldErrors(form);
  const invalid = schemas
    ? fieldErrors<CredentialsField>(schemas.twilioCredentialsInputSchema, credentialsInput(form))
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
  const errors = attempted ? errorsFor(form, schemas) : {};
  const problemRef = problem ? problemId : undefined;

  const change = (field: keyof CredentialsForm, value: string) => setForm((now) => ({ ...now, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const found = errorsFor(form, await loadSetupSchemas().catch(() => null));
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
      <p className="wizard-note">
        Find them in the Twilio Console (console.twilio.com), under Account Info on the home page. Dialtone keeps them
        encrypted on this computer and never shows them again.
      </p>
      <ChoiceField
        name="kind"
        legend="Sign in with"
        hint="An API key can be revoked on its own in the Twilio Console without changing your Auth Token."
        options={kindOptions}
        value={form.kind}
        onChange={(kind) => setForm((now) => ({ ...now, kind }))}
      />
      <InputField {...text('accountSid')} label="Account SID" hint="Starts with AC." placeholder="AC…" />
      {form.kind === 'auth-token' ? (
        <SecretField {...text('authToken')} label="Auth Token" hint="Shown under Account Info when you select Show." />
      ) : (
        <>
          <InputField
            {...text('apiKeySid')}
            label="API Key SID"
            hint="Starts with SK. Make one under Account, API keys & tokens."
            placeholder="SK…"
          />
          <SecretField {...text('apiKeySecret')} label="API key secret" hint="Shown only once, when the key is made." />
        </>
      )}
      {problem && <ProblemAlert problem={problem} id={problemId} />}
      <RequestErrorAlert message={requestError} />
      {attempted && Object.keys(errors).length > 0 && (
        <p className="account-form__refusal" role="alert">
          Some fields need a change; each says what to do.
        </p>
      )}
      <WizardProgress busy={pending === 'connect'} text="Checking with Twilio…" />
      <WizardButtons onBack={onBack} busy={busy}>
        <button type="submit" className="button wizard-button" aria-disabled={busy || undefined}>
          Connect
        </button>
      </WizardButtons>
    </form>
  );
}
