import { useId } from 'react';
import type { AccountSummary, SipTransport, SrtpPolicy } from '../../../shared/models/account';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { selectors, useRegistrationStore } from '../../stores/registration/registration.store';
import { describeAccountLine } from './describe-account-line';
import '../shell/registration-pill.css';

const transportText: Record<SipTransport, string> = { tls: 'TLS', tcp: 'TCP' };
const srtpText: Record<SrtpPolicy, MessageId> = {
  off: 'accounts.rowSrtpOff',
  optional: 'accounts.rowSrtpOptional',
  mandatory: 'accounts.rowSrtpMandatory',
};

interface AccountRowProps {
  account: AccountSummary;
  onEdit(): void;
  onRemove(): void;
}

/** One account: its name and address, its line state as it changes, Edit and Remove. */
export function AccountRow({ account, onEdit, onRemove }: AccountRowProps) {
  const nameId = useId();
  const registration = useRegistrationStore(selectors.registration);
  const loadError = useRegistrationStore(selectors.loadError);
  const t = useT();
  const { text, tone } = describeAccountLine(account, registration, loadError, t);
  const detail = {
    address: account.sipAddress,
    registrar: account.registrar,
    transport: transportText[account.transport],
    encryption: t(srtpText[account.srtp]),
  };

  return (
    <div className="settings-field account-row">
      <div className="account-row__about">
        <h3 id={nameId} className="account-row__name">
          {account.label}
        </h3>
        <p className="account-row__detail">
          {account.label !== account.sipAddress
            ? t('accounts.rowDetailWithAddress', detail)
            : t('accounts.rowDetail', detail)}
        </p>
        <p className={`registration-pill registration-pill--${tone} account-row__status`} data-testid="account-line">
          <span className="registration-pill__dot" aria-hidden="true" />
          {text}
        </p>
      </div>
      <div className="account-row__actions">
        <button type="button" className="secondary-button" aria-describedby={nameId} onClick={onEdit}>
          {t('accounts.edit')}
        </button>
        <button
          type="button"
          className="secondary-button secondary-button--danger"
          aria-describedby={nameId}
          onClick={onRemove}
        >
          {t('accounts.remove')}
        </button>
      </div>
    </div>
  );
}
