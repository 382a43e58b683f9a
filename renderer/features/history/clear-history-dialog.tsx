import { useState } from 'react';
import { useHistoryStore } from '../../stores/history/history.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface ClearHistoryDialogProps {
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before removing every call from the history; Cancel has focus. */
export function ClearHistoryDialog({ onClose, fallbackFocus }: ClearHistoryDialogProps) {
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
      title="Clear all call history?"
      message="Every call you made, received or missed is removed from this list. Your contacts stay. This cannot be undone."
      confirmLabel="Clear history"
      busyLabel="Clearing…"
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
