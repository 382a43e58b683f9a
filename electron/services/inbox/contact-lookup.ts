/** The contact with this number (as the inbox stores it: E.164, or a sender name), if any. */
export type ContactLookup = (number: string) => { contactId: string; name: string } | null;

/** Only E.164 numbers can belong to a contact; short codes and names ("AMAZON") never do. */
export function contactLookup(
  matchNumber: (e164: string) => { contactId: string; name: string } | null,
): ContactLookup {
  return (number) => (/^\+[1-9]\d{6,14}$/.test(number) ? matchNumber(number) : null);
}
