import { inEnglishSkipped } from '../contacts-import/contacts-file-test-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContactsWorld, type ContactsWorld } from './contact-service-test-kit';

/*
 * A German contact in the address book of someone whose default country is the United States:
 * national numbers ("0171 2345678") are read in the country of the card's other numbers or of its
 * address, before the default country. The cards are shaped as the exporters write them.
 */
let w: ContactsWorld;
beforeEach(() => {
  w = createContactsWorld({ country: 'US' });
});
afterEach(() => w.close());

const appleCard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.2//EN',
  'N:Schneider;Anna;;;',
  'FN:Anna Schneider',
  'item1.TEL;type=pref:+49 30 12345678',
  'item1.X-ABLabel:_$!<Work>!$_',
  'TEL;type=CELL;type=VOICE:0171 2345678',
  'item2.ADR;type=HOME;type=pref:;;Friedrichstraße 10;Berlin;;10117;Deutschland',
  'item2.X-ABADR:de',
  'END:VCARD',
].join('\r\n');

const outlookCard = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
  'TEL;WORK;VOICE:030 1234567',
  'TEL;CELL;VOICE:0170 1234567',
  'ADR;WORK;PREF;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 5;K=C3=B6ln;;50667;Deutschland',
  'END:VCARD',
].join('\r\n');

const googleCard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Lukas Weber',
  'N:Weber;Lukas;;;',
  'TEL;TYPE=CELL:0176 98765432',
  'TEL;TYPE=HOME:+1 512-555-0142',
  'ADR;TYPE=HOME:;;Marienplatz 1;München;;80331;Germany',
  'CATEGORIES:myContacts',
  'END:VCARD',
].join('\r\n');

function numbersOf(name: string): (string | null)[] {
  const [item] = w.contacts.search(name, 0, 1).items;
  if (!item) throw new Error(`${name} was not imported`);
  return w.contacts.get(item.id).phones.map((phone) => phone.e164);
}

describe('contact service: national numbers in imported cards', () => {
  it('reads an Apple card’s national mobile number in the country of its +49 number', async () => {
    const report = await w.contacts.import({ format: 'vcard', content: appleCard });
    expect(report.skipped).toEqual([]);
    expect(numbersOf('Anna Schneider')).toEqual(['+493012345678', '+491712345678']);
  });

  it('reads an Outlook 2.1 card with only national numbers in the country of its quoted-printable address', async () => {
    const report = await w.contacts.import({ format: 'vcard', content: outlookCard });
    expect(report.skipped).toEqual([]);
    expect(numbersOf('Jürgen Müller')).toEqual(['+49301234567', '+491701234567']);
  });

  it('reads a Google card’s national number in its address country even beside a US number', async () => {
    const report = await w.contacts.import({ format: 'vcard', content: googleCard });
    expect(report.skipped).toEqual([]);
    // The +1 number puts US first; 0176… is no valid US number, so the address country (Germany) reads it.
    expect(numbersOf('Lukas Weber')).toEqual(['+4917698765432', '+15125550142']);
  });

  it('still reads a card without international numbers or address in the default country', async () => {
    const plain = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Dana Fox', 'TEL:(512) 555-0199', 'END:VCARD'].join('\r\n');
    await w.contacts.import({ format: 'vcard', content: plain });
    expect(numbersOf('Dana Fox')).toEqual(['+15125550199']);
  });

  it('says which country a number was tried in when it fits none', async () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Eva Roth', 'TEL:+49 30 12345678', 'TEL:12', 'END:VCARD'].join(
      '\r\n',
    );
    const report = await w.contacts.import({ format: 'vcard', content: card });
    expect(inEnglishSkipped(report.skipped)).toEqual([
      {
        item: 'Eva Roth: 12',
        reason: expect.stringMatching(/^Phone number 2 \(“12”\) is not a possible number in United States/),
      },
    ]);
  });
});
