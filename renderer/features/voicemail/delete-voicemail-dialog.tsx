import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface DeleteVoicemailDialogProps {
  id: string;
  caller: string;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before deleting a voicemail here and on Twilio; Cancel has focus, a refusal shows in the dialog. */
export function DeleteVoicemailDialog({ id, caller, onClose, fallbackFocus }: DeleteVoicemailDialogProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const error = useVoicemailStore(selectors.changeError);

  async function confirm() {
    setBusy(true);
    const removed = await useVoicemailStore.getState().remove(id);
    setBusy(false);
    if (removed) onClose();
  }

  function cancel() {
    useVoicemailStore.getState().clearChangeError();
    onClose();
  }

  return (
    <ConfirmDialog
      title={t('voicemail.deleteTitle')}
      message={t('voicemail.deleteMessage', { caller })}
      confirmLabel={t('voicemail.deleteConfirm')}
      busyLabel={t('voicemail.deleting')}
      danger
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={cancel}
      fallbackFocus={fallbackFocus}
    />
  );
}
