import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeCallState, describeRemote } from './call-text';

/**
 * Always mounted, so screen readers hear "Calling…", "Connected", "Call ended: busy" as they
 * happen, including the first state of a call (a live region added with its text is not read).
 */
export function CallAnnouncer() {
  const country = useSettingsStore(countryOf);
  const call = useCallsStore((state) => selectors.current(state) ?? state.endedNotice);
  const text = call ? `${describeRemote(call, country).primary}: ${describeCallState(call)}` : '';
  return (
    <p className="call-sr-only" role="status">
      {text}
    </p>
  );
}
