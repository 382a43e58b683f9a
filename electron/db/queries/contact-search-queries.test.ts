import type { Database } from '../sqlite';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createContactQueries, type StoredContact } from './contact-queries';
import { createContactSearchQueries } from './contact-search-queries';

let db: Database;

const storedContact = (id: string, name: string, overrides: Partial<StoredContact>): StoredContact => ({
  id,
  name,
  organisation: '',
  phones: [],
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
  ...overrides,
});
beforeEach(() => {
  db = openDatabase(':memory:');
  const contacts = createContactQueries(db);
  const add = (id: string, name: string, digits: string, favourite = false, organisation = '') =>
    contacts.save(
      storedContact(id, name, {
        favourite,
        organisation,
        phones: digits ? [{ label: 'mobile', number: digits.split(' ')[0]!, e164: null }] : [],
      }),
      digits,
    );
  add('1', 'zoe Adams', '5125550123 15125550123');
  add('2', 'Yann Lee', '442079460958 02079460958', true);
  add('3', 'adam Smith', '5125550199 15125550199', false, 'Initech');
  add('4', 'Beatrice Adamson', '');
  add('5', 'Anna Müller', '', true);
});
afterEach(() => db.close());

const names = (query: string, offset = 0, limit = 50) => {
  const page = createContactSearchQueries(db).search(query, offset, limit);
  return { total: page.total, names: page.items.map((item) => item.name) };
};

describe('contact search queries', () => {
  it('lists everyone, favourites first then by name ignoring case, with the first number', () => {
    expect(names('')).toEqual({
      total: 5,
      names: ['Anna Müller', 'Yann Lee', 'adam Smith', 'Beatrice Adamson', 'zoe Adams'],
    });
    expect(createContactSearchQueries(db).search('', 0, 1).items).toEqual([
      { id: '5', name: 'Anna Müller', organisation: '', favourite: true, primaryNumber: null },
    ]);
  });

  it('pages with offset and limit, the total counting every match', () => {
    expect(names('', 1, 2)).toEqual({ total: 5, names: ['Yann Lee', 'adam Smith'] });
    expect(names('ada', 1, 1)).toEqual({ total: 3, names: ['Beatrice Adamson'] });
  });

  it('finds any part of a name or organisation, in any case, without accents', () => {
    expect(names('ada')).toEqual({ total: 3, names: ['adam Smith', 'Beatrice Adamson', 'zoe Adams'] });
    expect(names('MULL')).toEqual({ total: 1, names: ['Anna Müller'] });
    expect(names('initech')).toEqual({ total: 1, names: ['adam Smith'] });
    expect(names('adam smi')).toEqual({ total: 1, names: ['adam Smith'] });
  });

  it('finds numbers by any run of digits, however they are typed', () => {
    expect(names('555 01')).toEqual({ total: 2, names: ['adam Smith', 'zoe Adams'] });
    expect(names('(512) 555-0123')).toEqual({ total: 1, names: ['zoe Adams'] });
    expect(names('+1512555019')).toEqual({ total: 1, names: ['adam Smith'] });
    expect(names('020 7946')).toEqual({ total: 1, names: ['Yann Lee'] });
    expect(names('9999')).toEqual({ total: 0, names: [] });
  });

  it('finds a contact by its SIP address, typed with or without the scheme, and keeps the index in step', () => {
    const contacts = createContactQueries(db);
    const desk = storedContact('6', 'Front Desk', {
      sipAddresses: ['sip:Desk7@PBX.example.com', 'lobby@office.example.org'],
    });
    contacts.save(desk, '');
    expect(names('desk7@pbx')).toEqual({ total: 1, names: ['Front Desk'] });
    expect(names('sip:desk7@pbx.example.com')).toEqual({ total: 1, names: ['Front Desk'] });
    expect(names('lobby@office')).toEqual({ total: 1, names: ['Front Desk'] });
    // A short word filters on the addresses too.
    expect(names('lobby 7@')).toEqual({ total: 1, names: ['Front Desk'] });
    contacts.save({ ...desk, sipAddresses: ['reception@office.example.org'] }, '');
    expect(names('desk7@pbx')).toEqual({ total: 0, names: [] });
    expect(names('reception@')).toEqual({ total: 1, names: ['Front Desk'] });
  });

  it('uses short words as filters and short queries as a name prefix', () => {
    expect(names('smith ad')).toEqual({ total: 1, names: ['adam Smith'] });
    expect(names('ad sm')).toEqual({ total: 0, names: [] });
    expect(names('adams zo')).toEqual({ total: 1, names: ['zoe Adams'] });
    expect(names('a')).toEqual({ total: 2, names: ['Anna Müller', 'adam Smith'] });
    expect(names('%')).toEqual({ total: 0, names: [] });
  });

  it('finds a name pasted with a line break, a tab or a NUL between its words', () => {
    for (const query of ['adam\nsmith', 'adam\tsmith', 'adam\r\nsmith', 'adam\u0000smith']) {
      expect(names(query)).toEqual({ total: 1, names: ['adam Smith'] });
    }
    expect(names('adam\u0000nobody')).toEqual({ total: 0, names: [] });
  });

  it('skips dashes and brackets typed between words', () => {
    expect(names('Smith - Initech')).toEqual({ total: 1, names: ['adam Smith'] });
    expect(names('adam ( smith )')).toEqual({ total: 1, names: ['adam Smith'] });
  });

  it('searches a long paste by its first words instead of failing', () => {
    expect(names(`adam smith ${'ad '.repeat(2000)}`)).toEqual({ total: 1, names: ['adam Smith'] });
  });

  it('answers a name prefix through the name index', () => {
    const plan = (
      db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM contacts WHERE name LIKE 'ab%' ESCAPE '\\'").all() as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan.join('\n')).toMatch(/contacts_by_name/);
  });

  it('answers any text a person can type without a query error', () => {
    const search = createContactSearchQueries(db);
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (query) => {
        const page = search.search(query, 0, 10);
        expect(page.total).toBeGreaterThanOrEqual(page.items.length);
      }),
      { numRuns: 500 },
    );
    for (const query of [
      '"',
      '""',
      'a"b"c',
      'NEAR(a b)',
      'name:ann',
      '*',
      'ann*',
      '^ann',
      'a OR b',
      '(((',
      '\\',
      "'; DROP",
    ]) {
      expect(() => search.search(query, 0, 10)).not.toThrow();
    }
  });
});
