import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { HistoryFilter } from '../../../shared/models/history';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { groupByDay } from '../../stores/history/history-days';
import { selectors, useHistoryStore } from '../../stores/history/history.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { EmptyState } from '../../ui/empty-state';
import { HistoryIcon, TrashIcon } from '../../ui/icons';
import { ViewHeading } from '../../ui/view-heading';
import { MonthCostLine } from './call-cost';
import { ClearHistoryDialog } from './clear-history-dialog';
import { HistoryFilters, tabIdOf } from './history-filters';
import { HistoryRow } from './history-row';
import './history.css';

const emptyText: Record<HistoryFilter, { title: MessageId; body: MessageId }> = {
  all: { title: 'history.emptyAllTitle', body: 'history.emptyAllBody' },
  missed: { title: 'history.emptyMissedTitle', body: 'history.emptyMissedBody' },
  incoming: { title: 'history.emptyIncomingTitle', body: 'history.emptyIncomingBody' },
  outgoing: { title: 'history.emptyOutgoingTitle', body: 'history.emptyOutgoingBody' },
};

function rowKeyTarget(key: string, rows: HTMLElement[], index: number): HTMLElement | undefined {
  switch (key) {
    case 'ArrowDown':
      return rows[Math.min(rows.length - 1, index + 1)];
    case 'ArrowUp':
      return rows[Math.max(0, index - 1)];
    case 'Home':
      return rows[0];
    case 'End':
      return rows.at(-1);
    default:
      return undefined;
  }
}

export function HistoryView() {
  const t = useT();
  const headingId = useId();
  const tabsId = useId();
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const filter = useHistoryStore(selectors.filter);
  const entries = useHistoryStore(selectors.entries);
  const loaded = useHistoryStore(selectors.loaded);
  const hasMore = useHistoryStore(selectors.hasMore);
  const loading = useHistoryStore(selectors.loading);
  const loadError = useHistoryStore(selectors.loadError);
  const changeError = useHistoryStore(selectors.changeError);
  const country = useSettingsStore(countryOf);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const intl = useIntl();
  const days = useMemo(() => groupByDay(entries, new Date(), intl), [entries, intl]);
  const tabStopId = entries.some((entry) => entry.id === focusedId) ? focusedId : (entries[0]?.id ?? null);

  useEffect(() => {
    const history = useHistoryStore.getState();
    history.setViewing(true);
    void history.load();
    return () => useHistoryStore.getState().setViewing(false);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = event.target instanceof HTMLElement ? event.target : null;
    if (!row?.dataset.historyRow) return;
    const rows = [...(panelRef.current?.querySelectorAll<HTMLElement>('[data-history-row]') ?? [])];
    const next = rowKeyTarget(event.key, rows, rows.indexOf(row));
    if (!next) return;
    event.preventDefault();
    setFocusedId(next.dataset.historyRow ?? null);
    next.focus();
  }

  return (
    <section className="history-view" aria-labelledby={headingId}>
      <div className="history-view__header">
        <ViewHeading id={headingId}>{t('history.heading')}</ViewHeading>
        <MonthCostLine />
        {entries.length > 0 && (
          <button type="button" className="secondary-button" onClick={() => setConfirming(true)}>
            <TrashIcon />
            {t('history.clearAll')}
          </button>
        )}
      </div>
      <HistoryFilters baseId={tabsId} panelId={panelId} />
      {(loadError ?? changeError) && (
        <p className="contacts-problem" role="alert">
          {loadError ?? changeError}
        </p>
      )}
      <div
        ref={panelRef}
        id={panelId}
        role="tabpanel"
        aria-labelledby={tabIdOf(tabsId, filter)}
        aria-busy={loading || undefined}
        className="history-panel"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const id = event.target instanceof HTMLElement ? event.target.dataset.historyRow : undefined;
          if (id) setFocusedId(id);
        }}
      >
        {loaded && entries.length === 0 && !loadError && (
          <EmptyState icon={<HistoryIcon />} title={t(emptyText[filter].title)}>
            <p>{t(emptyText[filter].body)}</p>
          </EmptyState>
        )}
        {days.map((day) => (
          <section key={day.key} className="history-day" aria-labelledby={`${panelId}-${day.key}`}>
            <h2 id={`${panelId}-${day.key}`} className="history-day__title">
              {day.label}
            </h2>
            <ul className="history-list">
              {day.entries.map((entry) => (
                <HistoryRow key={entry.id} entry={entry} country={country} tabStop={entry.id === tabStopId} />
              ))}
            </ul>
          </section>
        ))}
        {hasMore && (
          <button
            type="button"
            className="secondary-button history-panel__more"
            aria-disabled={loading || undefined}
            onClick={() => !loading && void useHistoryStore.getState().loadMore()}
          >
            {loading ? t('history.loading') : t('history.showOlder')}
          </button>
        )}
      </div>
      {confirming && (
        <ClearHistoryDialog
          onClose={() => setConfirming(false)}
          fallbackFocus={() => document.getElementById(tabIdOf(tabsId, filter))}
        />
      )}
    </section>
  );
}
