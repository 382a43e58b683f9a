/**
 * Why a tel:, sip: or callto: link cannot be called, in English (ICU messages whose arguments are the
 * link's own text). Main's dialog uses these words as they are; the renderer shows them in the person's
 * language from its phoneLink catalogue, whose English this is.
 */
export const phoneLinkProblemEnglish = {
  addressTooLong: 'This address is too long to call. Check the link.',
  telDamaged: 'This phone link is damaged (its %-encoding is broken). Copy the number instead.',
  telNoNumber: 'This phone link has no number in it.',
  telHoldsAddress: 'This tel: link holds an address, not a phone number. Check the link.',
  localNotWhole:
    'This link gives {number} as a local number within {prefix}, which does not make a whole number. Ask for the full number.',
  localElsewhere: 'This link is a local number of {context}, which Dialtone cannot call from here.',
  sipNoAddress: 'This SIP link has no address in it. A SIP address looks like sip:alice@example.com.',
  sipDamaged: 'This SIP link is damaged (its %-encoding is broken). Copy the address instead.',
  sipBadName: 'This SIP link has a name Dialtone cannot call. Check the link.',
  calltoDamaged: 'This callto: link is damaged (its %-encoding is broken). Copy the number instead.',
  calltoNoNumber: 'This callto: link has no number in it.',
  skypeName:
    '"{name}" is a Skype name, not a phone number. Dialtone calls phone numbers and SIP addresses: ask for their number instead.',
  empty: 'This link is empty. Dialtone opens tel:, sip: and callto: links.',
  linkTooLong: 'This link is too long to be a phone number or a SIP address.',
  notALink: 'This is not a phone link. Dialtone opens tel:, sip: and callto: links.',
  skypeLink: 'Skype links call Skype accounts, which Dialtone cannot reach. Ask for a phone number instead.',
  otherScheme: 'Dialtone cannot open {scheme}: links. Dialtone opens tel:, sip: and callto: links.',
} as const;

export type PhoneLinkProblemWords = keyof typeof phoneLinkProblemEnglish;

/** What fills a link problem's words: parts of the link itself, bounded. */
export type PhoneLinkProblemValues = Readonly<Record<string, string>>;
