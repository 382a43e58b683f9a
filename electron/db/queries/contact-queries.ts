import { inTransaction, type Database } from '../sqlite';
import type { Contact, ContactListItem, PhoneLabel } from '../../../shared/models/contact';
import { bareSipAddress } from '../../../shared/phone/sip-address';

type ContactRow = {
  id: string;
  name: string;
  organisation: string;
  notes: string;
  favourite: 0 | 1;
};

type PhoneRow = { contact_id: string; position: number; label: PhoneLabel; number: string; e164: string | null };
type AddressRow = { contact_id: string; kind: 'sip' | 'email'; position: number; address: string };
export type ListItemRow = Omit<ContactRow, 'notes'> & { primary_number: string | null };

/** A contact as stored: every number with its E.164 form (null when it could not be normalised). */
export type StoredContact = Contact;

export function listItemFromRow(row: ListItemRow): ContactListItem {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    favourite: row.favourite === 1,
    primaryNumber: row.primary_number,
  };
}

function fromRows(row: ContactRow, phones: PhoneRow[], addresses: AddressRow[]): StoredContact {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    phones: phones.map((phone) => ({ label: phone.label, number: phone.number, e164: phone.e164 })),
    sipAddresses: addresses.filter((address) => address.kind === 'sip').map((address) => address.address),
    emails: addresses.filter((address) => address.kind === 'email').map((address) => address.address),
    notes: row.notes,
    favourite: row.favourite === 1,
  };
}

/** Groups rows sorted by contact_id under their contact. */
function groupByContact<R extends { contact_id: string }>(rows: R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.contact_id);
    if (group) group.push(row);
    else groups.set(row.contact_id, [row]);
  }
  return groups;
}

export const primaryNumberSql = (contactId: string) =>
  `(SELECT number FROM contact_phones WHERE contact_id = ${contactId} ORDER BY position LIMIT 1)`;

/** contacts with their contact_phones and contact_addresses, written and read as one. */
export function createContactQueries(db: Database) {
  const columns = 'id, name, organisation, notes, favourite';
  const selectOne = db.prepare<[string], ContactRow>(`SELECT ${columns} FROM contacts WHERE id = ?`);
  const selectPhones = db.prepare<[string], PhoneRow>(
    'SELECT contact_id, position, label, number, e164 FROM contact_phones WHERE contact_id = ? ORDER BY position',
  );
  const selectAddresses = db.prepare<[string], AddressRow>(
    'SELECT contact_id, kind, position, address FROM contact_addresses WHERE contact_id = ? ORDER BY kind, position',
  );
  const selectAll = db.prepare<[], ContactRow>(`SELECT ${columns} FROM contacts ORDER BY id`);
  const selectAllPhones = db.prepare<[], PhoneRow>(
    'SELECT contact_id, position, label, number, e164 FROM contact_phones ORDER BY contact_id, position',
  );
  const selectAllAddresses = db.prepare<[], AddressRow>(
    'SELECT contact_id, kind, position, address FROM contact_addresses ORDER BY contact_id, kind, position',
  );
  const upsert = db.prepare<[ContactRow & { searchDigits: string; searchAddresses: string; now: number }]>(`
    INSERT INTO contacts (${columns}, search_digits, search_addresses, search_id, created_at, updated_at)
    VALUES (@id, @name, @organisation, @notes, @favourite, @searchDigits, @searchAddresses,
      (SELECT coalesce(max(search_id), 0) + 1 FROM contacts), @now, @now)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
      notes = excluded.notes, favourite = excluded.favourite, search_digits = excluded.search_digits,
      search_addresses = excluded.search_addresses, updated_at = excluded.updated_at`);
  const deletePhones = db.prepare<[string]>('DELETE FROM contact_phones WHERE contact_id = ?');
  const deleteAddresses = db.prepare<[string]>('DELETE FROM contact_addresses WHERE contact_id = ?');
  const insertPhone = db.prepare<[string, number, PhoneLabel, string, string | null]>(
    'INSERT INTO contact_phones (contact_id, position, label, number, e164) VALUES (?, ?, ?, ?, ?)',
  );
  const insertAddress = db.prepare<[string, AddressRow['kind'], number, string]>(
    'INSERT INTO contact_addresses (contact_id, kind, position, address) VALUES (?, ?, ?, ?)',
  );
  const remove = db.prepare<[string]>('DELETE FROM contacts WHERE id = ?');
  const selectIdsByE164 = db.prepare<[string], { contact_id: string }>(
    'SELECT DISTINCT contact_id FROM contact_phones WHERE e164 = ? ORDER BY contact_id',
  );
  const selectMatch = db.prepare<[string], { id: string; name: string }>(`
    SELECT c.id, c.name FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
    WHERE p.e164 = ? ORDER BY c.favourite DESC, c.name COLLATE NOCASE, c.id LIMIT 1`);
  // Addresses are stored as typed; compare them without scheme and case (see bareSipAddress).
  const selectSipMatch = db.prepare<[string], { id: string; name: string }>(`
    SELECT c.id, c.name FROM contact_addresses a JOIN contacts c ON c.id = a.contact_id
    WHERE a.kind = 'sip' AND lower(CASE WHEN a.address LIKE 'sips:%' THEN substr(a.address, 6)
      WHEN a.address LIKE 'sip:%' THEN substr(a.address, 5) ELSE a.address END) = ?
    ORDER BY c.favourite DESC, c.name COLLATE NOCASE, c.id LIMIT 1`);
  const selectIdsByName = db.prepare<[string], { id: string }>(
    'SELECT id FROM contacts WHERE name = ? COLLATE NOCASE ORDER BY id',
  );
  const selectShared = db.prepare<[number], { e164: string; ids: string }>(`
    SELECT e164, json_group_array(DISTINCT contact_id) AS ids FROM contact_phones
    WHERE e164 IS NOT NULL GROUP BY e164 HAVING count(DISTINCT contact_id) > 1 ORDER BY e164 LIMIT ?`);
  const selectListItems = db.prepare<[string], ListItemRow>(`
    SELECT c.id, c.name, c.organisation, c.favourite, ${primaryNumberSql('c.id')} AS primary_number
    FROM json_each(?) AS wanted JOIN contacts c ON c.id = wanted.value ORDER BY wanted.key`);

  return {
    get(id: string): StoredContact | undefined {
      const row = selectOne.get(id);
      return row && fromRows(row, selectPhones.all(id), selectAddresses.all(id));
    },
    /** Every contact with its details, for export: three ordered scans, no query per contact. */
    all(): StoredContact[] {
      const phones = groupByContact(selectAllPhones.all());
      const addresses = groupByContact(selectAllAddresses.all());
      return selectAll.all().map((row) => fromRows(row, phones.get(row.id) ?? [], addresses.get(row.id) ?? []));
    },
    /** Inserts or replaces the contact and all its details, in one transaction. */
    save(contact: StoredContact, searchDigits: string, now = Date.now()): void {
      inTransaction(db, () => {
        const { id, name, organisation, notes } = contact;
        // The search index holds SIP addresses bare ("alice@example.com"), as matchSipAddress compares them.
        const searchAddresses = contact.sipAddresses.map(bareSipAddress).join(' ');
        const favourite = contact.favourite ? 1 : 0;
        upsert.run({ id, name, organisation, notes, favourite, searchDigits, searchAddresses, now });
        deletePhones.run(id);
        deleteAddresses.run(id);
        contact.phones.forEach((phone, position) =>
          insertPhone.run(id, position, phone.label, phone.number, phone.e164),
        );
        contact.sipAddresses.forEach((address, position) => insertAddress.run(id, 'sip', position, address));
        contact.emails.forEach((address, position) => insertAddress.run(id, 'email', position, address));
      });
    },
    /** Returns whether a row was deleted; its numbers and addresses go with it. */
    remove: (id: string): boolean => remove.run(id).changes > 0,
    idsWithNumber: (e164: string): string[] => selectIdsByE164.all(e164).map((row) => row.contact_id),
    idsNamed: (name: string): string[] => selectIdsByName.all(name).map((row) => row.id),
    /** The contact to show for a number: favourites first, then by name. */
    matchNumber: (e164: string): { contactId: string; name: string } | undefined => {
      const row = selectMatch.get(e164);
      return row && { contactId: row.id, name: row.name };
    },
    /** The contact to show for a SIP address given in its bare form (bareSipAddress). */
    matchSipAddress: (bare: string): { contactId: string; name: string } | undefined => {
      const row = selectSipMatch.get(bare);
      return row && { contactId: row.id, name: row.name };
    },
    /** Numbers that more than one contact has. */
    sharedNumbers: (limit: number): { e164: string; contactIds: string[] }[] =>
      selectShared.all(limit).map((row) => ({ e164: row.e164, contactIds: JSON.parse(row.ids) as string[] })),
    /** List rows for these ids, in the order given; unknown ids are left out. */
    listItems: (ids: readonly string[]): ContactListItem[] =>
      selectListItems.all(JSON.stringify(ids)).map(listItemFromRow),
  };
}

export type ContactQueries = ReturnType<typeof createContactQueries>;
