import { useId, useState } from 'react';
import { useHistoryStore } from '../../stores/history/history.store';
import { ModalDialog } from '../accounts/modal-dialog';

interface ClearHistoryDialogProps {
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before removing every call from the history; Cancel has focus. */
export function ClearHistoryDialog({ onClose, fallbackFocus }: ClearHistoryDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const clear = useHistoryStore((state) => state.clear);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    const cleared = await clear();
    setBusy(false);
    if (cleared) onClose();
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
          Clear all call history?
        </h2>
        <p id={bodyId} className="contacts-dialog__intro">
          Every call you made, received or missed is removed from this list. Your contacts stay. This cannot be undone.
        </p>
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
            {busy ? 'Clearing…' : 'Clear history'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
