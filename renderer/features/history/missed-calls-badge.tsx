import { useEffect } from 'react';
import { selectors, useHistoryStore } from '../../stores/history/history.store';
import './missed-calls-badge.css';

/** The count of missed calls not seen yet, on the History tab; gone once the History view has been opened. */
export function MissedCallsBadge() {
  const count = useHistoryStore(selectors.missedUnseen);

  useEffect(() => {
    void useHistoryStore.getState().loadMissedCount();
  }, []);

  if (count === 0) return null;
  return (
    <span className="missed-calls-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">
        , {count} missed {count === 1 ? 'call' : 'calls'}
      </span>
    </span>
  );
}
