import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../shared/models/history';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialHistoryState, selectors, useHistoryStore } from './history.store';

const store = () => useHistoryStore.getState();
const entry = (id: string, change: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  direction: 'incoming',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: null,
  contactName: null,
  startedAt: 1_700_000_000_000,
  answeredAt: 1_700_000_001_000,
  endedAt: 1_700_000_061_000,
  durationSeconds: 60,
  endReason: 'hung-up',
  missed: false,
  seen: true,
  callerVerified: false,
  onTwilio: false,
  transferredTo: null,
  ...change,
});
const missed = entry('m', { missed: true, seen: false, answeredAt: null, endReason: 'missed', durationSeconds: null });
const outgoing = entry('o', { direction: 'outgoing' });

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

const listing: FakeHandlers['history:list'] = ({ filter, offset, limit }) => {
  const all = [missed, outgoing, entry('i'), ...Array.from({ length: 150 }, (_, n) => entry(`old-${n}`))];
  const found = all.filter((item) =>
    filter === 'all' ? true : filter === 'missed' ? item.missed : item.direction === filter,
  );
  return ok({ total: found.length, items: found.slice(offset, offset + limit) });
};

beforeEach(() => useHistoryStore.setState(initialHistoryState));
afterEach(() => vi.unstubAllGlobals());

describe('history store', () => {
  it('loads the newest calls and older ones on request', async () => {
    useFake({ 'history:list': listing });
    await store().load();
    expect(selectors.entries(store())).toHaveLength(100);
    expect(selectors.hasMore(store())).toBe(true);
    await store().loadMore();
    expect(selectors.entries(store())).toHaveLength(153);
    expect(selectors.hasMore(store())).toBe(false);
  });

  it('shows what it has under a new filter at once, then main’s answer', async () => {
    const fake = useFake({ 'history:list': listing });
    await store().load();
    const switching = store().setFilter('outgoing');
    expect(selectors.entries(store()).map((item) => item.id)).toEqual(['o']);
    expect(selectors.loaded(store())).toBe(false);
    await switching;
    expect(fake.calls.at(-1)?.payload).toEqual({ filter: 'outgoing', offset: 0, limit: 100 });
    expect(selectors.loaded(store())).toBe(true);
  });

  it('counts missed calls at start and marks them seen when the view opens', async () => {
    const fake = useFake({ 'history:list': listing, 'history:mark-seen': () => ok(null) });
    await store().loadMissedCount();
    expect(selectors.missedUnseen(store())).toBe(1);
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.missedUnseen(store())).toBe(0));
    expect(fake.calls.some((call) => call.channel === 'history:mark-seen')).toBe(true);
  });

  it('takes the badge count from history:changed, and a new missed call while looking is seen at once', async () => {
    const fake = useFake({ 'history:list': listing, 'history:mark-seen': () => ok(null) });
    store().receive({ missedUnseen: 3 });
    expect(selectors.missedUnseen(store())).toBe(3);
    expect(fake.calls).toEqual([]);

    useHistoryStore.setState({ viewing: true });
    store().receive({ missedUnseen: 1 });
    await vi.waitFor(() => expect(selectors.missedUnseen(store())).toBe(0));
    expect(fake.calls.map((call) => call.channel).sort()).toEqual(['history:list', 'history:mark-seen']);
  });

  it('removes one call, clears them all, and keeps main’s message when refused', async () => {
    useFake({
      'history:list': listing,
      'history:remove': ({ id }) =>
        id === 'o' ? ok(null) : err('not-found', 'That call is no longer in the history.'),
      'history:clear': () => ok(null),
    });
    await store().load();
    await store().remove('o');
    expect(selectors.entries(store()).some((item) => item.id === 'o')).toBe(false);
    expect(selectors.total(store())).toBe(152);
    await store().remove('i');
    expect(selectors.changeError(store())).toMatch(/no longer/);
    expect(await store().clear()).toBe(true);
    expect(store()).toMatchObject({ entries: [], total: 0, changeError: null });
  });
});
