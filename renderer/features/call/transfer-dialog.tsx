import { useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { dialProblemText } from '../../i18n/dial-problem-text';
import { useT } from '../../i18n/use-t';
import type { AccountSummary } from '../../../shared/models/account';
import type { CallSnapshot } from '../../../shared/models/call';
import type { ContactListItem } from '../../../shared/models/contact';
import { formatPhoneForDisplay, toDialTarget } from '../../../shared/phone/phone-number';
import { selectors as accountsSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { useCallsStore } from '../../stores/calls/calls.store';
import { selectors as pickerSelectors, useContactPickerStore } from '../../stores/contact-picker/contact-picker.store';
import { ModalDialog } from '../../ui/modal-dialog';
import { describeRemote } from './call-text';
import './transfer-dialog.css';

interface TransferDialogProps {
  call: CallSnapshot;
  country: string;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** The line calls run on is the first enabled account (as main chooses it). */
const runsOnTwilio = (accounts: AccountSummary[]) => accounts.find((account) => account.enabled)?.provider === 'twilio';

/**
 * Where to send the call: a number, a SIP address or a contact. "Transfer now" hands it over blind;
 * "Consult first" (not on Twilio lines, which transfer blind only) calls the target while it waits.
 */
export function TransferDialog({ call, country, onClose, fallbackFocus }: TransferDialogProps) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const introId = useId();
  const fieldId = useId();
  const problemId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const twilioLine = useAccountsStore((state) => runsOnTwilio(accountsSelectors.accounts(state)));
  const matches = useContactPickerStore(pickerSelectors.matches);
  const pickerError = useContactPickerStore(pickerSelectors.error);
  const who = describeRemote(call, country).primary;

  useEffect(() => () => useContactPickerStore.getState().clear(), []);

  function change(value: string) {
    setText(value);
    setProblem(null);
    void useContactPickerStore.getState().search(/[A-Za-z]/.test(value) && !value.includes('@') ? value : '');
  }

  /** The contact's number as people in `country` write it; Transfer now then checks it like a typed one. */
  function pick(contact: ContactListItem) {
    change(formatPhoneForDisplay(contact.primaryNumber ?? '', country));
  }

  /** The checked target, or null with the reason shown under the field. */
  function target(): string | null {
    const checked = toDialTarget(text, country);
    if (checked.ok) return checked.target;
    setProblem(dialProblemText(checked, intl));
    return null;
  }

  function send(how: 'now' | 'consult') {
    const checked = target();
    if (!checked) return;
    onClose();
    const calls = useCallsStore.getState();
    void (how === 'now' ? calls.transfer(call.id, checked) : calls.consult(call.id, checked));
  }

  return (
    <ModalDialog
      className="transfer-dialog"
      labelledBy={titleId}
      describedBy={introId}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    >
      <form
        className="transfer-dialog__content"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send('now');
        }}
      >
        <h2 id={titleId} className="transfer-dialog__title">
          {t('call.transferDialogTitle', { name: who })}
        </h2>
        <p id={introId} className="transfer-dialog__intro">
          {t(twilioLine ? 'call.transferIntroTwilio' : 'call.transferIntro')}
        </p>
        <label className="transfer-dialog__label" htmlFor={fieldId}>
          {t('call.transferFieldLabel')}
        </label>
        <input
          id={fieldId}
          className="transfer-dialog__field"
          data-autofocus
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => change(event.target.value)}
        />
        {problem && (
          <p id={problemId} className="transfer-dialog__problem" role="alert">
            {problem}
          </p>
        )}
        {pickerError && <p className="transfer-dialog__problem">{pickerError}</p>}
        {matches.length > 0 && (
          <ul className="transfer-dialog__contacts" aria-label={t('call.matchingContacts')}>
            {matches.map((contact) => (
              <li key={contact.id}>
                <button type="button" className="transfer-dialog__contact" onClick={() => pick(contact)}>
                  <span>{contact.name}</span>
                  <span className="transfer-dialog__contact-number">
                    {formatPhoneForDisplay(contact.primaryNumber ?? '', country)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="transfer-dialog__buttons">
          <button type="button" className="secondary-button" onClick={onClose}>
            {t('call.cancel')}
          </button>
          {!twilioLine && (
            <button type="button" className="secondary-button" onClick={() => send('consult')}>
              {t('call.consultFirst')}
            </button>
          )}
          <button type="submit" className="button">
            {t('call.transferNow')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
