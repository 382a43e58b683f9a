import type { FieldSave } from '../stores/settings/settings.store';
import { assertNever } from '../../shared/assert-never';
import type { Translate } from '../i18n/message-values';
import { useT } from '../i18n/use-t';

function describe(save: FieldSave, t: Translate): string {
  switch (save.status) {
    case 'idle':
      return '';
    case 'saving':
      return t('ui.saving');
    case 'saved':
      return t('ui.saved');
    case 'failed':
      return save.message;
    default:
      return assertNever(save);
  }
}

/** Always rendered, so screen readers already watch the region when "Saved" appears. */
export function SaveStatus({ save }: { save: FieldSave }) {
  const t = useT();
  return (
    <p className={`save-status save-status--${save.status}`} aria-live="polite">
      {describe(save, t)}
    </p>
  );
}
