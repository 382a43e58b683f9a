import type { CallSnapshot } from '../../../shared/models/call';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeCallState, describeRecording, describeRemote } from './call-text';

/**
 * Always mounted, so screen readers hear "Calling…", "Connected", "Call ended: busy" as they
 * happen, including the first state of a call (a live region added with its text is not read).
 */
export function CallAnnouncer() {
  const country = useSettingsStore(countryOf);
  const call = useCallsStore((state) => selectors.current(state) ?? state.endedNotice);
  const partner = useCallsStore((state) => state.active.find((other) => other.id === call?.conferenceWith));
  const who = (shown: CallSnapshot) => describeRemote(shown, country).primary;
  const recording = call && call.state !== 'ended' ? describeRecording(call.recording) : '';
  const state = call && (recording ? `${describeCallState(call)}, ${recording}` : describeCallState(call));
  const text = !call
    ? ''
    : partner
      ? `3-way call with ${who(call)} and ${who(partner)}: ${state}`
      : `${who(call)}: ${state}`;
  return (
    <p className="call-sr-only" role="status">
      {text}
    </p>
  );
}
