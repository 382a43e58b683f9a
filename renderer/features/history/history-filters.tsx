import { useRef, type KeyboardEvent } from 'react';
import type { HistoryFilter } from '../../../shared/models/history';
import type { MessageId } from '../../i18n/locale-messages';
import { historyFilterOrder as historyFilters } from '../../stores/history/history-filter';
import { useT } from '../../i18n/use-t';
import { selectors, useHistoryStore } from '../../stores/history/history.store';

const filterLabels: Record<HistoryFilter, MessageId> = {
  all: 'history.filterAll',
  missed: 'history.filterMissed',
  incoming: 'history.filterIncoming',
  outgoing: 'history.filterOutgoing',
};

export const tabIdOf = (baseId: string, filter: HistoryFilter) => `${baseId}-${filter}`;

/** All / Missed / Incoming / Outgoing as tabs: arrows move between them and show the calls at once. */
export function HistoryFilters({ baseId, panelId }: { baseId: string; panelId: string }) {
  const t = useT();
  const current = useHistoryStore(selectors.filter);
  const setFilter = useHistoryStore((state) => state.setFilter);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = historyFilters.indexOf(current);
    const count = historyFilters.length;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % count
        : event.key === 'ArrowLeft'
          ? (index - 1 + count) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    const filter = next === null ? undefined : historyFilters[next];
    if (next === null || !filter) return;
    event.preventDefault();
    void setFilter(filter);
    tabs.current[next]?.focus();
  }

  return (
    <div className="history-filters" role="tablist" aria-label={t('history.filtersLabel')} onKeyDown={onKeyDown}>
      {historyFilters.map((filter, index) => (
        <button
          key={filter}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          id={tabIdOf(baseId, filter)}
          type="button"
          role="tab"
          aria-selected={filter === current}
          aria-controls={panelId}
          tabIndex={filter === current ? 0 : -1}
          className="history-filters__tab"
          onClick={() => void setFilter(filter)}
        >
          {t(filterLabels[filter])}
        </button>
      ))}
    </div>
  );
}
