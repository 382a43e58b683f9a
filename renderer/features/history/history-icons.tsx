import type { ReactNode } from 'react';
import type { HistoryEntry } from '../../../shared/models/history';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** An arrow into the corner for incoming calls, out of it for outgoing ones, a broken one for missed. */
export function DirectionIcon({ entry }: { entry: HistoryEntry }) {
  if (entry.missed) {
    return (
      <Icon>
        <path d="M4 7l6 6 4-4 6 6M20 10v5h-5" />
      </Icon>
    );
  }
  return entry.direction === 'incoming' ? (
    <Icon>
      <path d="M18 6L6 18M6 9v9h9" />
    </Icon>
  ) : (
    <Icon>
      <path d="M6 18L18 6M9 6h9v9" />
    </Icon>
  );
}
