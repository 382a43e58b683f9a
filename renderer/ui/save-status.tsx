import type { FieldSave } from '../stores/settings/settings.store';
import { assertNever } from '../../shared/assert-never';

function describe(save: FieldSave): string {
  switch (save.status) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return save.message;
    default:
      return assertNever(save);
  }
}

/** Always rendered, so screen readers already watch the region when "Saved" appears. */
export function SaveStatus({ save }: { save: FieldSave }) {
  return (
    <p className={`save-status save-status--${save.status}`} aria-live="polite">
      {describe(save)}
    </p>
  );
}
