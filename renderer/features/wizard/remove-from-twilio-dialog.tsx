import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
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
  const t = useT();

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
          {t('wizard.removeTitle')}
        </h2>
        <div id={bodyId} className="account-dialog__intro">
          <p className="wizard-dialog-text">{t('wizard.removeDeletes')}</p>
          <ul className="wizard-list">
            <li>{t('wizard.removeItemDomain')}</li>
            <li>{t('wizard.removeItemFunctions')}</li>
            <li>{t('wizard.removeItemLine')}</li>
          </ul>
          <p className="wizard-dialog-text">{t('wizard.removeApiKeyStays')}</p>
          {number && (
            <p className="wizard-dialog-text">
              {number.purchased
                ? t('wizard.removeNumberBought', { number: shown })
                : t('wizard.removeNumberOwned', { number: shown })}
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
            <label htmlFor={releaseId}>{t('wizard.removeAlsoRelease', { number: shown })}</label>
          </div>
        )}
        <div className="account-form__buttons">
          <button type="button" className="secondary-button" data-autofocus onClick={onClose}>
            {t('wizard.cancel')}
          </button>
          <button
            type="button"
            className="secondary-button danger-button"
            aria-disabled={busy || undefined}
            onClick={() => void confirm()}
          >
            {busy ? t('wizard.removing') : release ? t('wizard.removeAndRelease') : t('wizard.remove')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
