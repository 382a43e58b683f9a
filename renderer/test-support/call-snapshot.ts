import type { CallSnapshot } from '../../shared/models/call';

/** A call being dialled out, for tests; overrides replace any field. */
export function callSnapshot(overrides: Partial<CallSnapshot> = {}): CallSnapshot {
  return {
    id: 'c1',
    direction: 'outgoing',
    remoteUri: 'sip:+15125550123@example.com',
    remoteNumber: '+15125550123',
    remoteName: null,
    callerVerified: false,
    state: 'dialing',
    earlyMedia: false,
    onHold: false,
    heldByRemote: false,
    muted: false,
    receivedDtmf: '',
    startedAt: 1,
    answeredAt: null,
    endedAt: null,
    endReason: null,
    transfer: null,
    conferenceWith: null,
    recording: 'unavailable',
    soundTest: null,
    ...overrides,
  };
}
