import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../shared/models/messages';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialMessagesState, inboxSearchDebounceMs, selectors, useMessagesStore } from './messages.store';
import { aliceNumber, aliceThread, conversation, message, threadHandler, type ThreadAnswer } from './messages-test-kit';

const store = () => useMessagesStore.getState();
const bobNumber = '+447700900123';

function withBackend(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

const channelsCalled = (fake: ReturnType<typeof withBackend>) => fake.calls.map((call) => call.channel);

beforeEach(() => useMessagesStore.setState(initialMessagesState));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('conversations', () => {
  it('loads the newest conversations with the unread total, and older ones on request', async () => {
    const all = Array.from({ length: 130 }, (_, n) => conversation(`+1512555${String(n).padStart(4, '0')}`));
    const fake = withBackend({
      'messages:list-conversations': ({ offset, limit }) =>
        ok({ total: all.length, unread: 4, items: all.slice(offset, offset + limit) }),
    });
    await store().loadConversations();
    expect(selectors.conversations(store())).toHaveLength(100);
    expect(selectors.unread(store())).toBe(4);
    expect(selectors.hasMoreConversations(store())).toBe(true);
    await store().loadMoreConversations();
    expect(selectors.conversations(store())).toHaveLength(130);
    expect(selectors.hasMoreConversations(store())).toBe(false);
    expect(fake.calls.at(-1)?.payload).toEqual({ offset: 100, limit: 100 });
  });

  it('keeps main’s message when the list cannot load', async () => {
    withBackend({ 'messages:list-conversations': () => err('storage-failed', 'The messages could not be read.') });
    await store().loadConversations();
    expect(selectors.conversationsError(store())).toBe('The messages could not be read.');
  });
});

describe('the open thread', () => {
  it('opens on the newest page and prepends older pages, oldest first, as the person scrolls up', async () => {
    const all = aliceThread(700);
    const fake = withBackend({ 'messages:thread': threadHandler({ [aliceNumber]: all }) });
    store().openConversation(aliceNumber);
    expect(selectors.threadStatus(store())).toBe('loading');
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    expect(fake.calls.at(-1)?.payload).toEqual({ remoteNumber: aliceNumber, before: null, limit: 100 });
    expect(selectors.thread(store())).toEqual(all.slice(600));
    expect(selectors.threadHasOlder(store())).toBe(true);

    await store().loadOlder();
    expect(fake.calls.at(-1)?.payload).toEqual({
      remoteNumber: aliceNumber,
      before: { at: all[600]!.at, id: 'm0600' },
      limit: 500,
    });
    expect(selectors.thread(store())).toEqual(all.slice(100));
    await store().loadOlder();
    expect(selectors.thread(store())).toEqual(all);
    expect(selectors.threadHasOlder(store())).toBe(false);
    await store().loadOlder();
    expect(fake.calls).toHaveLength(3);
  });

  it('opens a conversation with a number that has no messages yet, ready to write in', async () => {
    withBackend({ 'messages:thread': threadHandler({}) });
    store().openConversation('+15125550999');
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    expect(selectors.open(store())).toEqual({ kind: 'thread', remoteNumber: '+15125550999' });
    expect(selectors.thread(store())).toEqual([]);
    store().setDraft('Hi there');
    expect(selectors.draft(store())).toBe('Hi there');
  });

  it('drops a late answer for the conversation that was open before', async () => {
    const slow = deferred<ThreadAnswer>();
    const answer = threadHandler({
      [aliceNumber]: aliceThread(3),
      [bobNumber]: [message('b1', { remoteNumber: bobNumber })],
    });
    withBackend({
      'messages:thread': (input) => (input.remoteNumber === aliceNumber ? slow.promise : answer(input)),
    });
    store().openConversation(aliceNumber);
    store().openConversation(bobNumber);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    slow.resolve(answer({ remoteNumber: aliceNumber, before: null, limit: 100 }));
    await slow.promise;
    await Promise.resolve();
    expect(selectors.thread(store()).map((item) => item.id)).toEqual(['b1']);
  });
});

describe('messages:changed', () => {
  it('only counts while the view is closed; reloads the list and the listed open thread while it is open', async () => {
    const threads: Record<string, Message[]> = { [aliceNumber]: aliceThread(250) };
    const fake = withBackend({
      'messages:list-conversations': () => ok({ total: 1, unread: 0, items: [conversation(aliceNumber)] }),
      'messages:thread': threadHandler(threads),
    });
    store().receive({ unread: 2, remoteNumbers: [aliceNumber] });
    expect(selectors.unread(store())).toBe(2);
    expect(fake.calls).toEqual([]);

    useMessagesStore.setState({ viewing: true });
    store().openConversation(aliceNumber);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    await store().loadOlder();
    const arrived = message('m9999', { at: 1_800_000_000_000, body: 'Just now' });
    threads[aliceNumber] = [...threads[aliceNumber]!, arrived];
    fake.calls.length = 0;

    store().receive({ unread: 1, remoteNumbers: [bobNumber] });
    await vi.waitFor(() => expect(channelsCalled(fake)).toEqual(['messages:list-conversations']));

    store().receive({ unread: 1, remoteNumbers: [bobNumber, aliceNumber] });
    await vi.waitFor(() => expect(selectors.thread(store()).at(-1)?.id).toBe('m9999'));
    // The older page loaded by scrolling up stays: the thread is the whole conversation, once each.
    expect(selectors.thread(store())).toEqual(threads[aliceNumber]);
    expect(new Set(selectors.thread(store()).map((item) => item.id)).size).toBe(251);
  });

  it('replaces what is shown when the new messages do not reach back to it', async () => {
    const threads: Record<string, Message[]> = { [aliceNumber]: aliceThread(120) };
    withBackend({
      'messages:list-conversations': () => ok({ total: 1, unread: 0, items: [conversation(aliceNumber)] }),
      'messages:thread': threadHandler(threads),
    });
    useMessagesStore.setState({ viewing: true });
    store().openConversation(aliceNumber);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    const burst = Array.from({ length: 150 }, (_, n) => message(`n${n}`, { at: 1_800_000_000_000 + n }));
    threads[aliceNumber] = [...threads[aliceNumber]!, ...burst];
    store().receive({ unread: 150, remoteNumbers: [aliceNumber] });
    await vi.waitFor(() => expect(selectors.thread(store()).at(-1)?.id).toBe('n149'));
    expect(selectors.thread(store())).toEqual(threads[aliceNumber]!.slice(-100));
    expect(selectors.threadHasOlder(store())).toBe(true);
  });
});

describe('marking read', () => {
  const handlers = (unread: number): FakeHandlers => ({
    'messages:list-conversations': () =>
      ok({
        total: 2,
        unread: unread + 1,
        items: [conversation(aliceNumber, { unread }), conversation(bobNumber, { unread: 1 })],
      }),
    'messages:thread': threadHandler({ [aliceNumber]: aliceThread(2) }),
    'messages:mark-read': () => ok(null),
  });

  it('marks the open conversation read when the view is open and the window shows it', async () => {
    const fake = withBackend(handlers(3));
    useMessagesStore.setState({ windowShown: false });
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.unread(store())).toBe(4));
    store().openConversation(aliceNumber);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    expect(channelsCalled(fake)).not.toContain('messages:mark-read');

    store().setWindowShown(true);
    await vi.waitFor(() => expect(channelsCalled(fake)).toContain('messages:mark-read'));
    expect(fake.calls.find((call) => call.channel === 'messages:mark-read')?.payload).toEqual({
      remoteNumber: aliceNumber,
    });
    expect(selectors.unread(store())).toBe(1);
    expect(selectors.openConversation(store())?.unread).toBe(0);
  });

  it('does not ask again for a conversation with nothing unread', async () => {
    const fake = withBackend(handlers(0));
    store().setViewing(true);
    store().openConversation(aliceNumber);
    await vi.waitFor(() => expect(selectors.conversationsLoaded(store())).toBe(true));
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    expect(channelsCalled(fake)).not.toContain('messages:mark-read');
  });
});

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

describe('inbox search', () => {
  it('searches once typing pauses, and keeps main’s words when it cannot', async () => {
    vi.useFakeTimers();
    const hit = {
      kind: 'voicemail' as const,
      id: 'RE1',
      remoteNumber: aliceNumber,
      contactName: 'Alice',
      at: 1,
      snippet: 'call me back',
    };
    const fake = withBackend({
      'inbox:search': ({ query }) =>
        query === 'broken' ? err('storage-failed', 'Search is not available.') : ok({ items: [hit] }),
    });
    store().setSearchQuery('ca');
    store().setSearchQuery('call');
    expect(selectors.searchStatus(store())).toBe('searching');
    await vi.advanceTimersByTimeAsync(inboxSearchDebounceMs - 1);
    expect(fake.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toEqual([{ channel: 'inbox:search', payload: { query: 'call', limit: 50 } }]);
    expect(selectors.searchResults(store())).toEqual([hit]);
    expect(selectors.searchedQuery(store())).toBe('call');

    store().setSearchQuery('broken');
    await vi.advanceTimersByTimeAsync(inboxSearchDebounceMs);
    expect(selectors.searchError(store())).toBe('Search is not available.');
    store().setSearchQuery('');
    expect(store()).toMatchObject({ searchQuery: '', searchResults: [], searchStatus: 'idle', searchError: null });
  });
});

describe('received pictures', () => {
  it('turns a picture into a blob: URL once, and revokes it when the conversation closes', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64');
    const fake = withBackend({
      'messages:get-media': ({ id }) =>
        id === 'ME1' ? ok({ contentType: 'image/png', base64: png }) : ok({ contentType: 'audio/mpeg', base64: png }),
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    store().startNewConversation();
    store().showPicture('ME1');
    store().showPicture('ME1');
    store().showPicture('ME2');
    await vi.waitFor(() => expect(selectors.picture('ME1')(store())?.status).toBe('ready'));
    const picture = selectors.picture('ME1')(store());
    const url = picture?.status === 'ready' ? picture.url : '';
    expect(url).toMatch(/^blob:/);
    expect(await (await fetch(url)).arrayBuffer()).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer);
    expect(selectors.picture('ME2')(store())).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/JPEG, PNG/),
    });
    expect(channelsCalled(fake)).toEqual(['messages:get-media', 'messages:get-media']);

    store().closeConversation();
    expect(revoke).toHaveBeenCalledWith(url);
    expect(selectors.picture('ME1')(store())).toBeUndefined();
  });
});
