import { useRef, useState, type FormEvent } from 'react';
import type { OfficeTrunkInput } from '../../../shared/models/office-trunk';
import { officePbxKinds } from '../../../shared/models/office-trunk-names';
import type { OwnedNumber } from '../../../shared/models/twilio-setup';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { CheckboxField } from '../accounts/account-form-fields';
import { countryOptions } from '../settings/country-options';
import { formatPhoneNumber } from '../wizard/number-text';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { InputField, SelectField } from '../wizard/wizard-fields';
import { WizardButtons, WizardProgress } from '../wizard/wizard-step';
import {
  needsSourceAddress,
  officeFormErrors,
  officeFormFields,
  officeTrunkInputOf,
  pbxKindLabels,
  type OfficeForm,
} from './office-form';

const pbxOptions = officePbxKinds.map((kind) => ({ value: kind, label: pbxKindLabels[kind] }));

interface OfficePbxFormProps {
  /** Kept by the step, so what was typed survives the checklist screen and a refusal. */
  form: OfficeForm;
  onChange(form: OfficeForm): void;
  onConnect(input: OfficeTrunkInput): void;
  /** The account's numbers that are free for the office (not the phone line's). */
  numbers: readonly OwnedNumber[];
  onBack(): void;
}

/** The office PBX: its kind and address, the number moved to the trunk, and Dialtone's extension on Asterisk. */
export function OfficePbxForm({ form, onChange, onConnect, numbers, onBack }: OfficePbxFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [tried, setTried] = useState(false);
  const pending = useOfficeTrunkStore(selectors.pending);
  const requestError = useOfficeTrunkStore(selectors.requestError);
  const problem = useOfficeTrunkStore((state) => state.office?.problem ?? null);
  const errors = tried ? officeFormErrors(form) : {};
  const change = <K extends keyof OfficeForm>(key: K, value: OfficeForm[K]) => onChange({ ...form, [key]: value });
  const busy = pending !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const found = officeFormErrors(form);
    const invalid = officeFormFields.find((field) => found[field] !== undefined);
    if (invalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus();
      return;
    }
    onConnect(officeTrunkInputOf(form));
  }

  const numberOptions = numbers.map((number) => ({
    value: number.phoneNumber,
    label: formatPhoneNumber(number.phoneNumber),
  }));
  const countries = countryOptions().map((country) => ({ value: country.code, label: country.name }));

  return (
    <form ref={formRef} className="wizard-form account-form" noValidate onSubmit={submit}>
      <SelectField
        name="pbx"
        label="Phone system"
        value={form.pbx}
        options={pbxOptions}
        onChange={(v) => change('pbx', v)}
      />
      <InputField
        name="pbxAddress"
        label="PBX address"
        hint="Its public IPv4 address or host name: where Twilio sends calls to the office."
        placeholder="203.0.113.7"
        value={form.pbxAddress}
        error={errors.pbxAddress}
        onChange={(v) => change('pbxAddress', v)}
      />
      <InputField
        name="port"
        label="SIP port"
        optional
        hint="Leave empty for the usual one: 5061 with TLS, 5060 without."
        inputMode="numeric"
        value={form.port}
        error={errors.port}
        onChange={(v) => change('port', v)}
      />
      <CheckboxField
        name="secure"
        label="Encrypt calls (TLS and SRTP)"
        hint="Twilio's secure trunking: signalling over TLS, audio over SRTP. Turn it off only if the PBX cannot do it."
        checked={form.secure}
        onChange={(v) => change('secure', v)}
      />
      {needsSourceAddress(form) && (
        <InputField
          name="sourceAddress"
          label="Address the PBX calls from"
          hint="The PBX has a host name: Twilio lets in calls from one public IPv4 address, like 203.0.113.7."
          value={form.sourceAddress}
          error={errors.sourceAddress}
          onChange={(v) => change('sourceAddress', v)}
        />
      )}
      {numberOptions.length > 0 ? (
        <SelectField
          name="phoneNumber"
          label="Office number"
          hint="Calls to it go to the PBX; it stops ringing anywhere else."
          value={form.phoneNumber}
          options={numberOptions}
          error={errors.phoneNumber}
          onChange={(v) => change('phoneNumber', v)}
        />
      ) : (
        <p className="wizard-note">
          This Twilio account has no number free for the office: buy one in the Twilio Console, then come back.
        </p>
      )}
      <InputField
        name="friendlyName"
        label="Trunk name"
        value={form.friendlyName}
        error={errors.friendlyName}
        onChange={(v) => change('friendlyName', v)}
      />
      <SelectField
        name="country"
        label="Office country"
        hint="How the office's phones dial national numbers."
        value={form.country}
        options={countries}
        onChange={(v) => change('country', v)}
      />
      {form.pbx === 'asterisk' && (
        <>
          <InputField
            name="dialtoneExtension"
            label="Dialtone extension"
            hint="This computer's extension number on the PBX, like 1001."
            inputMode="numeric"
            value={form.dialtoneExtension}
            error={errors.dialtoneExtension}
            onChange={(v) => change('dialtoneExtension', v)}
          />
          <CheckboxField
            name="addDialtonePhone"
            label="Add Dialtone as a phone on this PBX"
            hint="Dialtone signs in to the PBX as this extension once the files are loaded there."
            checked={form.addDialtonePhone}
            onChange={(v) => change('addDialtonePhone', v)}
          />
        </>
      )}
      {problem && <ProblemAlert problem={problem} />}
      <RequestErrorAlert message={requestError} />
      <WizardProgress busy={pending === 'provision'} text="Connecting…" />
      <WizardButtons onBack={onBack} busy={busy}>
        <button
          type="submit"
          className="button wizard-button"
          aria-disabled={busy || numbers.length === 0 || undefined}
        >
          Connect the office
        </button>
      </WizardButtons>
    </form>
  );
}
