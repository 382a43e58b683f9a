import type { CallSnapshot } from '../../../shared/models/call';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { useT } from '../../i18n/use-t';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeCallState, describeRecording, describeRemote } from './call-text';

/**
 * Always mounted, so screen readers hear "Calling…", "Connected", "Call ended: busy" as they
 * happen, including the first state of a call (a live region added with its text is not read).
 */
export function CallAnnouncer() {
  const t = useT();
  const country = useSettingsStore(countryOf);
  const call = useCallsStore((state) => selectors.current(state) ?? state.endedNotice);
  const partner = useCallsStore((state) => state.active.find((other) => other.id === call?.conferenceWith));
  const who = (shown: CallSnapshot) => describeRemote(shown, country).primary;
  const recording = call && call.state !== 'ended' ? describeRecording(call.recording) : '';
  const state =
    call &&
    (recording
      ? t('call.announceWithRecording', { state: describeCallState(call), recording })
      : describeCallState(call));
  const text = !call
    ? ''
    : partner
      ? t('call.announceConference', { first: who(call), second: who(partner), state })
      : t('call.announceCall', { name: who(call), state });
  return (
    <p className="call-sr-only" role="status">
      {text}
    </p>
  );
}
