import { useId } from 'react';
import type { Contact } from '../../../shared/models/contact';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { ModalDialog } from '../accounts/modal-dialog';

interface RemoveContactDialogProps {
  contact: Contact;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before deleting a contact; Cancel has focus. Calls in the history keep their numbers. */
export function RemoveContactDialog({ contact, onClose, fallbackFocus }: RemoveContactDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const status = useContactsStore(selectors.removeStatus);
  const remove = useContactsStore((state) => state.remove);
  const busy = status.status === 'busy';

  async function confirm() {
    if (busy) return;
    if (await remove(contact.id)) onClose();
  }

  return (
    <ModalDialog
      className="contacts-dialog contacts-dialog--small"
      labelledBy={titleId}
      describedBy={bodyId}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    >
      <div className="contacts-dialog__content">
        <h2 id={titleId} className="contacts-dialog__title">
          Delete {contact.name}?
        </h2>
        <p id={bodyId} className="contacts-dialog__intro">
          Their numbers and addresses are removed from your contacts. Calls in your history stay, shown by number.
        </p>
        {status.status === 'failed' && (
          <p className="contacts-problem" role="alert">
            {status.message}
          </p>
        )}
        <div className="contacts-dialog__buttons">
          <button type="button" className="secondary-button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="danger-button"
            aria-disabled={busy || undefined}
            onClick={() => void confirm()}
          >
            {busy ? 'Deleting…' : 'Delete contact'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
