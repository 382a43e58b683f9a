import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useHistoryStore } from '../../stores/history/history.store';
import { CountBadge } from '../../ui/count-badge';

/** The count of missed calls not seen yet, on the History tab; gone once the History view has been opened. */
export function MissedCallsBadge() {
  const t = useT();
  const count = useHistoryStore(selectors.missedUnseen);

  useEffect(() => {
    void useHistoryStore.getState().loadMissedCount();
  }, []);

  return <CountBadge count={count} spoken={t('history.missedCount', { count })} />;
}
