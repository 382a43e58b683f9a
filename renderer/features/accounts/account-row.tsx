import { useId } from 'react';
import type { AccountSummary, SipTransport, SrtpPolicy } from '../../../shared/models/account';
import { selectors, useRegistrationStore } from '../../stores/registration/registration.store';
import { describeAccountLine } from './describe-account-line';
import '../shell/registration-pill.css';

const transportText: Record<SipTransport, string> = { tls: 'TLS', tcp: 'TCP' };
const srtpText: Record<SrtpPolicy, string> = {
  off: 'calls not encrypted',
  optional: 'calls encrypted when possible',
  mandatory: 'calls always encrypted',
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
  const { text, tone } = describeAccountLine(account, registration, loadError);

  return (
    <div className="settings-field account-row">
      <div className="account-row__about">
        <h3 id={nameId} className="account-row__name">
          {account.label}
        </h3>
        <p className="account-row__detail">
          {account.label !== account.sipAddress && `${account.sipAddress} · `}
          {account.registrar} over {transportText[account.transport]}, {srtpText[account.srtp]}
        </p>
        <p className={`registration-pill registration-pill--${tone} account-row__status`} data-testid="account-line">
          <span className="registration-pill__dot" aria-hidden="true" />
          {text}
        </p>
      </div>
      <div className="account-row__actions">
        <button type="button" className="secondary-button" aria-describedby={nameId} onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="secondary-button secondary-button--danger"
          aria-describedby={nameId}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
    </div>
  );
}
