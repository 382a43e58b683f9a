import { useRef, useState, type FormEvent } from 'react';
import type { OfficeTrunkInput } from '../../../shared/models/office-trunk';
import { officePbxKinds } from '../../../shared/models/office-trunk-names';
import type { OwnedNumber } from '../../../shared/models/twilio-setup';
import { useT } from '../../i18n/use-t';
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

/** An address from the range kept for documentation (RFC 5737), the same in every language. */
const exampleAddress = '203.0.113.7';

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
  const t = useT();
  const [tried, setTried] = useState(false);
  const pending = useOfficeTrunkStore(selectors.pending);
  const requestError = useOfficeTrunkStore(selectors.requestError);
  const problem = useOfficeTrunkStore((state) => state.office?.problem ?? null);
  const errors = tried ? officeFormErrors(form, t) : {};
  const change = <K extends keyof OfficeForm>(key: K, value: OfficeForm[K]) => onChange({ ...form, [key]: value });
  const busy = pending !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const found = officeFormErrors(form, t);
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
        label={t('office.phoneSystem')}
        value={form.pbx}
        options={pbxOptions}
        onChange={(v) => change('pbx', v)}
      />
      <InputField
        name="pbxAddress"
        label={t('office.pbxAddress')}
        hint={t('office.pbxAddressHint')}
        placeholder={exampleAddress}
        value={form.pbxAddress}
        error={errors.pbxAddress}
        onChange={(v) => change('pbxAddress', v)}
      />
      <InputField
        name="port"
        label={t('office.sipPort')}
        optional
        hint={t('office.sipPortHint')}
        inputMode="numeric"
        value={form.port}
        error={errors.port}
        onChange={(v) => change('port', v)}
      />
      <CheckboxField
        name="secure"
        label={t('office.encrypt')}
        hint={t('office.encryptHint')}
        checked={form.secure}
        onChange={(v) => change('secure', v)}
      />
      {needsSourceAddress(form) && (
        <InputField
          name="sourceAddress"
          label={t('office.sourceAddress')}
          hint={t('office.sourceAddressHint')}
          value={form.sourceAddress}
          error={errors.sourceAddress}
          onChange={(v) => change('sourceAddress', v)}
        />
      )}
      {numberOptions.length > 0 ? (
        <SelectField
          name="phoneNumber"
          label={t('office.officeNumber')}
          hint={t('office.officeNumberHint')}
          value={form.phoneNumber}
          options={numberOptions}
          error={errors.phoneNumber}
          onChange={(v) => change('phoneNumber', v)}
        />
      ) : (
        <p className="wizard-note">{t('office.noFreeNumber')}</p>
      )}
      <InputField
        name="friendlyName"
        label={t('office.trunkName')}
        value={form.friendlyName}
        error={errors.friendlyName}
        onChange={(v) => change('friendlyName', v)}
      />
      <SelectField
        name="country"
        label={t('office.officeCountry')}
        hint={t('office.officeCountryHint')}
        value={form.country}
        options={countries}
        onChange={(v) => change('country', v)}
      />
      {form.pbx === 'asterisk' && (
        <>
          <InputField
            name="dialtoneExtension"
            label={t('office.dialtoneExtension')}
            hint={t('office.dialtoneExtensionHint')}
            inputMode="numeric"
            value={form.dialtoneExtension}
            error={errors.dialtoneExtension}
            onChange={(v) => change('dialtoneExtension', v)}
          />
          <CheckboxField
            name="addDialtonePhone"
            label={t('office.addDialtonePhone')}
            hint={t('office.addDialtonePhoneHint')}
            checked={form.addDialtonePhone}
            onChange={(v) => change('addDialtonePhone', v)}
          />
        </>
      )}
      {problem && <ProblemAlert problem={problem} />}
      <RequestErrorAlert message={requestError} />
      <WizardProgress busy={pending === 'provision'} text={t('office.connecting')} />
      <WizardButtons onBack={onBack} busy={busy}>
        <button
          type="submit"
          className="button wizard-button"
          aria-disabled={busy || numbers.length === 0 || undefined}
        >
          {t('office.connectOffice')}
        </button>
      </WizardButtons>
    </form>
  );
}
