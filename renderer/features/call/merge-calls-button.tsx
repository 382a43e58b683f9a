import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { useT } from '../../i18n/use-t';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeRemote } from './call-text';

/** With a call being talked on and another on hold: merges them into a 3-way call. */
export function MergeCallsButton() {
  const t = useT();
  const country = useSettingsStore(countryOf);
  const current = useCallsStore(selectors.current);
  const held = useCallsStore(selectors.mergeable);
  if (!current || !held) return null;
  const names = [current, held].map((call) => describeRemote(call, country).primary);
  return (
    <button
      type="button"
      className="call-controls__button merge-calls"
      title={t('call.mergeTitle', { first: names[0], second: names[1] })}
      onClick={() => void useCallsStore.getState().merge(current.id, held.id)}
    >
      {t('call.mergeCalls')}
      <span className="call-sr-only">{t('call.mergeHidden', { first: names[0], second: names[1] })}</span>
    </button>
  );
}
