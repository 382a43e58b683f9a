import { randomUUID } from 'node:crypto';
import { inTransaction, type Database } from '../../electron/db/sqlite';

/**
 * Generated contacts and call history for bench:data: seeded, so every run has the same data,
 * and written straight through prepared statements in one transaction each, so 100,000 contacts
 * and 1,000,000 calls take seconds. Numbers are US (80 %) and UK mobile (20 %), typed in the ways
 * people type them, with the digits the contact service would index for them.
 */

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
  Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra
  Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George
  Deborah Timothy Stephanie Ann Anna Joanna Hannah Zoë José Chloé Renée Björn Søren Ingrid Mateo Lucía Oliver Amelia
  Noah Olivia Liam Emma Aarav Priya Wei Mei Hiroshi Yuki Fatima Omar Chidi Amara`.split(/\s+/);
const lastNames = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
  Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
  Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
  Mitchell Carter Roberts Müller Schmidt Dubois Lefèvre Rossi Kowalski Novák Andersson Jensen O'Brien MacLeod Okafor
  Tanaka Sato Kim Park Chen Wang Singh Patel Haddad Costa Silva`.split(/\s+/);
const organisations = `Acme Initech Globex Umbrella Hooli Stark Wayne Wonka Cyberdyne Soylent Tyrell Aperture Vandelay
  Dunder Mifflin Pied Piper Gringotts Oceanic Monarch Massive Dynamic Blue Sun Weyland Yutani Nakatomi`.split(/\s+/);

export interface GeneratedPhone {
  label: 'mobile' | 'work' | 'home';
  number: string;
  e164: string;
  /** Digit forms the search index holds: as typed, E.164 without +, national. */
  digits: string[];
}

export interface GeneratedContact {
  id: string;
  name: string;
  organisation: string;
  favourite: boolean;
  phones: GeneratedPhone[];
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

export function generatePhone(random: () => number): GeneratedPhone {
  const pick = (n: number) => Math.floor(random() * n);
  const label = (['mobile', 'work', 'home'] as const)[pick(3)]!;
  if (random() < 0.8) {
    const area = 201 + pick(789);
    const exchange = 200 + pick(800);
    const line = pad(pick(10_000), 4);
    const national = `${area}${exchange}${line}`;
    const style = pick(3);
    const number =
      style === 0
        ? `(${area}) ${exchange}-${line}`
        : style === 1
          ? `${area}.${exchange}.${line}`
          : `+1 ${area} ${exchange} ${line}`;
    const digits = new Set([number.replace(/\D/g, ''), `1${national}`, national]);
    return { label, number, e164: `+1${national}`, digits: [...digits] };
  }
  const subscriber = `7${pad(pick(1_000_000_000), 9)}`;
  const national = `0${subscriber}`;
  const number =
    random() < 0.5
      ? `${national.slice(0, 5)} ${national.slice(5)}`
      : `+44 ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`;
  const digits = new Set([number.replace(/\D/g, ''), `44${subscriber}`, national]);
  return { label, number, e164: `+44${subscriber}`, digits: [...digits] };
}

export function generateContact(random: () => number): GeneratedContact {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const count = 1 + (random() < 0.4 ? 1 : 0) + (random() < 0.1 ? 1 : 0);
  return {
    id: randomUUID(),
    name: `${pick(firstNames)} ${pick(lastNames)}`,
    organisation: random() < 0.3 ? pick(organisations) : '',
    favourite: random() < 0.02,
    phones: Array.from({ length: count }, () => generatePhone(random)),
  };
}

/** Writes `count` contacts with their numbers and search rows in one transaction; returns them. */
export function insertContacts(db: Database, count: number, random: () => number): GeneratedContact[] {
  const insertContact = db.prepare<[string, string, string, number, string, number]>(`
    INSERT INTO contacts (id, name, organisation, notes, favourite, search_digits, search_id, created_at, updated_at)
    VALUES (?, ?, ?, '', ?, ?, ?, 0, 0)`);
  const insertPhone = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO contact_phones (contact_id, position, label, number, e164) VALUES (?, ?, ?, ?, ?)',
  );
  const contacts = Array.from({ length: count }, () => generateContact(random));
  const start = db.prepare<[], { n: number }>('SELECT coalesce(max(search_id), 0) AS n FROM contacts').get()!.n;
  // The search index is filled in bulk after the rows (8 times faster than row by row through the trigger).
  const trigger = db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contacts_fts_insert'",
    )
    .get();
  if (!trigger) throw new Error('The contacts_fts_insert trigger is missing: is the database migrated?');
  inTransaction(db, () => {
    db.exec('DROP TRIGGER contacts_fts_insert');
    contacts.forEach((contact, index) => {
      const digits = [...new Set(contact.phones.flatMap((phone) => phone.digits))].join(' ');
      insertContact.run(
        contact.id,
        contact.name,
        contact.organisation,
        contact.favourite ? 1 : 0,
        digits,
        start + index + 1,
      );
      contact.phones.forEach((phone, position) =>
        insertPhone.run(contact.id, position, phone.label, phone.number, phone.e164),
      );
    });
    db.prepare<[number]>(
      `INSERT INTO contacts_fts (rowid, name, organisation, digits)
       SELECT search_id, name, organisation, search_digits FROM contacts WHERE search_id > ?`,
    ).run(start);
    db.exec(trigger.sql);
  });
  return contacts;
}

const endReasons = ['hung-up', 'remote-hung-up', 'busy', 'no-answer', 'declined', 'failed'] as const;

/** Writes `count` calls over the last two years, 40 % of them linked to a contact, in one transaction. */
export function insertCalls(
  db: Database,
  count: number,
  contacts: readonly GeneratedContact[],
  random: () => number,
): void {
  const insert = db.prepare<
    [string, string | null, string, string, string, number, number | null, number, string, number, number]
  >(`
    INSERT INTO calls (id, account_id, contact_id, direction, remote_number, remote_e164, started_at,
      answered_at, ended_at, end_reason, seen, missed)
    VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const now = Date.now();
  const span = 2 * 365 * 24 * 3600 * 1000;
  inTransaction(db, () => {
    for (let index = 0; index < count; index++) {
      const contact = random() < 0.4 ? contacts[Math.floor(random() * contacts.length)] : undefined;
      const phone = contact?.phones[0] ?? generatePhone(random);
      const incoming = random() < 0.5;
      const answered = random() < 0.75;
      const startedAt = now - span + Math.floor((span * index) / count) + Math.floor(random() * 1000);
      const answeredAt = answered ? startedAt + 3000 + Math.floor(random() * 20_000) : null;
      const endedAt = (answeredAt ?? startedAt) + Math.floor(random() * 600_000);
      const missed = incoming && !answered;
      const reason = missed ? 'missed' : endReasons[Math.floor(random() * endReasons.length)]!;
      const seen = missed && index > count - 20 ? 0 : 1;
      insert.run(
        `call-${index}`,
        contact?.id ?? null,
        incoming ? 'incoming' : 'outgoing',
        phone.e164,
        phone.e164,
        startedAt,
        answeredAt,
        endedAt,
        reason,
        seen,
        missed ? 1 : 0,
      );
    }
  });
}

const escapeVcard = (text: string) => text.replace(/[\\,;]/g, (character) => `\\${character}`);

/** `count` vCard 3.0 cards, some with two or three TEL lines, as phones export them (UK numbers with +44). */
export function generateVcards(count: number, random: () => number): string {
  const cards: string[] = [];
  for (let index = 0; index < count; index++) {
    const contact = generateContact(random);
    const [first = '', last = ''] = contact.name.split(' ');
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:${escapeVcard(last)};${escapeVcard(first)};;;`,
        `FN:${escapeVcard(contact.name)}`,
        ...(contact.organisation ? [`ORG:${escapeVcard(contact.organisation)}`] : []),
        ...contact.phones.map(
          (phone) =>
            `TEL;TYPE=${phone.label === 'mobile' ? 'CELL' : phone.label.toUpperCase()}:${phone.e164.startsWith('+44') ? phone.e164 : phone.number}`,
        ),
        `EMAIL;TYPE=INTERNET:${first.toLowerCase().replace(/[^a-z]/g, '')}.${index}@example.com`,
        'END:VCARD',
      ].join('\r\n'),
    );
  }
  return `${cards.join('\r\n')}\r\n`;
}
