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
        ok({ total: all.length, unread: 4, blocked: 0, items: all.slice(offset, offset + limit) }),
    });
    await store().loadConversations();
    expect(selectors.conversations(store())).toHaveLength(100);
    expect(selectors.unread(store())).toBe(4);
    expect(selectors.hasMoreConversations(store())).toBe(true);
    await store().loadMoreConversations();
    expect(selectors.conversations(store())).toHaveLength(130);
    expect(selectors.hasMoreConversations(store())).toBe(false);
    expect(fake.calls.at(-1)?.payload).toEqual({ offset: 100, limit: 100, includeBlocked: false });
  });

  it('leaves conversations with blocked senders out until asked to show them, and hides them again', async () => {
    const alice = conversation(aliceNumber, { unread: 2 });
    const blocked = conversation(bobNumber, { unread: 5 });
    const fake = withBackend({
      'messages:list-conversations': ({ includeBlocked }) =>
        ok({
          total: includeBlocked ? 2 : 1,
          unread: 2,
          blocked: 1,
          items: includeBlocked ? [blocked, alice] : [alice],
        }),
    });
    await store().loadConversations();
    expect(selectors.conversations(store())).toEqual([alice]);
    expect([selectors.blockedConversations(store()), selectors.unread(store())]).toEqual([1, 2]);

    await store().setShowBlocked(true);
    expect(selectors.conversations(store())).toEqual([blocked, alice]);
    expect(selectors.showBlocked(store())).toBe(true);
    // The badge never counts them.
    expect(selectors.unread(store())).toBe(2);
    await store().loadMoreConversations();
    await store().setShowBlocked(false);
    expect(selectors.conversations(store())).toEqual([alice]);
    expect(fake.calls.map((call) => call.payload)).toEqual([
      { offset: 0, limit: 100, includeBlocked: false },
      { offset: 0, limit: 100, includeBlocked: true },
      { offset: 0, limit: 100, includeBlocked: false },
    ]);
  });

  it('stops showing blocked senders once none are left, so one blocked later is hidden at once', async () => {
    withBackend({ 'messages:list-conversations': () => ok({ total: 0, unread: 0, blocked: 0, items: [] }) });
    useMessagesStore.setState({ showBlocked: true });
    await store().loadConversations();
    expect(selectors.showBlocked(store())).toBe(false);
  });

  it('keeps main’s message when the list cannot load', async () => {
    withBackend({ 'messages:list-conversations': () => err('storage-failed', 'The messages could not be read.') });
    await store().loadConversations();
    expect(selectors.conversationsError(store())).toBe('The messages could not be read.');
  });
});

describe('the open thread', () => {
  beforeEach(() => useMessagesStore.setState({ viewing: true }));

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

  it('opened from another view (Text back, a notification), loads the thread once, when the view opens', async () => {
    const fake = withBackend({
      'messages:list-conversations': () => ok({ total: 1, unread: 0, blocked: 0, items: [conversation(aliceNumber)] }),
      'messages:thread': threadHandler({ [aliceNumber]: aliceThread(3) }),
    });
    useMessagesStore.setState({ viewing: false });
    store().openConversation(aliceNumber);
    expect(selectors.threadStatus(store())).toBe('loading');
    expect(fake.calls).toEqual([]);

    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    expect(selectors.thread(store())).toEqual(aliceThread(3));
    expect(channelsCalled(fake).sort()).toEqual(['messages:list-conversations', 'messages:thread']);
  });
});

describe('messages:changed', () => {
  it('only counts while the view is closed; reloads the list and the listed open thread while it is open', async () => {
    const threads: Record<string, Message[]> = { [aliceNumber]: aliceThread(250) };
    const fake = withBackend({
      'messages:list-conversations': () => ok({ total: 1, unread: 0, blocked: 0, items: [conversation(aliceNumber)] }),
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

  it('only counts when nothing but counts changed (a conversation read), even while the view is open', async () => {
    const fake = withBackend({
      'messages:list-conversations': () => ok({ total: 1, unread: 0, blocked: 0, items: [conversation(aliceNumber)] }),
      'messages:thread': threadHandler({ [aliceNumber]: aliceThread(3) }),
    });
    store().openConversation(aliceNumber);
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.threadStatus(store())).toBe('ready'));
    await vi.waitFor(() => expect(selectors.conversationsLoaded(store())).toBe(true));
    fake.calls.length = 0;

    store().receive({ unread: 5, remoteNumbers: [] });
    expect(selectors.unread(store())).toBe(5);
    await Promise.resolve();
    expect(fake.calls).toEqual([]);
  });

  it('replaces what is shown when the new messages do not reach back to it', async () => {
    const threads: Record<string, Message[]> = { [aliceNumber]: aliceThread(120) };
    withBackend({
      'messages:list-conversations': () => ok({ total: 1, unread: 0, blocked: 0, items: [conversation(aliceNumber)] }),
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
        blocked: 0,
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
    expect(selectors.openListing(store())?.unread).toBe(0);
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
