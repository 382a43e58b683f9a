import { useEffect } from 'react';
import type { HistoryEntry } from '../../../shared/models/history';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { pendingRetryMs, selectors, useCallCostStore } from '../../stores/call-cost/call-cost.store';

/** What the row's call cost on the Twilio line: "Cost pending" until Twilio has priced it; nothing off Twilio. */
export function CallCost({ entry }: { entry: HistoryEntry }) {
  const t = useT();
  const format = useFormat();
  const cost = useCallCostStore(selectors.costOf(entry.id));
  const pending = cost?.kind === 'pending';

  useEffect(() => {
    if (entry.endedAt === null) return;
    const { costOf } = useCallCostStore.getState();
    void costOf(entry.id);
  }, [entry.id, entry.endedAt]);

  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void useCallCostStore.getState().costOf(entry.id), pendingRetryMs);
    return () => clearInterval(timer);
  }, [entry.id, pending]);

  if (cost === null || cost.kind === 'none') return null;
  return (
    <span className="history-row__cost">
      <span className="visually-hidden">{t('history.spokenSeparator')}</span>
      {cost.kind === 'priced'
        ? t('history.cost', { amount: format.price(cost.cost.amount, cost.cost.currency) })
        : t('history.costPending')}
    </span>
  );
}

/** Next to History's heading: this month's calls with a known price, in total (per currency, rarely more than one). */
export function MonthCostLine() {
  const t = useT();
  const format = useFormat();
  const monthCost = useCallCostStore(selectors.monthCost);
  useEffect(() => void useCallCostStore.getState().loadMonthCost(), []);
  if (!monthCost || monthCost.length === 0) return null;
  const total = monthCost.map((entry) => format.price(entry.amount, entry.currency)).join(' + ');
  const calls = monthCost.reduce((sum, entry) => sum + entry.calls, 0);
  return (
    <p className="history-view__month-cost" data-testid="month-cost">
      {t('history.monthCost', { total, calls })}
    </p>
  );
}
