import type { HistoryEntry } from '../../../shared/models/history';
import { Icon } from '../../ui/icons';

/** An arrow into the corner for incoming calls, out of it for outgoing ones, a broken one for missed. */
export function DirectionIcon({ entry }: { entry: HistoryEntry }) {
  if (entry.missed) {
    return (
      <Icon size={18} strokeWidth={2}>
        <path d="M4 7l6 6 4-4 6 6M20 10v5h-5" />
      </Icon>
    );
  }
  return entry.direction === 'incoming' ? (
    <Icon size={18} strokeWidth={2}>
      <path d="M18 6L6 18M6 9v9h9" />
    </Icon>
  ) : (
    <Icon size={18} strokeWidth={2}>
      <path d="M6 18L18 6M9 6h9v9" />
    </Icon>
  );
}
