import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { useT } from '../../i18n/use-t';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import {
  buildSaveInput,
  fieldNamedInRefusal,
  firstInvalidField,
  formFromAccount,
  newAccountForm,
  validateAccountForm,
  type AccountFormField,
  type AccountFormValues,
  type EditedAccount,
} from './account-form-model';

/**
 * A SIP account form's state and its save: checked here first (the first field to fix gets the focus),
 * then saved by main, whose refusal is shown as is and focuses the field it names.
 */
export function useAccountForm(account: AccountSummary | null, onSaved: () => void) {
  const formRef = useRef<HTMLFormElement>(null);
  const edited: EditedAccount = account && {
    id: account.id,
    provider: account.provider,
    hasPassword: account.hasPassword,
  };
  const [values, setValues] = useState<AccountFormValues>(() => (account ? formFromAccount(account) : newAccountForm));
  const [attempted, setAttempted] = useState(false);
  const saveStatus = useAccountsStore(selectors.saveStatus);
  const save = useAccountsStore(selectors.save);
  const clearChangeErrors = useAccountsStore(selectors.clearChangeErrors);
  const busy = saveStatus.status === 'busy';
  const t = useT();
  // Problems show once Save was pressed, then follow every change.
  const errors = attempted ? validateAccountForm(values, edited, t) : {};

  useEffect(() => clearChangeErrors, [clearChangeErrors]);

  function change<K extends AccountFormField>(key: K, value: AccountFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function focusField(field: AccountFormField) {
    const control = formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`);
    const details = control?.closest('details');
    if (details) details.open = true;
    control?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const invalid = firstInvalidField(validateAccountForm(values, edited, t));
    if (invalid) return focusField(invalid);
    if (await save(buildSaveInput(values, edited))) return onSaved();
    const status = useAccountsStore.getState().saveStatus;
    const named = fieldNamedInRefusal(status.status === 'failed' ? status.message : '');
    if (named) focusField(named);
  }

  const alerts = (
    <>
      {saveStatus.status === 'failed' && (
        <p className="account-form__refusal" role="alert">
          {saveStatus.message}
        </p>
      )}
      {attempted && Object.keys(errors).length > 0 && (
        <p className="account-form__refusal" role="alert">
          {t('accounts.fieldsNeedChange')}
        </p>
      )}
    </>
  );

  return { formRef, edited, values, errors, busy, change, submit, alerts };
}
