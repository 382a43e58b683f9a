import type { Contact } from '../../../shared/models/contact';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface RemoveContactDialogProps {
  contact: Contact;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before deleting a contact; Cancel has focus. Calls in the history keep their numbers. */
export function RemoveContactDialog({ contact, onClose, fallbackFocus }: RemoveContactDialogProps) {
  const status = useContactsStore(selectors.removeStatus);
  const remove = useContactsStore((state) => state.remove);

  async function confirm() {
    if (await remove(contact.id)) onClose();
  }

  return (
    <ConfirmDialog
      title={`Delete ${contact.name}?`}
      message="Their numbers and addresses are removed from your contacts. Calls in your history stay, shown by number."
      confirmLabel="Delete contact"
      busyLabel="Deleting…"
      danger
      busy={status.status === 'busy'}
      error={status.status === 'failed' ? status.message : null}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
