import type { Contact } from '../../../shared/models/contact';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useT } from '../../i18n/use-t';

interface RemoveContactDialogProps {
  contact: Contact;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before deleting a contact; Cancel has focus. Calls in the history keep their numbers. */
export function RemoveContactDialog({ contact, onClose, fallbackFocus }: RemoveContactDialogProps) {
  const status = useContactsStore(selectors.removeStatus);
  const remove = useContactsStore((state) => state.remove);
  const t = useT();

  async function confirm() {
    if (await remove(contact.id)) onClose();
  }

  return (
    <ConfirmDialog
      title={t('contacts.deleteTitle', { name: contact.name })}
      message={t('contacts.deleteMessage')}
      confirmLabel={t('contacts.deleteConfirm')}
      busyLabel={t('contacts.deleting')}
      danger
      busy={status.status === 'busy'}
      error={status.status === 'failed' ? status.message : null}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
