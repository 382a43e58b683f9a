import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/models/contact';
import { callTargetsOf } from './call-targets';
import { nextRowIndex } from './list-keys';
import { initialsOf } from './contact-row';

const contact: Contact = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Bob Jones',
  organisation: '',
  phones: [
    { label: 'mobile', number: '(512) 555-0123', e164: '+15125550123' },
    { label: 'work', number: '+44 20 7946 0958', e164: '+442079460958' },
    { label: 'other', number: '12', e164: null },
  ],
  sipAddresses: ['bob@127.0.0.1', 'sips:bob@example.com'],
  emails: [],
  notes: '',
  favourite: false,
};

describe('call targets of a contact', () => {
  it('offers every number and SIP address, formatted for the country, each with what calls:dial takes', () => {
    const targets = callTargetsOf(contact, 'US');
    expect(targets.map(({ label, display, target }) => [label, display, target])).toEqual([
      ['Mobile', '(512) 555-0123', '+15125550123'],
      ['Work', '+44 20 7946 0958', '+442079460958'],
      ['Other', '12', null],
      ['SIP', 'bob@127.0.0.1', 'sip:bob@127.0.0.1'],
      ['SIP', 'bob@example.com', 'sips:bob@example.com'],
    ]);
    expect(targets[2]?.problem).toMatch(/short/);
  });
});

describe('list keys and initials', () => {
  it('moves through rows with arrows, pages, Home and End, staying inside the list', () => {
    expect(nextRowIndex('ArrowDown', 0, 100_000, 10)).toBe(1);
    expect(nextRowIndex('ArrowUp', 0, 100_000, 10)).toBe(0);
    expect(nextRowIndex('PageDown', 5, 100_000, 10)).toBe(14);
    expect(nextRowIndex('PageUp', 5, 100_000, 10)).toBe(0);
    expect(nextRowIndex('End', 5, 100_000, 10)).toBe(99_999);
    expect(nextRowIndex('Home', 5, 100_000, 10)).toBe(0);
    expect(nextRowIndex('a', 5, 100_000, 10)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 10)).toBeNull();
  });

  it('takes initials from the first and last words', () => {
    expect(initialsOf('Alice Smith')).toBe('AS');
    expect(initialsOf('  émile  de la Tour ')).toBe('ÉT');
    expect(initialsOf('Bob')).toBe('B');
    expect(initialsOf('')).toBe('');
  });
});
