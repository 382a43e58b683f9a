import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeInput, InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { Contact, ContactListItem } from '../../../shared/models/contact';
import { err, ok, type Result } from '../../../shared/result';
import { words } from '../../../shared/text/words';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { contactPageSize } from './contact-pages';
import { initialContactsState, searchDebounceMs, selectors, useContactsStore } from './contacts.store';

const store = () => useContactsStore.getState();
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (n: number, name = `Contact ${n}`): ContactListItem => ({
  id: uuid(n),
  name,
  organisation: '',
  favourite: false,
  primaryNumber: `+1512555${String(n).padStart(4, '0')}`,
});
const everyone = Array.from({ length: 1000 }, (_, n) => item(n));

/** contacts:search over `people`: a name or digit match, paged. */
function searchOver(people: ContactListItem[]) {
  return ({ query, offset, limit }: InvokeInput<'contacts:search'>): Result<InvokeOutput<'contacts:search'>> => {
    const digits = query.replace(/\D/g, '');
    const found = people.filter(
      (person) =>
        query === '' ||
        person.name.toLowerCase().includes(query.toLowerCase()) ||
        (digits !== '' && (person.primaryNumber ?? '').includes(digits)),
    );
    return ok({ total: found.length, items: found.slice(offset, offset + limit) });
  };
}

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

const searches = (fake: ReturnType<typeof useFake>) =>
  fake.calls.filter((call) => call.channel === 'contacts:search').map((call) => call.payload);

beforeEach(() => useContactsStore.setState(initialContactsState));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('contacts store: the list', () => {
  it('opens with the first page, once', async () => {
    const fake = useFake({ 'contacts:search': searchOver(everyone) });
    await store().openList();
    await store().openList();
    expect(searches(fake)).toEqual([{ query: '', offset: 0, limit: contactPageSize }]);
    expect(selectors.total(store())).toBe(1000);
    expect(selectors.row(5)(store())?.name).toBe('Contact 5');
    expect(selectors.row(150)(store())).toBeUndefined();
  });

  it('loads the pages scrolled into view, each only once', async () => {
    const fake = useFake({ 'contacts:search': searchOver(everyone) });
    await store().openList();
    store().showRows(180, 230);
    store().showRows(190, 240);
    await vi.waitFor(() => expect(selectors.row(230)(store())?.name).toBe('Contact 230'));
    expect(searches(fake).map((payload) => (payload as { offset: number }).offset)).toEqual([0, 100, 200]);
  });

  it('searches after a pause in typing, not on every key', async () => {
    vi.useFakeTimers();
    const fake = useFake({ 'contacts:search': searchOver([...everyone, item(2000, 'Bob Jones')]) });
    await store().openList();
    for (const text of ['5', '55', '555', '5550', '55509', '555099']) {
      store().setQuery(text);
      vi.advanceTimersByTime(searchDebounceMs / 2);
    }
    expect(selectors.searching(store())).toBe(true);
    expect(searches(fake)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(searchDebounceMs);
    expect(searches(fake)).toHaveLength(2);
    expect(searches(fake)[1]).toMatchObject({ query: '555099', offset: 0 });
    expect(selectors.searching(store())).toBe(false);
    expect(selectors.total(store())).toBe(10);
  });

  it('drops an older search answering after a newer one', async () => {
    const slow = deferred<Result<InvokeOutput<'contacts:search'>>>();
    const fast = searchOver(everyone);
    useFake({
      'contacts:search': (input) => (input.query === 'slow' ? slow.promise : fast(input)),
    });
    await store().openList();
    store().setQuery('slow');
    const first = store().searchNow();
    store().setQuery('Contact 7');
    await store().searchNow();
    slow.resolve(ok({ total: 1, items: [item(999, 'Stale')] }));
    await first;
    expect(selectors.shownQuery(store())).toBe('Contact 7');
    expect(selectors.row(0)(store())?.name).toBe('Contact 7');
  });

  it('reloads the pages on screen when contacts change, swapping them in at once', async () => {
    let people = everyone;
    const fake = useFake({ 'contacts:search': (input) => searchOver(people)(input) });
    await store().openList();
    store().showRows(250, 270);
    await vi.waitFor(() => expect(selectors.row(260)(store())).toBeDefined());
    const generation = selectors.generation(store());
    people = everyone.map((person) => (person.id === uuid(260) ? { ...person, name: 'Renamed' } : person));
    fake.calls.length = 0;
    await store().reloadList();
    expect(searches(fake)).toEqual([{ query: '', offset: 200, limit: contactPageSize }]);
    expect(selectors.row(260)(store())?.name).toBe('Renamed');
    expect(selectors.row(0)(store())).toBeUndefined();
    expect(selectors.generation(store())).toBe(generation + 1);
  });

  it('keeps main’s message when the search fails', async () => {
    useFake({ 'contacts:search': () => err('storage-failed', 'The contacts could not be read. Restart Dialtone.') });
    await store().openList();
    expect(selectors.listError(store())).toMatch(/could not be read/);
    expect(selectors.isEmpty(store())).toBe(false);
  });
});

const alice: Contact = {
  id: uuid(1),
  name: 'Alice',
  organisation: 'Acme',
  phones: [{ label: 'mobile', number: '512 555 0123', e164: '+15125550123' }],
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
};

describe('contacts store: one contact', () => {
  it('opens a contact and ignores an answer for one no longer open', async () => {
    const answers = new Map([[uuid(1), deferred<Result<Contact>>()]]);
    useFake({ 'contacts:get': ({ id }) => answers.get(id)?.promise ?? ok({ ...alice, id, name: 'Other' }) });
    const opening = store().select(uuid(1));
    await store().select(uuid(2));
    answers.get(uuid(1))?.resolve(ok(alice));
    await opening;
    expect(selectors.selected(store())?.name).toBe('Other');
  });

  it('saves a new contact, opens it and closes the form; a refusal stays for the form', async () => {
    const fake = useFake({
      'contacts:save': ({ contact }) =>
        contact.phones.some((phone) => phone.number === '555')
          ? err('invalid-request', '555 is not a phone number anyone can call. Check it.')
          : ok({ ...alice, ...contact, id: uuid(9), phones: [] }),
      'contacts:search': searchOver([]),
    });
    await store().openList();
    store().startNew({ phones: [{ label: 'work', number: '555' }] });
    expect(selectors.editor(store())?.initial).toMatchObject({ name: '', phones: [{ label: 'work', number: '555' }] });
    const draft = { ...store().editor!.initial, name: 'Bob' };
    expect(await store().save(draft)).toBeNull();
    expect(selectors.saveStatus(store())).toEqual({ status: 'failed', message: expect.stringMatching(/^555 is/) });
    expect(selectors.editor(store())).not.toBeNull();

    const saved = await store().save({ ...draft, phones: [] });
    expect(saved?.id).toBe(uuid(9));
    expect(store()).toMatchObject({ editor: null, selectedId: uuid(9), saveStatus: { status: 'idle' } });
    expect(fake.calls.at(-2)).toEqual({ channel: 'contacts:save', payload: { contact: { ...draft, phones: [] } } });
  });

  it('edits with the id and deletes, closing the contact', async () => {
    const fake = useFake({
      'contacts:get': () => ok(alice),
      'contacts:save': ({ contact }) => ok({ ...alice, ...contact, phones: alice.phones }),
      'contacts:remove': () => ok(null),
      'contacts:search': searchOver([]),
    });
    await store().select(alice.id);
    await store().setFavourite(alice, true);
    expect(fake.calls.find((call) => call.channel === 'contacts:save')?.payload).toMatchObject({
      id: alice.id,
      contact: { favourite: true, phones: [{ label: 'mobile', number: '512 555 0123' }] },
    });
    expect(selectors.selected(store())?.favourite).toBe(true);
    expect(await store().remove(alice.id)).toBe(true);
    expect(store()).toMatchObject({ selectedId: null, selected: null });
  });
});

describe('contacts store: merging, import and export', () => {
  it('merges every contact sharing a number into the favourite one', async () => {
    const suggestion = { number: '+15125550123', contacts: [item(1), { ...item(2), favourite: true }, item(3)] };
    const fake = useFake({
      'contacts:merge-suggestions': () => ok([suggestion]),
      'contacts:merge': () => ok(alice),
      'contacts:search': searchOver([]),
    });
    await store().loadSuggestions();
    expect(selectors.suggestions(store())).toHaveLength(1);
    expect(await store().merge(suggestion)).toBe(true);
    const merges = fake.calls.filter((call) => call.channel === 'contacts:merge').map((call) => call.payload);
    expect(merges).toEqual([
      { keepId: uuid(2), mergeId: uuid(1) },
      { keepId: uuid(2), mergeId: uuid(3) },
    ]);
    store().dismiss(suggestion.number);
    expect(selectors.suggestions(store())).toEqual([]);
  });

  it('previews a file, imports it and keeps the report', async () => {
    const report = {
      imported: 2,
      merged: 1,
      skipped: [{ item: words('contacts.entryCard', { card: 4 }), reason: [words('contacts.noNameNoNumber')] }],
    };
    const fake = useFake({
      'contacts:import-preview': () => ok({ contacts: [], total: 4, report }),
      'contacts:import': () => ok(report),
      'contacts:search': searchOver([]),
      'contacts:merge-suggestions': () => ok([]),
    });
    store().openImport();
    await store().previewFile('notes.txt', 'hello');
    expect(selectors.importStep(store())).toMatchObject({ step: 'choose', problem: expect.stringMatching(/vCard/) });
    await store().previewFile('phone.vcf', 'BEGIN:VCARD\r\nEND:VCARD');
    expect(selectors.importStep(store())).toMatchObject({ step: 'preview', file: { format: 'vcard' } });
    await store().runImport();
    expect(selectors.importStep(store())).toEqual({ step: 'done', fileName: 'phone.vcf', report });
    expect(fake.calls.find((call) => call.channel === 'contacts:import')?.payload).toEqual({
      format: 'vcard',
      content: 'BEGIN:VCARD\r\nEND:VCARD',
    });
  });

  it('goes back to the preview with main’s message when the import fails, and exports text', async () => {
    useFake({
      'contacts:import-preview': () => ok({ contacts: [], total: 1, report: { imported: 1, merged: 0, skipped: [] } }),
      'contacts:import': () => err('invalid-request', 'Line 7 is cut short: nothing was imported.'),
      'contacts:export-vcard': () => ok({ vcard: 'BEGIN:VCARD' }),
    });
    await store().previewFile('google.csv', 'Name,Phone');
    await store().runImport();
    expect(selectors.importStep(store())).toMatchObject({ step: 'preview', problem: expect.stringMatching(/Line 7/) });
    expect(await store().exportVcard()).toBe('BEGIN:VCARD');
  });
});
