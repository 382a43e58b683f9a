import { inEnglishSkipped } from '../contacts-import/contacts-file-test-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from './app-failure';
import { createContactsWorld, draft, type ContactsWorld } from './contact-service-test-kit';

let w: ContactsWorld;
beforeEach(() => {
  w = createContactsWorld();
});
afterEach(() => w.close());

const card = (name: string, ...lines: string[]) =>
  ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, ...lines, 'END:VCARD'].join('\r\n');
const threeCards = [
  card('Ann Lee', 'TEL;TYPE=CELL:+1 512 555 0123', 'EMAIL:ann@example.com'),
  card('Bob Stone', 'TEL;TYPE=WORK:(512) 555-0199', 'TEL;TYPE=HOME:12'),
  card('Carla Müller', 'TEL:+44 20 7946 0958', 'NOTE:Met in London'),
].join('\r\n');

const vcard = (content: string) => ({ format: 'vcard' as const, content });

async function failure(work: () => Promise<unknown>): Promise<AppFailure> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

describe('contact service: import', () => {
  it('imports every card, reports an impossible number it left out, and finds them by number', async () => {
    const report = await w.contacts.import(vcard(threeCards));
    expect(report).toEqual({
      imported: 3,
      merged: 0,
      skipped: [
        {
          item: { id: 'contacts.entryNumberOf', values: { name: 'Bob Stone', number: '12' } },
          reason: [
            { id: 'contacts.numberTooShortIn', values: { position: 2, number: '12', country: 'US' } },
            { id: 'contacts.importedWithoutNumber' },
          ],
        },
      ],
    });
    expect(inEnglishSkipped(report.skipped)).toEqual([
      {
        item: 'Bob Stone: 12',
        reason: expect.stringMatching(/^Phone number 2 \(“12”\) is not a possible number.*imported without it\.$/),
      },
    ]);
    expect(w.contacts.search('555 0123', 0, 10).items.map((item) => item.name)).toEqual(['Ann Lee']);
    expect(w.contacts.search('020 7946', 0, 10).items.map((item) => item.name)).toEqual(['Carla Müller']);
    expect(w.emitted).toEqual([{ event: 'contacts:changed', payload: null }]);
  });

  it('merges a card into the contact that has its number, and skips one that adds nothing', async () => {
    const ann = w.contacts.save(undefined, draft('Annie', ['(512) 555-0123']));
    const report = await w.contacts.import(vcard(threeCards));
    expect(report).toMatchObject({ imported: 2, merged: 1 });
    expect(w.contacts.get(ann.id)).toMatchObject({ name: 'Annie', emails: ['ann@example.com'] });
    const again = await w.contacts.import(vcard(threeCards));
    expect(again).toMatchObject({ imported: 0, merged: 0 });
    expect(again.skipped[0]).toEqual({
      item: { id: 'contacts.entryNamed', values: { name: 'Ann Lee' } },
      reason: [{ id: 'contacts.alreadyThere', values: { name: 'Annie' } }],
    });
    expect(inEnglishSkipped(again.skipped)).toEqual([
      { item: 'Ann Lee', reason: 'Already in your contacts as “Annie”.' },
      expect.objectContaining({ item: 'Bob Stone: 12' }),
      { item: 'Bob Stone', reason: 'Already in your contacts as “Bob Stone”.' },
      { item: 'Carla Müller', reason: 'Already in your contacts as “Carla Müller”.' },
    ]);
    expect(w.count('contacts')).toBe(3);
  });

  it('skips a second card for the same person within one file', async () => {
    const report = await w.contacts.import(
      vcard([card('Dan', 'TEL:+1 512 555 0100'), card('Dan', 'TEL:+15125550100')].join('\r\n')),
    );
    expect(report).toMatchObject({ imported: 1, merged: 0 });
    expect(inEnglishSkipped(report.skipped)).toEqual([{ item: 'Dan', reason: 'Already in your contacts as “Dan”.' }]);
  });

  it('refuses a truncated file with a clear message and imports nothing', async () => {
    w.contacts.save(undefined, draft('Existing', ['(512) 555-0100']));
    const truncated = threeCards.slice(0, threeCards.lastIndexOf('END:VCARD'));
    const error = await failure(() => w.contacts.import(vcard(truncated)));
    expect(error.code).toBe('invalid-request');
    // Said once, by the reader that found the cut (it used to end "nothing was imported. Nothing was imported.").
    expect(error.message).toBe(
      'The vCard file ends in the middle of a card (card 3 has no END:VCARD): it may be cut off, so nothing was imported. Export your contacts again and choose the new file.',
    );
    expect(w.count('contacts')).toBe(1);
  });

  it('explains a reader that fails in an unexpected way, and imports nothing', async () => {
    const broken = createContactsWorld({
      parse: () => {
        throw new Error('Unexpected end of input');
      },
    });
    try {
      const error = await failure(() => broken.contacts.import(vcard(threeCards)));
      expect(error.message).toBe('Unexpected end of input. Nothing was imported.');
      expect(broken.count('contacts')).toBe(0);
    } finally {
      broken.close();
    }
  });

  it('rolls the whole import back when one contact cannot be written', async () => {
    w.db.exec(
      "CREATE TEMP TRIGGER boom BEFORE INSERT ON contacts WHEN new.name = 'Carla Müller' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    await expect(w.contacts.import(vcard(threeCards))).rejects.toThrow(/disk full/);
    expect(w.count('contacts')).toBe(0);
    expect(w.count('contact_phones')).toBe(0);
    expect(w.emitted).toEqual([]);
  });

  it('previews what an import would do without writing anything', async () => {
    w.contacts.save(undefined, draft('Annie', ['(512) 555-0123']));
    w.emitted.length = 0;
    const preview = await w.contacts.importPreview(vcard(threeCards));
    expect(preview.total).toBe(3);
    expect(preview.contacts.map((contact) => contact.name)).toEqual(['Ann Lee', 'Bob Stone', 'Carla Müller']);
    expect(preview.report).toMatchObject({ imported: 2, merged: 1 });
    expect(w.count('contacts')).toBe(1);
    expect(w.contacts.search('', 0, 10).items.map((item) => item.name)).toEqual(['Annie']);
    expect(w.emitted).toEqual([]);
  });

  it('imports CSV through the same path', async () => {
    const csv = 'Name,Mobile Phone,E-mail Address\r\nEve Adams,(512) 555-0142,eve@example.com\r\n';
    expect(await w.contacts.import({ format: 'csv', content: csv })).toMatchObject({ imported: 1, merged: 0 });
    expect(w.contacts.search('0142', 0, 10).items.map((item) => item.name)).toEqual(['Eve Adams']);
  });
});

describe('contact service: export', () => {
  it('writes every contact as vCard 4.0 that imports back the same (numbers as tel: URIs)', async () => {
    w.contacts.save(
      undefined,
      draft('Ann, Lee; Jr.', ['(512) 555-0123', '+44 20 7946 0958'], {
        organisation: 'Initech',
        emails: ['ann@example.com'],
        sipAddresses: ['ann@pbx.example.com'],
        notes: 'Line one\nLine two',
        favourite: true,
      }),
    );
    w.contacts.save(undefined, draft('Bob'));
    const { contacts } = w;
    const text = contacts.exportVcard();
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4\.0/g)).toHaveLength(2);
    expect(text).toContain('TEL;VALUE=uri;TYPE=cell:tel:+15125550123');

    const other = createContactsWorld();
    try {
      expect(await other.contacts.import(vcard(text))).toEqual({ imported: 2, merged: 0, skipped: [] });
      const strip = (world: ContactsWorld) =>
        world.contacts
          .search('', 0, 10)
          .items.map((item) => world.contacts.get(item.id))
          .map(({ id: _id, phones, sipAddresses, ...rest }) => ({
            ...rest,
            phones: phones.map(({ label, e164 }) => ({ label, e164 })),
            sipAddresses: sipAddresses.map((address) => address.replace(/^sip:/, '')),
          }));
      expect(strip(other)).toEqual(strip(w));
    } finally {
      other.close();
    }
  });
});
