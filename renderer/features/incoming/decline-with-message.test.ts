import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialMessagesState, useMessagesStore } from '../../stores/messages/messages.store';
import { message } from '../../stores/messages/messages-test-kit';
import { useNavigationStore } from '../../stores/navigation/navigation.store';
import { declineWithMessage, textableNumber } from './decline-with-message';

const bob = '+15125550177';
const callId = 'a1b2c3d4-0000-4000-8000-000000000001';

function withBackend(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi({
    'calls:decline': () => ok(null),
    'messages:send': ({ to, body }) =>
      ok(message('SMsent', { remoteNumber: to, direction: 'outgoing', body, status: 'queued' })),
    ...handlers,
  });
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useMessagesStore.setState(initialMessagesState));
afterEach(() => vi.unstubAllGlobals());

describe('textableNumber', () => {
  it.each([
    [bob, bob],
    [` ${bob} `, bob],
    ['Anonymous', null],
    ['+266696687', null],
    ['sip:alice@example.com', null],
    ['5125550177', null],
    ['', null],
    [`+1${'5'.repeat(100_000)}`, null],
  ])('%j: %j', (remote, expected) => {
    expect(textableNumber(remote)).toBe(expected);
  });
});

const cantTalk = 'Sorry, I can’t talk right now. I’ll call you back soon.';
const inMeeting = 'I’m in a meeting. I’ll call you later.';

describe('declineWithMessage', () => {
  it('declines first, then sends the reply to the caller from the conversation in Messages', async () => {
    const fake = withBackend({});
    await declineWithMessage(callId, bob, inMeeting);
    expect(fake.calls.map((call) => [call.channel, call.payload])).toEqual([
      ['calls:decline', { callId }],
      ['messages:send', { to: bob, body: inMeeting }],
    ]);
    expect(useNavigationStore.getState().current).toBe('messages');
    expect(useMessagesStore.getState().open).toEqual({ kind: 'thread', remoteNumber: bob });
    expect(useMessagesStore.getState().drafts).toEqual({});
  });

  it('"Write my own" opens the conversation with nothing sent', async () => {
    const fake = withBackend({});
    await declineWithMessage(callId, bob, null);
    expect(fake.calls.map((call) => call.channel)).toEqual(['calls:decline']);
    expect(useMessagesStore.getState().open).toEqual({ kind: 'thread', remoteNumber: bob });
  });

  it('a send that fails keeps the reply as a draft, with what to do', async () => {
    withBackend({ 'messages:send': () => err('twilio-failed', 'Twilio could not be reached. Check your connection.') });
    await declineWithMessage(callId, bob, cantTalk);
    expect(useMessagesStore.getState().drafts).toEqual({ [bob]: cantTalk });
    expect(useMessagesStore.getState().sendStatus).toEqual({
      status: 'failed',
      draftKey: bob,
      message: 'Twilio could not be reached. Check your connection.',
    });
  });
});
