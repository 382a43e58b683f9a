import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeRemote } from './call-text';

/** With a call being talked on and another on hold: merges them into a 3-way call. */
export function MergeCallsButton() {
  const country = useSettingsStore(countryOf);
  const current = useCallsStore(selectors.current);
  const held = useCallsStore(selectors.mergeable);
  if (!current || !held) return null;
  const names = [current, held].map((call) => describeRemote(call, country).primary);
  return (
    <button
      type="button"
      className="call-controls__button merge-calls"
      title={`Merge calls: ${names[0]} and ${names[1]} hear each other and you`}
      onClick={() => void useCallsStore.getState().merge(current.id, held.id)}
    >
      Merge calls<span className="call-sr-only">: {names.join(' and ')}</span>
    </button>
  );
}
