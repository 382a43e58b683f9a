import { inboxTextLimits } from '../../../shared/models/inbox';
import { readableText } from '../../../shared/readable-text';

/** The contact with this number (as the inbox stores it: E.164, or a sender name), its name ready to show. */
export type ContactLookup = (number: string) => { contactId: string; name: string } | null;

/** Only E.164 numbers can belong to a contact; short codes and names ("AMAZON") never do. */
export function contactLookup(
  matchNumber: (e164: string) => { contactId: string; name: string } | null,
): ContactLookup {
  return (number) => {
    const contact = /^\+[1-9]\d{6,14}$/.test(number) ? matchNumber(number) : null;
    const name = contact && readableText(contact.name, inboxTextLimits.contactName);
    return contact && name ? { contactId: contact.contactId, name } : null;
  };
}
