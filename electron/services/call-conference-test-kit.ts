import { randomUUID } from 'node:crypto';
import { startingCallSnapshot, type CallSnapshot } from '../../shared/models/call';
import { fakePort, type FakePort } from '../media/audio-bridge/audio-bridge-test-kit';
import { mutablePort } from '../media/mutable-port';
import type { Call } from './call';

/** A call in memory (connected unless said): its SIP leg is a fake port, hold and mute act on it as a SipCall's do. */
export interface FakeConferenceCall extends Call {
  /** What reaches the far end, and where its audio comes in. */
  readonly leg: FakePort;
  /** The far end hangs up. */
  remoteHangsUp(): void;
}

export function fakeCall(remoteNumber: string, callState: CallSnapshot['state'] = 'connected'): FakeConferenceCall {
  const leg = fakePort();
  const port = mutablePort(leg);
  const listeners = new Set<(snapshot: CallSnapshot) => void>();
  let state: CallSnapshot = {
    ...startingCallSnapshot({
      id: randomUUID(),
      direction: 'outgoing',
      remoteUri: `sip:${remoteNumber}@lab.test`,
      remoteNumber,
      remoteName: null,
      soundTest: null,
    }),
    state: callState,
    answeredAt: callState === 'connected' ? Date.now() : null,
  };
  const update = (change: Partial<CallSnapshot>) => {
    state = { ...state, ...change };
    port.setHeld(state.onHold);
    port.setMuted(state.muted);
    for (const listener of listeners) listener(state);
  };
  const end = () => update({ state: 'ended', endedAt: Date.now(), endReason: 'hung-up' });
  return {
    id: state.id,
    get state() {
      return state;
    },
    twilioCallSid: null,
    leg,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    audioPort: async () => port,
    media: async () => undefined,
    ring: async () => undefined,
    answer: async () => undefined,
    decline: async () => end(),
    hangUp: async () => end(),
    remoteHangsUp: () => update({ state: 'ended', endedAt: Date.now(), endReason: 'remote-hung-up' }),
    setHold: async (hold) => update({ onHold: hold }),
    setMuted: (muted) => update({ muted }),
    sendDtmf: async () => undefined,
    setConferenceMix: (mix) => port.setMix(mix),
    setRemoteName: (name) => update({ remoteName: name }),
  };
}
