import { useId, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { useT } from '../../i18n/use-t';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { AccountFormDialog } from './account-form-dialog';
import { AccountRow } from './account-row';
import { RemoveAccountDialog } from './remove-account-dialog';
import './phone-line-section.css';

type OpenDialog =
  { kind: 'add' } | { kind: 'edit'; account: AccountSummary } | { kind: 'remove'; account: AccountSummary };

/** Settings, Phone line: the SIP account(s), their line state, and the way to add, edit or remove one. */
export function PhoneLineSection() {
  const headingId = useId();
  const cardRef = useRef<HTMLDivElement>(null);
  const accounts = useAccountsStore(selectors.accounts);
  const loaded = useAccountsStore(selectors.loaded);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const t = useT();
  const close = () => setDialog(null);
  // When the button that opened a dialog is gone (the account was removed or just added).
  const fallbackFocus = () => cardRef.current?.querySelector<HTMLElement>('button') ?? null;

  return (
    <section className="phone-line-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('accounts.sectionHeading')}
      </h2>
      <div className="settings-card" ref={cardRef}>
        {!loaded ? (
          <p className="settings-field account-empty__text">{t('accounts.lookingForLine')}</p>
        ) : accounts.length === 0 ? (
          <div className="settings-field account-empty">
            <p className="account-empty__title">{t('accounts.noLineTitle')}</p>
            <p className="settings-field__hint">{t('accounts.noLineHint')}</p>
            <button type="button" className="button" onClick={() => setDialog({ kind: 'add' })}>
              {t('accounts.addTitle')}
            </button>
          </div>
        ) : (
          accounts.map((account) => (
            <AccountRow
              key={account.id}
              account={account}
              onEdit={() => setDialog({ kind: 'edit', account })}
              onRemove={() => setDialog({ kind: 'remove', account })}
            />
          ))
        )}
      </div>
      {dialog?.kind === 'remove' ? (
        <RemoveAccountDialog account={dialog.account} onClose={close} fallbackFocus={fallbackFocus} />
      ) : dialog ? (
        <AccountFormDialog
          account={dialog.kind === 'edit' ? dialog.account : null}
          onClose={close}
          fallbackFocus={fallbackFocus}
        />
      ) : null}
    </section>
  );
}
