import { useEffect, useId, useState } from 'react';
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
    setProblem(checked.message);
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
          Transfer {who}
        </h2>
        <p id={introId} className="transfer-dialog__intro">
          {twilioLine
            ? 'Your Twilio line transfers calls blind only: the call goes straight to the number you enter and you leave it. Twilio offers no way to talk to them first.'
            : 'Transfer now sends the call straight on and you leave it. Consult first calls them while this call waits on hold, so you can introduce it.'}
        </p>
        <label className="transfer-dialog__label" htmlFor={fieldId}>
          Number, SIP address or contact name
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
          <ul className="transfer-dialog__contacts" aria-label="Matching contacts">
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
            Cancel
          </button>
          {!twilioLine && (
            <button type="button" className="secondary-button" onClick={() => send('consult')}>
              Consult first
            </button>
          )}
          <button type="submit" className="button">
            Transfer now
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
