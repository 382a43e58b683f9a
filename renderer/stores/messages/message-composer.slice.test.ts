import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../shared/contract/invoke-channels';
import { inboxTextLimits } from '../../../shared/models/inbox';
import type { Message } from '../../../shared/models/messages';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import {
  initialMessagesState,
  recipientLengthLimit,
  searchQueryLimit,
  selectors,
  useMessagesStore,
} from './messages.store';
import { aliceNumber, aliceThread, message, threadHandler } from './messages-test-kit';

/* Sending from the composer, through the messages store (the slices are reached through it only). */

const store = () => useMessagesStore.getState();
const bobNumber = '+447700900123';

function withBackend(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

const channelsCalled = (fake: ReturnType<typeof withBackend>) => fake.calls.map((call) => call.channel);

beforeEach(() => useMessagesStore.setState(initialMessagesState));
afterEach(() => vi.unstubAllGlobals());

describe('sending', () => {
  const sentAs = (status: Message['status'], errorCode: number | null = null) =>
    (({ to, body }) =>
      ok(
        message('SMnew', {
          remoteNumber: to.startsWith('+') ? to : '+15125550188',
          direction: 'outgoing',
          body,
          status,
          errorCode,
          at: 1_900_000_000_000,
        }),
      )) satisfies FakeHandlers['messages:send'];

  async function openAlice(handlers: FakeHandlers) {
    const fake = withBackend({ 'messages:thread': threadHandler({ [aliceNumber]: aliceThread(2) }), ...handlers });
    useMessagesStore.setState({ viewing: true });
    store().openConversation(aliceNumber);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    store().setDraft('See you at 6');
    return fake;
  }

  it('clears the draft once Twilio has queued the message, and shows it in the thread', async () => {
    const fake = await openAlice({ 'messages:send': sentAs('queued') });
    const sending = store().send();
    expect(selectors.sendStatus(store()).status).toBe('sending');
    await sending;
    expect(fake.calls.find((call) => call.channel === 'messages:send')?.payload).toEqual({
      to: aliceNumber,
      body: 'See you at 6',
    });
    expect(selectors.draft(store())).toBe('');
    expect(selectors.sendStatus(store())).toEqual({ status: 'idle' });
    expect(selectors.thread(store()).at(-1)).toMatchObject({ id: 'SMnew', status: 'queued' });
  });

  it('keeps the draft, with main’s words, when the send fails', async () => {
    await openAlice({
      'messages:send': () => err('twilio-failed', 'Twilio could not be reached. Check your connection.'),
    });
    await store().send();
    expect(selectors.draft(store())).toBe('See you at 6');
    expect(selectors.sendStatus(store())).toEqual({
      status: 'failed',
      draftKey: aliceNumber,
      message: 'Twilio could not be reached. Check your connection.',
    });
    store().setDraft('See you at 7');
    expect(selectors.sendStatus(store())).toEqual({ status: 'idle' });
  });

  it('keeps the draft with Twilio’s code when the message comes back failed', async () => {
    await openAlice({ 'messages:send': sentAs('failed', 21610) });
    await store().send();
    expect(selectors.draft(store())).toBe('See you at 6');
    expect(selectors.sendStatus(store())).toEqual({ status: 'refused', draftKey: aliceNumber, code: 21610 });
    expect(selectors.thread(store()).at(-1)).toMatchObject({ id: 'SMnew', status: 'failed', errorCode: 21610 });
  });

  it('sends nothing while the draft is empty or too long, and says what to do', async () => {
    const fake = await openAlice({ 'messages:send': sentAs('queued') });
    store().setDraft('   ');
    await store().send();
    expect(selectors.sendStatus(store())).toMatchObject({ status: 'failed', message: 'Write a message first.' });
    store().setDraft('x'.repeat(1_603));
    await store().send();
    expect(selectors.sendStatus(store())).toMatchObject({ message: expect.stringMatching(/shorten it by 3/) });
    expect(channelsCalled(fake)).not.toContain('messages:send');
  });

  it('starts a new conversation with a typed number and moves to the one main files it under', async () => {
    const fake = withBackend({ 'messages:send': sentAs('sent'), 'messages:thread': threadHandler({}) });
    store().startNewConversation();
    store().setDraft('Hello');
    await store().send();
    expect(selectors.sendStatus(store())).toMatchObject({ message: 'Type the number to send the message to.' });
    store().setNewRecipient('(512) 555-0188');
    await store().send();
    expect(fake.calls.find((call) => call.channel === 'messages:send')?.payload).toEqual({
      to: '(512) 555-0188',
      body: 'Hello',
    });
    expect(selectors.open(store())).toEqual({ kind: 'thread', remoteNumber: '+15125550188' });
    expect(selectors.draft(store())).toBe('');
    store().startNewConversation();
    expect(selectors.draft(store())).toBe('');
  });

  it('keeps the draft in the conversation main files a refused text under, with Twilio’s code', async () => {
    withBackend({ 'messages:send': sentAs('failed', 21211), 'messages:thread': threadHandler({}) });
    store().startNewConversation();
    store().setNewRecipient('512 555 0188');
    store().setDraft('Hello');
    await store().send();
    expect(selectors.open(store())).toEqual({ kind: 'thread', remoteNumber: '+15125550188' });
    expect(selectors.draft(store())).toBe('Hello');
    expect(selectors.sendStatus(store())).toEqual({ status: 'refused', draftKey: '+15125550188', code: 21211 });
    store().startNewConversation();
    expect(selectors.draft(store())).toBe('');
  });

  it('keeps what was typed while the text was on its way, and settles a send finished elsewhere', async () => {
    const answer = deferred<ReturnType<ReturnType<typeof sentAs>>>();
    await openAlice({ 'messages:send': () => answer.promise });
    const sending = store().send();
    store().setDraft('See you at 6, and');
    answer.resolve(sentAs('queued')({ to: aliceNumber, body: 'See you at 6' }));
    await sending;
    expect(selectors.draft(store())).toBe('See you at 6, and');
    expect(selectors.sendStatus(store())).toEqual({ status: 'idle' });

    const later = deferred<ReturnType<ReturnType<typeof sentAs>>>();
    withBackend({
      'messages:send': () => later.promise,
      'messages:thread': threadHandler({ [aliceNumber]: aliceThread(2) }),
    });
    store().setDraft('Bye');
    const leaving = store().send();
    store().openConversation(bobNumber);
    store().setDraft('Hi Bob');
    later.resolve(sentAs('queued')({ to: aliceNumber, body: 'Bye' }));
    await leaving;
    expect(selectors.open(store())).toEqual({ kind: 'thread', remoteNumber: bobNumber });
    expect(store().drafts).toEqual({ [bobNumber]: 'Hi Bob' });
  });

  it('sends nothing to a typed number longer than any phone number, and says what to type', async () => {
    const fake = withBackend({ 'messages:send': sentAs('queued') });
    store().startNewConversation();
    store().setNewRecipient(` ${'5'.repeat(recipientLengthLimit + 1)} `);
    store().setDraft('Hi');
    await store().send();
    expect(selectors.sendStatus(store())).toMatchObject({
      status: 'failed',
      message:
        'That is too long for a phone number: type the number alone, with its country code, like +1 512 555 0100.',
    });
    store().setNewRecipient(` ${'5'.repeat(recipientLengthLimit)} `);
    await store().send();
    expect(fake.calls.map((call) => call.payload)).toEqual([{ to: '5'.repeat(recipientLengthLimit), body: 'Hi' }]);
  });

  it('keeps the number field and the search within what main takes', () => {
    expect(recipientLengthLimit).toBe(inboxTextLimits.remoteNumber);
    expect(recipientLengthLimit).toBe(invokeChannels['messages:send'].input.shape.to.maxLength);
    expect(searchQueryLimit).toBe(invokeChannels['inbox:search'].input.shape.query.maxLength);
  });

  it('shows main’s words when the typed number is refused, keeping the number and the text', async () => {
    withBackend({
      'messages:send': () =>
        err('invalid-request', 'That is not a phone number. Type it with its country code, like +44 20 7946 0958.'),
    });
    store().startNewConversation();
    store().setNewRecipient('hello');
    store().setDraft('Hi');
    await store().send();
    expect(selectors.open(store())).toEqual({ kind: 'new', recipient: 'hello' });
    expect(selectors.draft(store())).toBe('Hi');
    expect(selectors.sendStatus(store())).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/not a phone number/),
    });
  });
});
