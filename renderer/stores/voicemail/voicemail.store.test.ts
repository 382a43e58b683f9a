import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Voicemail } from '../../../shared/models/voicemail';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialVoicemailState, selectors, useVoicemailStore } from './voicemail.store';
import { voicemailOf } from './voicemail-test-kit';

const store = () => useVoicemailStore.getState();
const ids = () => selectors.items(store()).map((item) => item.id);

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

/** 120 voicemails on main's side, newest first, every third one played. */
function mainWith(count = 120) {
  const all: Voicemail[] = Array.from({ length: count }, (_, n) =>
    voicemailOf(`RE${n}`, { receivedAt: 1_700_000_000_000 - n * 60_000, played: n % 3 === 0 }),
  );
  const unplayed = () => all.filter((item) => !item.played).length;
  const listing: FakeHandlers['voicemail:list'] = ({ offset, limit }) =>
    ok({ total: all.length, unplayed: unplayed(), items: all.slice(offset, offset + limit) });
  return { all, unplayed, listing };
}

beforeEach(() => useVoicemailStore.setState(initialVoicemailState));
afterEach(() => vi.unstubAllGlobals());

describe('voicemail store', () => {
  it('loads the newest voicemail with the unplayed count, and older pages on request', async () => {
    const main = mainWith();
    const fake = useFake({ 'voicemail:list': main.listing });
    await store().load();
    expect(ids()).toEqual(main.all.slice(0, 50).map((item) => item.id));
    expect(selectors.unplayed(store())).toBe(80);
    expect(selectors.hasMore(store())).toBe(true);
    await store().loadMore();
    await store().loadMore();
    expect(ids()).toHaveLength(120);
    expect(selectors.hasMore(store())).toBe(false);
    await store().loadMore();
    expect(fake.calls.map((call) => call.payload)).toEqual([
      { offset: 0, limit: 50 },
      { offset: 50, limit: 50 },
      { offset: 100, limit: 50 },
    ]);
  });

  it('takes the count from voicemail:changed, and reloads the list only while the view is open', async () => {
    const main = mainWith(3);
    const fake = useFake({ 'voicemail:list': main.listing });
    store().receive({ unplayed: 7 });
    expect(selectors.unplayed(store())).toBe(7);
    expect(fake.calls).toEqual([]);

    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.loaded(store())).toBe(true));
    main.all.unshift(voicemailOf('REnew'));
    store().receive({ unplayed: main.unplayed() });
    await vi.waitFor(() => expect(ids()[0]).toBe('REnew'));
    expect(selectors.unplayed(store())).toBe(3);

    store().setViewing(false);
    fake.calls.length = 0;
    main.all.unshift(voicemailOf('RElater'));
    store().receive({ unplayed: main.unplayed() });
    expect(selectors.unplayed(store())).toBe(4);
    await Promise.resolve();
    expect(fake.calls).toEqual([]);
    store().setViewing(true);
    await vi.waitFor(() => expect(ids()[0]).toBe('RElater'));
  });

  it('keeps the newest answer when loads overlap', async () => {
    const first = deferred<void>();
    let calls = 0;
    useFake({
      'voicemail:list': async () => {
        const call = ++calls;
        if (call === 1) await first.promise;
        return ok({ total: 1, unplayed: 1, items: [voicemailOf(call === 1 ? 'REold' : 'REnew')] });
      },
    });
    const slow = store().load();
    await store().load();
    first.resolve();
    await slow;
    expect(ids()).toEqual(['REnew']);
  });

  it('counts unplayed voicemail at start with a one-item request', async () => {
    const main = mainWith(10);
    const fake = useFake({ 'voicemail:list': main.listing });
    await store().loadUnplayedCount();
    expect(selectors.unplayed(store())).toBe(6);
    expect(fake.calls[0]?.payload).toEqual({ offset: 0, limit: 1 });
    expect(selectors.loaded(store())).toBe(false);
  });

  it('opens a voicemail for a notification click without playing it, and with Listen plays it', async () => {
    useFake({ 'voicemail:list': mainWith(3).listing });
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.loaded(store())).toBe(true));
    store().open('RE1');
    expect(selectors.selected(store())).toEqual({ id: 'RE1', autoPlay: false });
    store().open('RE2', { autoPlay: true });
    expect(selectors.selected(store())).toEqual({ id: 'RE2', autoPlay: true });
    store().close();
    expect(selectors.selected(store())).toBeNull();
  });

  it('opens an older voicemail (a notification, a search result) by loading pages until it is listed', async () => {
    const main = mainWith(120);
    const fake = useFake({ 'voicemail:list': main.listing });
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.loaded(store())).toBe(true));
    store().open('RE110');
    await vi.waitFor(() => expect(ids()).toContain('RE110'));
    expect(selectors.selected(store())).toEqual({ id: 'RE110', autoPlay: false });
    expect(selectors.changeError(store())).toBeNull();
    expect(fake.calls.map((call) => call.payload)).toEqual([
      { offset: 0, limit: 50 },
      { offset: 50, limit: 50 },
      { offset: 100, limit: 50 },
    ]);
  });

  it('opened before the view, loads once the view opens, and looks on from there', async () => {
    const main = mainWith(120);
    const fake = useFake({ 'voicemail:list': main.listing });
    store().open('RE60');
    expect(fake.calls).toEqual([]);
    store().setViewing(true);
    await vi.waitFor(() => expect(ids()).toContain('RE60'));
    expect(fake.calls.map((call) => call.payload)).toEqual([
      { offset: 0, limit: 50 },
      { offset: 50, limit: 50 },
    ]);
    expect(selectors.selected(store())).toEqual({ id: 'RE60', autoPlay: false });
  });

  it('says so when the voicemail opened is no longer here, once every page is loaded', async () => {
    const main = mainWith(70);
    useFake({ 'voicemail:list': main.listing });
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.loaded(store())).toBe(true));
    store().open('REdeleted');
    await vi.waitFor(() => expect(selectors.changeError(store())).toMatch(/^This voicemail is no longer here\./));
    expect(ids()).toHaveLength(70);
    expect(selectors.selected(store())).toBeNull();
  });

  it('marks played and unplayed, the badge following main’s voicemail:changed, and keeps a refusal in words', async () => {
    const main = mainWith(3);
    useFake({
      'voicemail:list': main.listing,
      'voicemail:set-played': ({ id, played }) => {
        const voicemail = main.all.find((item) => item.id === id);
        if (!voicemail) return err('not-found', 'That voicemail is no longer here. It may have been deleted.');
        voicemail.played = played;
        // As main does: voicemail:changed goes out before the answer.
        store().receive({ unplayed: main.unplayed() });
        return ok(null);
      },
    });
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.unplayed(store())).toBe(2));
    await store().setPlayed('RE1', true);
    expect(selectors.items(store())[1]?.played).toBe(true);
    expect(selectors.unplayed(store())).toBe(1);
    await store().setPlayed('RE0', false);
    expect(selectors.items(store())[0]?.played).toBe(false);
    expect(selectors.unplayed(store())).toBe(2);
    await store().setPlayed('RE9', true);
    expect(selectors.changeError(store())).toMatch(/no longer here/);
  });

  it('deletes a voicemail (closing its player) and keeps main’s words when it refuses', async () => {
    const main = mainWith(3);
    useFake({
      'voicemail:list': main.listing,
      'voicemail:remove': ({ id }) => {
        if (id === 'RE2')
          return err('twilio-failed', 'Twilio could not be reached. Check the connection and try again.');
        main.all.splice(
          main.all.findIndex((item) => item.id === id),
          1,
        );
        store().receive({ unplayed: main.unplayed() });
        return ok(null);
      },
    });
    store().setViewing(true);
    await vi.waitFor(() => expect(selectors.loaded(store())).toBe(true));
    store().open('RE1');
    expect(await store().remove('RE1')).toBe(true);
    expect(ids()).toEqual(['RE0', 'RE2']);
    expect(selectors.total(store())).toBe(2);
    expect(selectors.hasMore(store())).toBe(false);
    expect(selectors.unplayed(store())).toBe(1);
    expect(selectors.selected(store())).toBeNull();

    expect(await store().remove('RE2')).toBe(false);
    expect(ids()).toEqual(['RE0', 'RE2']);
    expect(selectors.changeError(store())).toBe('Twilio could not be reached. Check the connection and try again.');
    store().clearChangeError();
    expect(selectors.changeError(store())).toBeNull();
  });

  it('keeps a failed load in words', async () => {
    useFake({ 'voicemail:list': () => err('storage-failed', 'The voicemail could not be read. Restart Dialtone.') });
    await store().load();
    expect(selectors.loadError(store())).toBe('The voicemail could not be read. Restart Dialtone.');
    expect(selectors.loaded(store())).toBe(false);
  });

  it('turns the saved audio into a Blob of its type, and says so when it cannot', async () => {
    const bytes = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00, 0xff, 0xfb]);
    useFake({
      'voicemail:get-audio': ({ id }) => {
        if (id === 'REgone') return err('not-found', 'This recording was deleted on Twilio before Dialtone saved it.');
        if (id === 'REbad') return ok({ contentType: 'audio/mpeg', base64: '%%not base64%%' });
        return ok({ contentType: 'audio/mpeg', base64: btoa(String.fromCharCode(...bytes)) });
      },
    });
    const audio = await store().audioOf('RE1');
    if (!audio.ok) throw new Error(audio.message);
    expect(audio.blob.type).toBe('audio/mpeg');
    expect(new Uint8Array(await audio.blob.arrayBuffer())).toEqual(bytes);
    expect(await store().audioOf('REgone')).toEqual({
      ok: false,
      message: 'This recording was deleted on Twilio before Dialtone saved it.',
    });
    expect(await store().audioOf('REbad')).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
  });
});
