import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useHistoryStore } from '../../stores/history/history.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface ClearHistoryDialogProps {
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before removing every call from the history; Cancel has focus. */
export function ClearHistoryDialog({ onClose, fallbackFocus }: ClearHistoryDialogProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const clear = useHistoryStore((state) => state.clear);

  async function confirm() {
    setBusy(true);
    const cleared = await clear();
    setBusy(false);
    if (cleared) onClose();
  }

  return (
    <ConfirmDialog
      title={t('history.clearTitle')}
      message={t('history.clearMessage')}
      confirmLabel={t('history.clearConfirm')}
      busyLabel={t('history.clearing')}
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
