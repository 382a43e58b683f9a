import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend } from '../test-support/backend-fixture';
import { AppFailure } from './app-failure';
import { createContactsWorld, draft, type ContactsWorld } from './contact-service-test-kit';

let w: ContactsWorld;
beforeEach(() => {
  w = createContactsWorld();
});
afterEach(() => w.close());

const names = (query: string) => w.contacts.search(query, 0, 50).items.map((item) => item.name);

function failure(work: () => unknown): AppFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

describe('contact service: search', () => {
  beforeEach(() => {
    w.contacts.save(undefined, draft('Joanna Smith', ['(512) 555-0123']));
    w.contacts.save(undefined, draft('Ann Lee', ['+44 20 7946 0958'], { organisation: 'Initech' }));
    w.contacts.save(undefined, draft('Bob Stone', ['512.555.0199', '1-800-FLOWERS'], { favourite: true }));
    w.contacts.save(undefined, draft('Carla Müller'));
  });

  it.each([
    ['555 0123', ['Joanna Smith']],
    ['(512) 555-0123', ['Joanna Smith']],
    ['+1512', ['Bob Stone', 'Joanna Smith']],
    ['5125550123', ['Joanna Smith']],
    ['+1 512 555 0123', ['Joanna Smith']],
    ['555-01', ['Bob Stone', 'Joanna Smith']],
    ['0199', ['Bob Stone']],
    ['3569377', ['Bob Stone']],
    ['020 7946', ['Ann Lee']],
    ['+44 20 79', ['Ann Lee']],
    ['4420794', ['Ann Lee']],
  ])('finds a number by the digits %s', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it.each([
    ['jo', ['Joanna Smith']],
    ['Joa', ['Joanna Smith']],
    ['ann', ['Ann Lee', 'Joanna Smith']],
    ['smi', ['Joanna Smith']],
    ['STONE', ['Bob Stone']],
    ['muller', ['Carla Müller']],
    ['initech', ['Ann Lee']],
    ['ann 0123', ['Joanna Smith']],
    ['xyz', []],
  ])('finds a name by prefix or substring: %s', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('lists everyone for an empty query, favourites first, with totals for paging', () => {
    expect(w.contacts.search('', 0, 2)).toEqual({
      total: 4,
      items: [
        expect.objectContaining({ name: 'Bob Stone', favourite: true, primaryNumber: '512.555.0199' }),
        expect.objectContaining({ name: 'Ann Lee', organisation: 'Initech', primaryNumber: '+44 20 7946 0958' }),
      ],
    });
  });
});

describe('contact service: save and remove', () => {
  it('stores every number with its E.164 form in the default country, and announces the change', () => {
    const saved = w.contacts.save(undefined, draft('Bob', [' (512) 555-0123 ', '+44 20 7946 0958']));
    expect(saved.phones).toEqual([
      { label: 'mobile', number: '(512) 555-0123', e164: '+15125550123' },
      { label: 'mobile', number: '+44 20 7946 0958', e164: '+442079460958' },
    ]);
    expect(w.contacts.get(saved.id)).toEqual(saved);
    expect(w.emitted).toEqual([{ event: 'contacts:changed', payload: null }]);
  });

  it('matches a UK number saved with default country GB to an incoming +44 call, not to a US one', () => {
    w.settings.country = 'GB';
    const uk = w.contacts.save(undefined, draft('Ann', ['020 7946 0958', '07700 900123']));
    expect(uk.phones.map((phone) => phone.e164)).toEqual(['+442079460958', '+447700900123']);
    expect(w.contacts.matchNumber('+442079460958')).toEqual({ contactId: uk.id, name: 'Ann' });
    expect(w.contacts.matchNumber('+447700900123')).toEqual({ contactId: uk.id, name: 'Ann' });
    w.settings.country = 'US';
    const us = w.contacts.save(undefined, draft('Sam', ['(201) 794-6095']));
    expect(w.contacts.matchNumber('+12017946095')).toEqual({ contactId: us.id, name: 'Sam' });
    expect(w.contacts.matchNumber('+15125550123')).toBeNull();
  });

  it('refuses an impossible number, says which and what to do, and writes nothing', () => {
    const error = failure(() => w.contacts.save(undefined, draft('Bob', ['(512) 555-0123', '12'])));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(
      /^Phone number 2 \(“12”\) is not a possible number in United States: it is too short\. Type/,
    );
    expect(error.words).toEqual({
      id: 'contacts.numberTooShortIn',
      values: { position: 2, number: '12', country: 'US' },
    });
    // The first impossible number only: the form shows it under that number, the next save the next one.
    const several = failure(() => w.contacts.save(undefined, draft('Bob', ['1', '(512) 555-0123', '2', '3'])));
    expect(several.message).toMatch(/^Phone number 1 \(“1”\) is not a possible number in United States: .*code\.$/);
    expect(failure(() => w.contacts.save(undefined, draft('Bob', ['+999 1234 5678']))).message).toMatch(
      /not a possible number: the digits after the \+ are not a country code/,
    );
    expect(failure(() => w.contacts.save(undefined, draft('Bob', ['alice@example.com']))).message).toMatch(
      /SIP address/,
    );
    for (const table of ['contacts', 'contact_phones', 'contact_addresses', 'contacts_fts'])
      expect(w.count(table)).toBe(0);
    expect(w.emitted).toEqual([]);
  });

  it('keeps the old version when an edit is refused', () => {
    const saved = w.contacts.save(undefined, draft('Bob', ['(512) 555-0123']));
    failure(() => w.contacts.save(saved.id, draft('Robert', ['555'])));
    expect(w.contacts.get(saved.id)).toEqual(saved);
  });

  it('edits in place, refuses an unknown id and removes', () => {
    const saved = w.contacts.save(undefined, draft('Bob', ['(512) 555-0123']));
    const edited = w.contacts.save(saved.id, draft('Robert', [], { emails: ['rob@example.com'], favourite: true }));
    expect(edited).toMatchObject({ id: saved.id, name: 'Robert', phones: [], emails: ['rob@example.com'] });
    expect(names('bob')).toEqual([]);
    expect(names('robe')).toEqual(['Robert']);
    expect(failure(() => w.contacts.save('6f1c2a3e-8d4b-4c1a-9e2f-000000000000', draft('X'))).code).toBe('not-found');
    w.contacts.remove(saved.id);
    expect(failure(() => w.contacts.remove(saved.id)).code).toBe('not-found');
    expect(failure(() => w.contacts.get(saved.id)).code).toBe('not-found');
    expect(w.count('contacts_fts')).toBe(0);
  });
});

describe('contact service: merge', () => {
  it('suggests contacts that share a number', () => {
    const a = w.contacts.save(undefined, draft('Ann', ['(512) 555-0123']));
    const b = w.contacts.save(undefined, draft('Annie', ['+1 512 555 0123', '(512) 555-0199']));
    w.contacts.save(undefined, draft('Carl', ['(512) 555-0100']));
    expect(w.contacts.mergeSuggestions()).toEqual([
      {
        number: '+15125550123',
        contacts: [
          expect.objectContaining({ id: a.id, name: 'Ann' }),
          expect.objectContaining({ id: b.id, name: 'Annie' }),
        ],
      },
    ]);
  });

  it('keeps one contact with the numbers, addresses and calls of both, in one go', () => {
    const keep = w.contacts.save(
      undefined,
      draft('Ann', ['(512) 555-0123'], { emails: ['ann@example.com'], notes: 'Work' }),
    );
    const other = w.contacts.save(
      undefined,
      draft('Annie', ['+1 512 555 0123', '(512) 555-0199'], {
        emails: ['ANN@example.com', 'annie@example.org'],
        sipAddresses: ['ann@pbx.example.com'],
        organisation: 'Initech',
        notes: 'Home',
        favourite: true,
      }),
    );
    w.calls.recordStart({
      id: 'c1',
      accountId: null,
      contactId: other.id,
      direction: 'incoming',
      remoteNumber: '+15125550199',
      remoteE164: '+15125550199',
      startedAt: 1,
      twilioCallSid: null,
      callerVerified: false,
    });
    const merged = w.contacts.merge(keep.id, other.id);
    expect(merged).toEqual({
      id: keep.id,
      name: 'Ann',
      organisation: 'Initech',
      phones: [
        { label: 'mobile', number: '(512) 555-0123', e164: '+15125550123' },
        { label: 'mobile', number: '(512) 555-0199', e164: '+15125550199' },
      ],
      sipAddresses: ['ann@pbx.example.com'],
      emails: ['ann@example.com', 'annie@example.org'],
      notes: 'Work\n\nHome',
      favourite: true,
    });
    expect(failure(() => w.contacts.get(other.id)).code).toBe('not-found');
    expect(w.calls.get('c1')?.contactId).toBe(keep.id);
    expect(names('0199')).toEqual(['Ann']);
    expect(w.contacts.mergeSuggestions()).toEqual([]);
  });

  it('refuses to merge a contact with itself or with one that is gone', () => {
    const a = w.contacts.save(undefined, draft('Ann'));
    expect(failure(() => w.contacts.merge(a.id, a.id)).code).toBe('invalid-request');
    expect(failure(() => w.contacts.merge(a.id, '6f1c2a3e-8d4b-4c1a-9e2f-000000000000')).code).toBe('not-found');
  });
});

describe('contacts and history through the contract', () => {
  it('saves, refuses, searches, imports, exports and lists history within the contract', async () => {
    const t = await createTestBackend();
    try {
      const invoke = (channel: string, payload?: unknown) => t.backend.router.invoke(channel, payload);
      expect(await invoke('contacts:save', { contact: draft('Bob', ['12']) })).toEqual({
        ok: false,
        error: {
          code: 'invalid-request',
          message: expect.stringMatching(/^Phone number 1 \(“12”\)/),
          words: { id: 'contacts.numberTooShortIn', values: { position: 1, number: '12', country: 'US' } },
        },
      });
      const saved = await invoke('contacts:save', { contact: draft('Bob', ['(512) 555-0123']) });
      expect(saved).toMatchObject({ ok: true, value: { name: 'Bob', phones: [{ e164: '+15125550123' }] } });
      expect(await invoke('contacts:search', { query: '555 0123', offset: 0, limit: 10 })).toMatchObject({
        ok: true,
        value: { total: 1, items: [{ name: 'Bob', primaryNumber: '(512) 555-0123' }] },
      });
      const content = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nTEL:+44 20 7946 0958\r\nEND:VCARD\r\n';
      expect(await invoke('contacts:import-preview', { format: 'vcard', content })).toMatchObject({
        ok: true,
        value: { total: 1, report: { imported: 1, merged: 0, skipped: [] } },
      });
      expect(await invoke('contacts:import', { format: 'vcard', content })).toMatchObject({
        ok: true,
        value: { imported: 1 },
      });
      expect(await invoke('contacts:export-vcard')).toMatchObject({
        ok: true,
        value: { vcard: expect.stringContaining('FN:Ann') },
      });
      expect(await invoke('history:list', { filter: 'all', offset: 0, limit: 50 })).toEqual({
        ok: true,
        value: { total: 0, items: [] },
      });
      expect(t.events.filter((event) => event.event === 'contacts:changed')).toHaveLength(2);
    } finally {
      t.dispose();
    }
  });
});
