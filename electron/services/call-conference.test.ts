import { beforeEach, describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../shared/models/call';
import { createMemoryLogger } from '../logging/logger';
import { decodeG711, encodeG711 } from '../media/g711';
import { AppFailure } from './app-failure';
import { fakeCall, type FakeConferenceCall } from './call-conference-test-kit';
import { createCallService, type CallService } from './call-service';
import { createEventBus } from './event-bus';
import type { LineService } from './line-service';

const tone = (value: number) => encodeG711('PCMU', new Int16Array(160).fill(value));
/** The level the far end received last, within G.711's quantisation (a few percent) of `expected`. */
function expectLastLevel(call: FakeConferenceCall, expected: number): void {
  const level = decodeG711('PCMU', call.leg.sent.at(-1)!.payload)[0]!;
  expect(Math.abs(level - expected)).toBeLessThan(expected * 0.05);
}

describe('the 3-way call, through the call service', () => {
  let calls: CallService;
  let bob: FakeConferenceCall;
  let carol: FakeConferenceCall;
  let snapshots: CallSnapshot[];
  const latest = (call: FakeConferenceCall) => snapshots.findLast((snapshot) => snapshot.id === call.id);

  /** Bob's call on hold, carol's the one being talked on: what call waiting leaves. */
  beforeEach(async () => {
    snapshots = [];
    const events = createEventBus();
    events.subscribe((event, payload) => {
      if (event === 'calls:state-changed') snapshots.push(payload as CallSnapshot);
    });
    calls = createCallService({
      line: {} as LineService,
      events,
      logger: createMemoryLogger(),
      startSoundTest: () => Promise.reject(new Error('not used here')),
    });
    bob = fakeCall('bob');
    carol = fakeCall('carol');
    calls.incoming(bob);
    calls.incoming(carol);
    await calls.setHold(bob.id, true);
  });

  it('merges the current call with the held one: both off hold, each hears the other and the person', async () => {
    await calls.merge(carol.id, bob.id);

    expect(latest(bob)).toMatchObject({ onHold: false, conferenceWith: carol.id });
    expect(latest(carol)).toMatchObject({ onHold: false, conferenceWith: bob.id });
    expect(calls.list().map((call) => call.conferenceWith)).toEqual([carol.id, bob.id]);
    bob.leg.deliver({ payload: tone(1000), timestamp: 0 });
    carol.leg.deliver({ payload: tone(2000), timestamp: 0 });
    const person = tone(300);
    (await bob.audioPort())!.send(person);
    (await carol.audioPort())!.send(person);
    expectLastLevel(bob, 2300);
    expectLastLevel(carol, 1300);
  });

  it('holds, resumes and mutes both parties together', async () => {
    await calls.merge(carol.id, bob.id);
    await calls.setHold(bob.id, true);
    expect([latest(bob)?.onHold, latest(carol)?.onHold]).toEqual([true, true]);
    await calls.setHold(carol.id, false);
    expect([latest(bob)?.onHold, latest(carol)?.onHold]).toEqual([false, false]);

    calls.setMuted(carol.id, true);
    expect([latest(bob)?.muted, latest(carol)?.muted]).toEqual([true, true]);
    carol.leg.deliver({ payload: tone(2000), timestamp: 0 });
    (await bob.audioPort())!.send(tone(300));
    expectLastLevel(bob, 2000);
  });

  it('when one party hangs up, the other stays connected as a call of its own', async () => {
    await calls.merge(carol.id, bob.id);
    bob.remoteHangsUp();
    expect(latest(bob)).toMatchObject({ state: 'ended', conferenceWith: null });
    expect(latest(carol)).toMatchObject({ state: 'connected', onHold: false, conferenceWith: null });
    expect(bob.leg.listeners.size).toBe(0);
    (await carol.audioPort())!.send(tone(300));
    expectLastLevel(carol, 300);
  });

  it('splits back into two calls: the one split off stays, the other goes on hold', async () => {
    await calls.merge(carol.id, bob.id);
    await calls.split(bob.id);
    expect(latest(bob)).toMatchObject({ onHold: false, conferenceWith: null });
    expect(latest(carol)).toMatchObject({ onHold: true, conferenceWith: null });
    await expect(calls.split(bob.id)).rejects.toThrow('not part of a 3-way call');
  });

  it('splitting a held 3-way call resumes the call split off', async () => {
    await calls.merge(carol.id, bob.id);
    await calls.setHold(carol.id, true);
    await calls.split(bob.id);
    expect(latest(bob)).toMatchObject({ onHold: false, conferenceWith: null });
    expect(latest(carol)).toMatchObject({ onHold: true, conferenceWith: null });
  });

  it('ends both when the person hangs up all', async () => {
    await calls.merge(carol.id, bob.id);
    await calls.hangUpAll();
    expect([latest(bob)?.state, latest(carol)?.state]).toEqual(['ended', 'ended']);
    expect(calls.list()).toEqual([]);
  });

  it('refuses what cannot be merged, saying what to do', async () => {
    await expect(calls.merge(bob.id, bob.id)).rejects.toThrow('two different calls');
    await expect(calls.merge(bob.id, bob.id)).rejects.toMatchObject({ words: { id: 'calls.mergeSameCall' } });
    const ringing = fakeCall('dave', 'ringing');
    calls.incoming(ringing);
    await expect(calls.merge(bob.id, ringing.id)).rejects.toThrow('Only answered calls can be merged');
    await expect(calls.merge(bob.id, 'gone')).rejects.toBeInstanceOf(AppFailure);
    await calls.merge(carol.id, bob.id);
    const third = fakeCall('erin');
    calls.incoming(third);
    await expect(calls.merge(third.id, bob.id)).rejects.toThrow('already going on');
  });

  it('refuses to transfer a party of the 3-way call until it is split off', async () => {
    await calls.merge(carol.id, bob.id);
    const refused = calls.transfer(bob.id, '+15125550199');
    await expect(refused).rejects.toThrow('This call is part of a 3-way call: split it first, then transfer it.');
    await expect(refused).rejects.toMatchObject({ code: 'out-of-order', words: { id: 'calls.transferSplitFirst' } });
    await expect(calls.completeTransfer(bob.id, carol.id)).rejects.toThrow('split it first');
  });
});
