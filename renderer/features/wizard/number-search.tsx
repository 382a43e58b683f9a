import { useId, useRef, useState, type FormEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { NumberType } from '../../../shared/models/twilio-setup';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { countryOptions } from '../settings/country-options';
import {
  newNumberSearchForm,
  numberSearchFieldOrder,
  numberSearchInput,
  numberTypeOptions,
  type NumberSearchErrors,
  type NumberSearchField,
  type NumberSearchForm,
} from './number-search-form';
import { hasAreaCodes } from './number-text';
import { NumberResults } from './number-results';
import { fieldErrors, loadSetupSchemas, useSetupSchemas, type SetupSchemas } from './setup-schemas';
import { InputField, SelectField } from './wizard-fields';
import { WizardProgress } from './wizard-step';

function errorsFor(form: NumberSearchForm, schemas: SetupSchemas | null, intl: IntlShape): NumberSearchErrors {
  return schemas ? fieldErrors<NumberSearchField>(schemas.numberSearchSchema, numberSearchInput(form), intl) : {};
}

/** Searches Twilio's available numbers: country, type, area code (US and Canada) and digits it contains. */
export function NumberSearch() {
  const smsId = useId();
  const voiceId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const schemas = useSetupSchemas();
  const defaultCountry = useSettingsStore(countryOf);
  const [form, setForm] = useState(() => newNumberSearchForm(defaultCountry));
  const [attempted, setAttempted] = useState(false);
  const found = useSetupStore(selectors.found);
  const searchNumbers = useSetupStore((state) => state.searchNumbers);
  const searching = found.status === 'loading';
  const intl = useIntl();
  const errors = attempted ? errorsFor(form, schemas, intl) : {};
  const t = useT();
  const countries = countryOptions().map((country) => ({ value: country.code, label: country.name }));

  const change = <K extends keyof NumberSearchForm>(key: K, value: NumberSearchForm[K]) =>
    setForm((now) => ({ ...now, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (searching) return;
    setAttempted(true);
    const problems = errorsFor(form, await loadSetupSchemas().catch(() => null), intl);
    const invalid = numberSearchFieldOrder.find((field) => problems[field] !== undefined);
    if (invalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus();
      return;
    }
    await searchNumbers(numberSearchInput(form));
  }

  return (
    <div className="wizard-numbers">
      <form
        ref={formRef}
        className="wizard-form wizard-search"
        noValidate
        aria-label={t('wizard.searchLabel')}
        onSubmit={(event) => void submit(event)}
      >
        <div className="wizard-search__fields">
          <SelectField
            name="country"
            label={t('wizard.searchCountry')}
            value={form.country}
            options={countries}
            error={errors.country}
            onChange={(country) => change('country', country)}
          />
          <SelectField<NumberType>
            name="type"
            label={t('wizard.searchType')}
            value={form.type}
            options={numberTypeOptions(t)}
            error={errors.type}
            onChange={(type) => change('type', type)}
          />
          {hasAreaCodes(form.country) && (
            <InputField
              name="areaCode"
              label={t('wizard.searchAreaCode')}
              optional
              inputMode="numeric"
              placeholder={t('wizard.searchAreaCodePlaceholder')}
              hint={t('wizard.searchAreaCodeHint')}
              value={form.areaCode}
              error={errors.areaCode}
              onChange={(areaCode) => change('areaCode', areaCode)}
            />
          )}
          <InputField
            name="contains"
            label={t('wizard.searchContains')}
            optional
            hint={t('wizard.searchContainsHint')}
            value={form.contains}
            error={errors.contains}
            onChange={(contains) => change('contains', contains)}
          />
        </div>
        <div className="wizard-search__checks">
          <div className="settings-checkbox">
            <input id={voiceId} type="checkbox" checked disabled aria-describedby={`${voiceId}-hint`} />
            <label htmlFor={voiceId}>{t('wizard.searchVoice')}</label>
            <span className="wizard-search__check-hint" id={`${voiceId}-hint`}>
              {t('wizard.searchVoiceHint')}
            </span>
          </div>
          <div className="settings-checkbox">
            <input
              id={smsId}
              name="sms"
              type="checkbox"
              checked={form.sms}
              onChange={(event) => change('sms', event.target.checked)}
            />
            <label htmlFor={smsId}>{t('wizard.searchSms')}</label>
          </div>
        </div>
        <button type="submit" className="button wizard-button" aria-disabled={searching || undefined}>
          {t('wizard.search')}
        </button>
      </form>
      <WizardProgress busy={searching} text={t('wizard.searching')} />
      <NumberResults found={found} />
    </div>
  );
}
