import { useId } from 'react';
import { useIntl } from 'react-intl';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { ModalDialog } from '../../ui/modal-dialog';
import { SaveStatus } from '../../ui/save-status';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { blockDialogText } from './block-dialog-text';
import type { BlockChange } from './caller-block';
import { useBlockSave } from './use-block-callers';

interface BlockCallerDialogProps {
  change: BlockChange;
  /** Whose numbers they are, when there are several (a contact's). */
  owner?: string;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/**
 * Asks before blocking or unblocking, saying what it does; saves it at Twilio and closes once Twilio has
 * it. Cancel has focus; a failure shows in the dialog, as Settings shows it.
 */
export function BlockCallerDialog({ change, owner, onClose, fallbackFocus }: BlockCallerDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const country = useSettingsStore(countryOf);
  const { save, apply } = useBlockSave();
  const intl = useIntl();
  const text = blockDialogText(change, country, owner ?? null, intl);
  const saving = save.status === 'saving';

  async function confirm() {
    if (saving) return;
    if (await apply(change)) onClose();
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
          {text.title}
        </h2>
        <p id={bodyId} className="contacts-dialog__intro">
          {text.message}
        </p>
        {save.status === 'failed' &&
          (save.problem ? <ProblemAlert problem={save.problem} /> : <RequestErrorAlert message={save.message} />)}
        <SaveStatus save={saving ? { status: 'saving' } : { status: 'idle' }} />
        <div className="contacts-dialog__buttons">
          <button type="button" className="secondary-button" data-autofocus onClick={onClose}>
            {intl.formatMessage({ id: 'callHandling.cancel' })}
          </button>
          <button
            type="button"
            className={change.action === 'block' ? 'danger-button' : 'secondary-button'}
            aria-disabled={saving || undefined}
            onClick={() => void confirm()}
          >
            {saving ? text.busy : text.confirm}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
