import { useEffect } from 'react';
import { selectors, useHistoryStore } from '../../stores/history/history.store';
import { CountBadge } from '../../ui/count-badge';

/** The count of missed calls not seen yet, on the History tab; gone once the History view has been opened. */
export function MissedCallsBadge() {
  const count = useHistoryStore(selectors.missedUnseen);

  useEffect(() => {
    void useHistoryStore.getState().loadMissedCount();
  }, []);

  return <CountBadge count={count} spoken={`${count} missed ${count === 1 ? 'call' : 'calls'}`} />;
}
