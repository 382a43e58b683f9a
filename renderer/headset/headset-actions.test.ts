import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../shared/models/call';
import { startingCallSnapshot } from '../../shared/models/call';
import { headsetAction, headsetLights } from './headset-actions';

function call(id: string, startedAt: number, change: Partial<CallSnapshot> = {}): CallSnapshot {
  const base = {
    id,
    direction: 'incoming',
    remoteUri: `sip:${id}@example.org`,
    remoteNumber: '',
    remoteName: null,
  } as const;
  return { ...startingCallSnapshot({ ...base, soundTest: null }), startedAt, ...change };
}

const ringing = (id: string, startedAt = 1) => call(id, startedAt);
const talking = (id: string, startedAt = 1, change: Partial<CallSnapshot> = {}) =>
  call(id, startedAt, { state: 'connected', answeredAt: startedAt + 1, ...change });

describe('what a headset press does', () => {
  it('answers the longest-ringing call when lifted off the hook', () => {
    expect(headsetAction('offHook', [ringing('b', 5), ringing('a', 2)])).toEqual({ kind: 'answer', callId: 'a' });
    expect(headsetAction('offHook', [])).toBeNull();
  });

  it('hangs up the call in progress, both parties of a 3-way call, when put back on the hook', () => {
    expect(headsetAction('onHook', [talking('a')])).toEqual({ kind: 'hang-up', callIds: ['a'] });
    expect(
      headsetAction('onHook', [talking('a', 1, { conferenceWith: 'b' }), talking('b', 2, { conferenceWith: 'a' })]),
    ).toEqual({
      kind: 'hang-up',
      callIds: ['a', 'b'],
    });
    expect(headsetAction('onHook', [ringing('a'), talking('h', 1, { onHold: true })])).toBeNull();
  });

  it('hangs up with the hook button during a call and answers with it while one rings', () => {
    expect(headsetAction('hookButton', [talking('a'), ringing('b', 3)])).toEqual({ kind: 'hang-up', callIds: ['a'] });
    expect(headsetAction('hookButton', [ringing('b')])).toEqual({ kind: 'answer', callId: 'b' });
    expect(headsetAction('hookButton', [])).toBeNull();
  });

  it('toggles mute on the call in progress only', () => {
    expect(headsetAction('mute', [talking('a')])).toEqual({ kind: 'mute', callId: 'a', muted: true });
    expect(headsetAction('mute', [talking('a', 1, { muted: true })])).toEqual({
      kind: 'mute',
      callId: 'a',
      muted: false,
    });
    expect(headsetAction('mute', [ringing('a')])).toBeNull();
  });
});

describe('the lights for the calls there are', () => {
  it('rings while a call rings in, is off-hook during a call, shows mute and hold', () => {
    const off = { ring: false, offHook: false, mute: false, hold: false };
    expect(headsetLights([])).toEqual(off);
    expect(headsetLights([ringing('a')])).toEqual({ ...off, ring: true });
    expect(headsetLights([talking('a', 1, { muted: true })])).toEqual({ ...off, offHook: true, mute: true });
    expect(headsetLights([talking('a', 1, { onHold: true }), ringing('b', 2)])).toEqual({
      ...off,
      ring: true,
      offHook: true,
      hold: true,
    });
    expect(headsetLights([call('o', 1, { direction: 'outgoing', state: 'dialing' })])).toEqual({
      ...off,
      offHook: true,
    });
  });
});
