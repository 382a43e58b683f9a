import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, ContactListItem } from '../../../shared/models/contact';
import { defaultSettings } from '../../../shared/models/settings';
import { err, ok } from '../../../shared/result';
import { callSnapshot } from '../../test-support/call-snapshot';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialCallsState, useCallsStore } from '../calls/calls.store';
import { initialDialerState, useDialerStore } from '../dialer/dialer.store';
import { initialNavigationState, useNavigationStore } from '../navigation/navigation.store';
import { initialSettingsState, useSettingsStore } from '../settings/settings.store';
import { initialDialerPeopleState, selectors, suggestDebounceMs, useDialerPeopleStore } from './dialer-people.store';

const people = () => useDialerPeopleStore.getState();

const item = (id: string, name: string, favourite = false, primaryNumber: string | null = null): ContactListItem => ({
  id,
  name,
  organisation: '',
  favourite,
  primaryNumber,
});

const ann: Contact = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Ann Lee',
  organisation: '',
  phones: [{ label: 'mobile', number: '(512) 555-0123', e164: '+15125550123' }],
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
};

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => {
  useDialerPeopleStore.setState(initialDialerPeopleState);
  useDialerStore.setState(initialDialerState);
  useCallsStore.setState(initialCallsState);
  useNavigationStore.setState(initialNavigationState);
  useSettingsStore.setState({ ...initialSettingsState, settings: { ...defaultSettings, defaultCountry: 'US' } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('dialer people store', () => {
  it('loads the favourites (only) and the recent numbers', async () => {
    useFake({
      'contacts:search': () => ok({ total: 3, items: [item('f1', 'Ann', true), item('n1', 'Bob')] }),
      'history:list': () => ok({ total: 0, items: [] }),
    });
    await people().load();
    expect(selectors.favourites(people()).map((favourite) => favourite.name)).toEqual(['Ann']);
    expect(selectors.loaded(people())).toBe(true);
    expect(selectors.peopleError(people())).toBeNull();
  });

  it('says why the lists could not be loaded, in main’s words', async () => {
    useFake({
      'contacts:search': () => ok({ total: 0, items: [] }),
      'history:list': () => err('internal', 'The call history could not be read.'),
    });
    await people().load();
    expect(selectors.peopleError(people())).toBe('The call history could not be read.');
  });

  it('searches after a pause in typing, by digits for numbers, and drops an answer that came too late', async () => {
    vi.useFakeTimers();
    const slow = deferred<ReturnType<typeof ok<{ total: number; items: ContactListItem[] }>>>();
    const fake = useFake({
      'contacts:search': ({ query }) =>
        query === '55501' ? slow.promise : ok({ total: 1, items: [item('a', 'Ann', false, '+15550142')] }),
    });
    people().suggest('5');
    people().suggest('55');
    people().suggest('555 01');
    expect(fake.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(suggestDebounceMs);
    expect(fake.calls).toEqual([{ channel: 'contacts:search', payload: { query: '55501', offset: 0, limit: 6 } }]);
    people().suggest('ann');
    await vi.advanceTimersByTimeAsync(suggestDebounceMs);
    slow.resolve(ok({ total: 1, items: [item('late', 'Late')] }));
    await vi.runAllTimersAsync();
    expect(selectors.suggestions(people()).map((option) => option.name)).toEqual(['Ann']);
    expect(selectors.suggestionsFor(people())).toBe('ann');
  });

  it('has no suggestions for fewer than three digits, and none while dismissed for that text', async () => {
    vi.useFakeTimers();
    const fake = useFake({ 'contacts:search': () => ok({ total: 1, items: [item('a', 'Ann')] }) });
    people().suggest('51');
    await vi.runAllTimersAsync();
    expect(fake.calls).toEqual([]);
    people().dismiss('ann');
    people().suggest('ann');
    await vi.runAllTimersAsync();
    expect(fake.calls).toEqual([]);
    people().suggest('anne');
    await vi.runAllTimersAsync();
    expect(fake.calls).toHaveLength(1);
    expect(selectors.dismissedFor(people())).toBeNull();
  });

  it('fills a chosen contact’s number into the field and closes the suggestions for it', async () => {
    useFake({ 'contacts:get': () => ok(ann) });
    await people().fillContact(ann.id);
    expect(useDialerStore.getState().input).toBe('(512) 555-0123');
    expect(selectors.dismissedFor(people())).toBe('(512) 555-0123');
    expect(useNavigationStore.getState().current).toBe('dialer');
  });

  it('calls a favourite on its first number, or its SIP address when it has no number, with one action', async () => {
    const fake = useFake({
      'contacts:get': ({ id }) =>
        ok(id === ann.id ? ann : { ...ann, id, phones: [], sipAddresses: ['sip:desk@pbx.example.com'] }),
      'calls:dial': () => ok(callSnapshot({ id: 'c1' })),
    });
    await people().callContact(ann.id);
    await people().callContact('00000000-0000-4000-8000-000000000002');
    expect(fake.calls.filter((call) => call.channel === 'calls:dial').map((call) => call.payload)).toEqual([
      { target: '+15125550123' },
      { target: 'sip:desk@pbx.example.com' },
    ]);
  });

  it('stars a contact by saving it with favourite set, then loads the lists again', async () => {
    const fake = useFake({
      'contacts:get': () => ok(ann),
      'contacts:save': ({ contact }) => ok({ ...ann, favourite: contact.favourite }),
      'contacts:search': () => ok({ total: 1, items: [item(ann.id, 'Ann Lee', true)] }),
      'history:list': () => ok({ total: 0, items: [] }),
    });
    await people().setFavourite(ann.id, true);
    const save = fake.calls.find((call) => call.channel === 'contacts:save');
    expect(save?.payload).toMatchObject({ id: ann.id, contact: { name: 'Ann Lee', favourite: true } });
    expect(selectors.favourites(people()).map((favourite) => favourite.id)).toEqual([ann.id]);
  });
});
