import type { CallSnapshot } from '../../shared/models/call';
import type { HeadsetPress } from './headset-input';
import type { LedState } from './headset-map';

export type HeadsetAction =
  | { kind: 'answer'; callId: string }
  | { kind: 'hang-up'; callIds: string[] }
  | { kind: 'mute'; callId: string; muted: boolean };

const oldestFirst = (calls: readonly CallSnapshot[]) => [...calls].sort((a, b) => a.startedAt - b.startedAt);
const ringingIn = (calls: readonly CallSnapshot[]) =>
  oldestFirst(calls).find((call) => call.direction === 'incoming' && call.state === 'ringing');
/** The call being talked on (or still ringing out): not ringing in, not ended, not on hold. */
const talking = (calls: readonly CallSnapshot[]) =>
  oldestFirst(calls).find((call) => call.state !== 'ringing' && call.state !== 'ended' && !call.onHold);

/** A 3-way call ends whole, as its End call button ends it. */
const hangUp = (call: CallSnapshot): HeadsetAction => ({
  kind: 'hang-up',
  callIds: call.conferenceWith ? [call.id, call.conferenceWith] : [call.id],
});

/**
 * What a press does to the calls there are, as a desk phone's handset would: off the hook answers
 * the longest-ringing call, back on the hook hangs up; a hook button hangs up the call in progress or
 * else answers; mute toggles the call in progress. Null when the press has nothing to act on.
 */
export function headsetAction(press: HeadsetPress, calls: readonly CallSnapshot[]): HeadsetAction | null {
  const ringing = ringingIn(calls);
  const current = talking(calls);
  switch (press) {
    case 'offHook':
      return ringing ? { kind: 'answer', callId: ringing.id } : null;
    case 'onHook':
      return current ? hangUp(current) : null;
    case 'hookButton':
      if (current) return hangUp(current);
      return ringing ? { kind: 'answer', callId: ringing.id } : null;
    case 'mute':
      return current ? { kind: 'mute', callId: current.id, muted: !current.muted } : null;
  }
}

/** The lights that match the calls: ring while a call rings in, off-hook during a call, mute and hold as the calls are. */
export function headsetLights(calls: readonly CallSnapshot[]): LedState {
  const inCall = calls.filter((call) => call.state === 'connected' || call.state === 'dialing');
  const current = talking(calls);
  return {
    ring: ringingIn(calls) !== undefined,
    offHook: inCall.length > 0,
    mute: current?.muted ?? false,
    hold: inCall.some((call) => call.onHold),
  };
}
