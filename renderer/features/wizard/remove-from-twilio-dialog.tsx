import { useId, useState } from 'react';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ModalDialog } from '../../ui/modal-dialog';
import { formatPhoneNumber } from './number-text';

interface RemoveFromTwilioDialogProps {
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/**
 * Asks before deleting what Dialtone made on the Twilio account. Releasing a bought number is a
 * second, separate choice, off by default: a released number is gone for good.
 */
export function RemoveFromTwilioDialog({ onClose, fallbackFocus }: RemoveFromTwilioDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const releaseId = useId();
  const number = useSetupStore((state) => state.setup?.number ?? null);
  const removal = useSetupStore(selectors.removal);
  const removeFromTwilio = useSetupStore((state) => state.removeFromTwilio);
  const [release, setRelease] = useState(false);
  const busy = removal.status === 'busy';
  const shown = number ? formatPhoneNumber(number.phoneNumber) : '';

  async function confirm() {
    if (busy) return;
    await removeFromTwilio(release);
    onClose();
  }

  return (
    <ModalDialog
      className="account-dialog account-dialog--small"
      labelledBy={titleId}
      describedBy={bodyId}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    >
      <div className="account-dialog__content">
        <h2 id={titleId} className="account-dialog__title">
          Remove Dialtone from this Twilio account?
        </h2>
        <div id={bodyId} className="account-dialog__intro">
          <p className="wizard-dialog-text">Dialtone deletes what it created on your Twilio account:</p>
          <ul className="wizard-list">
            <li>the SIP domain, its credential list and the phone's sign-in;</li>
            <li>the Twilio Functions service that routes calls and takes voicemail;</li>
            <li>the phone line in Dialtone.</li>
          </ul>
          <p className="wizard-dialog-text">
            An API key Dialtone made stays: Twilio does not let a key delete keys. The report says which one to delete
            in the Twilio Console.
          </p>
          {number && (
            <p className="wizard-dialog-text">
              {number.purchased
                ? `The number ${shown} stays on your Twilio account, unless you also release it below.`
                : `The number ${shown} was already yours: it stays on your Twilio account, no longer routed to Dialtone.`}
            </p>
          )}
        </div>
        {number?.purchased && (
          <div className="settings-checkbox wizard-release">
            <input
              id={releaseId}
              type="checkbox"
              checked={release}
              onChange={(event) => setRelease(event.target.checked)}
            />
            <label htmlFor={releaseId}>Also release the number {shown} (you lose it for good)</label>
          </div>
        )}
        <div className="account-form__buttons">
          <button type="button" className="secondary-button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="secondary-button danger-button"
            aria-disabled={busy || undefined}
            onClick={() => void confirm()}
          >
            {busy ? 'Removing…' : release ? 'Remove and release the number' : 'Remove'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
