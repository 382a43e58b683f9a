import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/contract/invoke-channels';
import { startingCallSnapshot, type CallSnapshot } from '../../shared/models/call';
import { createMemoryLogger } from '../logging/logger';
import { AppFailure } from './app-failure';
import type { Call } from './call';
import { createCallService, type CallService } from './call-service';
import { createContactsWorld, draft, type ContactsWorld } from './contact-service-test-kit';
import { remoteE164 } from './history-service';
import type { LineService } from './line-service';

/** A call the test drives by hand: ring, answer, end. */
class FakeCall implements Call {
  readonly id = randomUUID();
  twilioCallSid: string | null = null;
  state: CallSnapshot;
  private readonly listeners = new Set<(snapshot: CallSnapshot) => void>();

  constructor(direction: 'incoming' | 'outgoing', remoteNumber: string, soundTest = false) {
    this.state = {
      ...startingCallSnapshot({
        id: this.id,
        direction,
        remoteUri: `sip:${remoteNumber}@sip.example.com`,
        remoteNumber,
        remoteName: null,
        soundTest: soundTest ? { phase: 'prompt', peakDbfs: null, averageDbfs: null } : null,
      }),
      startedAt: 1_000,
    };
  }

  update(change: Partial<CallSnapshot>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
  onChange(listener: (snapshot: CallSnapshot) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  audioPort = async () => undefined;
  media = async () => undefined;
  ring = async () => undefined;
  /** An outgoing SIP call's INVITE (the call service sends it after tracking the call). */
  dial = async () => undefined;
  answer = async () => this.update({ state: 'connected', answeredAt: 2_000 });
  decline = async () => this.update({ state: 'ended', endedAt: 1_500, endReason: 'declined' });
  hangUp = async () => this.update({ state: 'ended', endedAt: 9_000, endReason: 'hung-up' });
  setHold = async () => undefined;
  setMuted = () => undefined;
  sendDtmf = async () => undefined;
  setRemoteName = (name: string) => this.update({ remoteName: name });
}

let w: ContactsWorld;
let calls: CallService;
let nextOutgoing: FakeCall | undefined;
beforeEach(() => {
  w = createContactsWorld();
  const line = { phone: () => ({ dial: () => nextOutgoing! }) } as unknown as LineService;
  calls = createCallService({
    line,
    events: w.events,
    logger: createMemoryLogger(),
    startSoundTest: async () => new FakeCall('outgoing', 'sound-test', true),
    history: w.history.recorder,
    contactNameFor: (call) => w.history.contactFor(call)?.name ?? null,
  });
});
afterEach(() => w.close());

const historyEvents = () =>
  w.emitted.filter((event) => event.event === 'history:changed').map((event) => event.payload);
const list = (filter: 'all' | 'missed' | 'incoming' | 'outgoing' = 'all') => w.history.list(filter, 0, 50);

describe('history service', () => {
  it('writes the row when the call starts and completes it when it ends', async () => {
    const call = new FakeCall('incoming', '+15125550123');
    calls.incoming(call);
    expect(list().items).toEqual([
      expect.objectContaining({
        id: call.id,
        direction: 'incoming',
        startedAt: 1_000,
        answeredAt: null,
        endedAt: null,
      }),
    ]);
    await calls.answer(call.id);
    expect(w.calls.get(call.id)).toMatchObject({ answeredAt: 2_000, endedAt: null });
    await calls.hangUp(call.id);
    expect(list().items).toEqual([
      {
        id: call.id,
        direction: 'incoming',
        remoteNumber: '+15125550123',
        remoteE164: '+15125550123',
        contactId: null,
        contactName: null,
        startedAt: 1_000,
        answeredAt: 2_000,
        endedAt: 9_000,
        durationSeconds: 7,
        endReason: 'hung-up',
        missed: false,
        seen: true,
        callerVerified: false,
        onTwilio: false,
        transferredTo: null,
      },
    ]);
  });

  it('keeps whether the caller was verified on the row, and the CallSid at Twilio out of the list', () => {
    const verified = new FakeCall('incoming', '+15125550123');
    verified.state = { ...verified.state, callerVerified: true };
    verified.twilioCallSid = `CA${'ab'.repeat(16)}`;
    calls.incoming(verified);
    calls.incoming(new FakeCall('incoming', '+15125550124'));
    const byId = new Map(list().items.map((entry) => [entry.id, entry]));
    expect(byId.get(verified.id)).toMatchObject({ callerVerified: true, onTwilio: true });
    expect(byId.get(verified.id)).not.toHaveProperty('twilioCallSid');
    expect([...byId.values()].filter((entry) => entry.onTwilio)).toHaveLength(1);
    expect([...byId.values()].filter((entry) => !entry.callerVerified)).toHaveLength(1);
    expect(w.calls.get(verified.id)?.twilioCallSid).toBe(verified.twilioCallSid);
  });

  it('keeps to whom a transferred call went on its row; a call not transferred has none', () => {
    const call = new FakeCall('incoming', '+15125550123');
    const other = new FakeCall('incoming', '+15125550124');
    calls.incoming(call);
    calls.incoming(other);
    for (const each of [call, other]) each.update({ state: 'connected', answeredAt: 1_500 });
    call.update({ transfer: { kind: 'blind', target: '+442079460958', phase: 'ringing', failure: null } });
    call.update({ state: 'ended', endedAt: 9_000, endReason: 'transferred' });
    other.update({
      transfer: {
        kind: 'blind',
        target: '+442079460958',
        phase: 'failed',
        failure: { id: 'calls.transferRefused', values: { status: 403 } },
      },
    });
    other.update({ state: 'ended', endedAt: 9_000, endReason: 'hung-up' });
    const byId = new Map(list().items.map((entry) => [entry.id, entry]));
    expect(byId.get(call.id)).toMatchObject({ endReason: 'transferred', transferredTo: '+442079460958' });
    expect(byId.get(other.id)).toMatchObject({ endReason: 'hung-up', transferredTo: null });
  });

  it('links the contact whose number matches, across the ways numbers are written', async () => {
    w.settings.country = 'GB';
    const ann = w.contacts.save(undefined, draft('Ann', ['020 7946 0958']));
    calls.incoming(new FakeCall('incoming', '+442079460958'));
    calls.incoming(new FakeCall('incoming', '442079460958'));
    nextOutgoing = new FakeCall('outgoing', '+442079460958');
    await calls.dial('+442079460958');
    const rows = list().items;
    expect(rows).toHaveLength(3);
    for (const row of rows)
      expect(row).toMatchObject({ contactId: ann.id, contactName: 'Ann', remoteE164: '+442079460958' });
  });

  it('keeps the whole SIP address of a SIP call and links the contact that has it', () => {
    const bob = w.contacts.save(undefined, draft('Bob Builder', [], { sipAddresses: ['sip:Bob@127.0.0.1'] }));
    const call = new FakeCall('incoming', 'bob');
    call.state = { ...call.state, remoteUri: 'sip:bob@127.0.0.1;transport=tcp' };
    calls.incoming(call);
    expect(list().items[0]).toMatchObject({
      remoteNumber: 'bob@127.0.0.1',
      remoteE164: null,
      contactId: bob.id,
      contactName: 'Bob Builder',
    });
  });

  it('shows an incoming caller who is in the contacts by name', () => {
    w.contacts.save(undefined, draft('Ann', ['+44 20 7946 0958']));
    const call = new FakeCall('incoming', '+442079460958');
    calls.incoming(call);
    expect(call.state.remoteName).toBe('Ann');
    const stranger = new FakeCall('incoming', '+15125550199');
    calls.incoming(stranger);
    expect(stranger.state.remoteName).toBeNull();
  });

  it('shows the name of a contact added after the call', () => {
    calls.incoming(new FakeCall('incoming', '+15125550123'));
    expect(list().items[0]).toMatchObject({ contactName: null });
    const bob = w.contacts.save(undefined, draft('Bob', ['(512) 555-0123']));
    expect(list().items[0]).toMatchObject({ contactId: bob.id, contactName: 'Bob' });
  });

  it('counts an incoming call never answered as missed until seen, and says so in history:changed', async () => {
    const missed = new FakeCall('incoming', '+15125550123');
    calls.incoming(missed);
    expect(historyEvents()).toEqual([{ missedUnseen: 0 }]);
    missed.update({ state: 'ended', endedAt: 5_000, endReason: 'missed' });
    expect(historyEvents()).toEqual([{ missedUnseen: 0 }, { missedUnseen: 1 }]);
    const declined = new FakeCall('incoming', '+15125550124');
    declined.state = { ...declined.state, startedAt: 2_000 };
    calls.incoming(declined);
    await calls.decline(declined.id);
    expect(w.history.missedUnseen()).toBe(2);
    expect(list('missed').items.map((row) => [row.id, row.missed, row.seen, row.durationSeconds])).toEqual([
      [declined.id, true, false, 0],
      [missed.id, true, false, 0],
    ]);
    w.history.markSeen();
    expect(historyEvents().at(-1)).toEqual({ missedUnseen: 0 });
    expect(list('missed').items.every((row) => row.seen)).toBe(true);
  });

  it('filters by direction and pages with a total', async () => {
    for (let index = 0; index < 3; index++) calls.incoming(new FakeCall('incoming', `+1512555010${index}`));
    nextOutgoing = new FakeCall('outgoing', '+15125550199');
    await calls.dial('+15125550199');
    expect(list('incoming').total).toBe(3);
    expect(list('outgoing').items.map((row) => row.remoteNumber)).toEqual(['+15125550199']);
    expect(w.history.list('all', 1, 2)).toMatchObject({ total: 4, items: [{}, {}] });
  });

  it('does not record the sound test', async () => {
    const test = await calls.dial('sound-test');
    (calls.get(test.id) as FakeCall).update({ state: 'ended', endedAt: 3_000, endReason: 'hung-up' });
    expect(list().total).toBe(0);
  });

  it('removes one entry, clears all, and refuses an entry that is gone', () => {
    const first = new FakeCall('incoming', '+15125550123');
    calls.incoming(first);
    calls.incoming(new FakeCall('incoming', '+15125550124'));
    w.history.remove(first.id);
    expect(() => w.history.remove(first.id)).toThrow(AppFailure);
    expect(list().total).toBe(1);
    w.history.clear();
    expect(list().total).toBe(0);
    expect(historyEvents().at(-1)).toEqual({ missedUnseen: 0 });
  });

  it('lists a row stored before caller strings were bounded: shortened, readable, within the contract', () => {
    w.calls.recordStart({
      id: 'stored-before-the-fix',
      accountId: null,
      contactId: null,
      direction: 'incoming',
      remoteNumber: `caller\r\nX-Injected: 1${'x'.repeat(5_000)}@pstn.example`,
      remoteE164: null,
      startedAt: 1,
      twilioCallSid: null,
      callerVerified: false,
    });
    const page = list();
    expect(invokeChannels['history:list'].output.safeParse(page).error).toBeUndefined();
    const [entry] = page.items;
    expect(entry?.remoteNumber).toHaveLength(512);
    expect(entry?.remoteNumber).toMatch(/^caller X-Injected: 1x+…$/);
  });

  it('keeps the call going when the history cannot be written, and logs it', () => {
    w.db.exec('DROP TABLE calls');
    const call = new FakeCall('incoming', '+15125550123');
    expect(() => calls.incoming(call)).not.toThrow();
    expect(calls.list()).toHaveLength(1);
    expect(w.logger.records).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'Could not record a call in the call history' }),
    );
  });
});

describe('remoteE164', () => {
  it.each([
    ['+15125550123', 'US', '+15125550123'],
    ['5125550123', 'US', '+15125550123'],
    ['442079460958', 'US', '+442079460958'],
    ['02079460958', 'GB', '+442079460958'],
    ['alice', 'US', null],
    ['1001', 'US', null],
  ])('%s (%s) -> %s', (number, country, expected) => {
    expect(remoteE164(number, country)).toBe(expected);
  });
});
