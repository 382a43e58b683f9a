import { useEffect } from 'react';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { selectors as balanceSelectors, useBalanceStore } from '../../stores/balance/balance.store';
import { useNavigationStore } from '../../stores/navigation/navigation.store';
import { selectors as settingsSelectors, useSettingsStore } from '../../stores/settings/settings.store';
import './low-balance-note.css';

/** Twilio's balance changes with calls; every quarter of an hour is often enough for a note. */
const refreshEveryMs = 15 * 60 * 1000;

/** In the header, only while the Twilio balance is below the threshold set in Settings: a note, not an alarm. */
export function LowBalanceNote() {
  const t = useT();
  const format = useFormat();
  const threshold = useSettingsStore((state) => settingsSelectors.settings(state)?.lowBalanceWarning ?? null);
  const low = useBalanceStore(balanceSelectors.lowBalance(threshold));

  useEffect(() => {
    if (threshold === null) return;
    const { refresh } = useBalanceStore.getState();
    void refresh();
    const timer = setInterval(() => void refresh(), refreshEveryMs);
    return () => clearInterval(timer);
  }, [threshold]);

  if (low === null) return null;
  return (
    <p className="low-balance-note" role="status">
      {t('shell.lowBalance', { amount: format.price(low.amount, low.currency) })}
      <button
        type="button"
        className="low-balance-note__action"
        onClick={() => useNavigationStore.getState().navigate('settings')}
      >
        {t('shell.lowBalanceAction')}
      </button>
    </p>
  );
}
