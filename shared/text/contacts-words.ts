/** What main says about contacts, their import and export, the history and the SIP accounts. */
export const contactsWords = {
  contactGone: 'That contact no longer exists. It may have been deleted or merged.',
  contactAlreadyDeleted: 'That contact was already deleted.',
  mergeSameContact: 'Choose two different contacts to merge.',
  mergeTooManyNumbers:
    'Together these contacts have {count} numbers; a contact holds at most {max}. Remove some from one of them, then merge again.',
  mergeTooManySipAddresses:
    'Together these contacts have {count} SIP addresses; a contact holds at most {max}. Remove some from one of them, then merge again.',
  mergeTooManyEmails:
    'Together these contacts have {count} e-mail addresses; a contact holds at most {max}. Remove some from one of them, then merge again.',

  // A number that cannot be a phone number: {position} in the contact, {number} as typed, {country} the default country.
  numberLooksSipIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: it looks like a SIP address: put it under SIP addresses instead.',
  numberLooksSip:
    'Phone number {position} (“{number}”) is not a possible number: it looks like a SIP address: put it under SIP addresses instead.',
  numberHasCodesIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: numbers with * or # cannot be called; leave the codes out.',
  numberHasCodes:
    'Phone number {position} (“{number}”) is not a possible number: numbers with * or # cannot be called; leave the codes out.',
  numberTooShortIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: it is too short. Type the whole number with its area code, or start it with + and the country code.',
  numberTooShort:
    'Phone number {position} (“{number}”) is not a possible number: it is too short. Type the whole number with its area code, or start it with + and the country code.',
  numberTooLongIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: it has too many digits. Check it for extra digits.',
  numberTooLong:
    'Phone number {position} (“{number}”) is not a possible number: it has too many digits. Check it for extra digits.',
  numberBadCountryCodeIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: the digits after the + are not a country code. Check them.',
  numberBadCountryCode:
    'Phone number {position} (“{number}”) is not a possible number: the digits after the + are not a country code. Check them.',
  numberNotANumberIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: it is not a phone number. Type the digits, or start it with + and the country code.',
  numberNotANumber:
    'Phone number {position} (“{number}”) is not a possible number: it is not a phone number. Type the digits, or start it with + and the country code.',
  numberUnknownIn:
    'Phone number {position} (“{number}”) is not a possible number in {country}: no number there is written like this. Check the digits, or start it with + and the country code.',
  numberUnknown:
    'Phone number {position} (“{number}”) is not a possible number: no number there is written like this. Check the digits, or start it with + and the country code.',

  // A file that cannot be imported at all.
  fileEmptyVcard: 'This file is empty. Export your contacts as vCard (.vcf) again and choose the new file.',
  fileEmptyCsv: 'This file is empty. Export your contacts as CSV again and choose the new file.',
  fileBinaryVcard:
    'This file is not a vCard file: it holds binary data, not text. Export your contacts as vCard (.vcf) and try again.',
  fileBinaryCsv:
    'This file is not a CSV file: it holds binary data, not text. Export your contacts as CSV and try again.',
  fileNotVcard: 'This file is not a vCard: it has no BEGIN:VCARD. Export your contacts as vCard (.vcf) and try again.',
  vcardCutOff:
    'The vCard file ends in the middle of a card (card {card} has no END:VCARD): it may be cut off, so nothing was imported. Export your contacts again and choose the new file.',
  csvIsVcard: 'This file is a vCard, not a CSV file. Import it as a vCard (.vcf).',
  csvCutOff:
    'The CSV file ends inside a quoted field (opened in row {row}); it may be cut off, so nothing was imported.',
  csvNotAField: '"{field}" is not a contact field Dialtone can import a column into.',
  csvNoSuchColumn: 'This CSV file has no column named "{header}". Check the header row, or choose another column.',
  csvNoHeader:
    'This CSV file has no header row that Dialtone recognises: its first row should name the columns, such as "Name" and "Phone". Export from Google Contacts or Outlook, or choose which column holds what.',
  fileUnreadable: 'This file could not be read ({detail}); nothing was imported.',
  fileUnreadableUnknown: 'This file could not be read (unknown error); nothing was imported.',
  fileFailed: '{detail} Nothing was imported.',
  fileNotVcardRead: 'it could not be read as a vCard file. Nothing was imported.',
  fileNotCsvRead: 'it could not be read as a CSV file. Nothing was imported.',

  // Where an entry of an import report is in the file, or whose it is.
  entryCard: 'card {card}',
  entryCardOf: 'card {card} ({name})',
  entryRow: 'row {row}',
  entryRowOf: 'row {row} ({name})',
  entryContact: 'Contact {position}',
  entryNamed: '{name}',
  entryNumberOf: '{name}: {number}',

  // Why an entry, or part of one, was left out of an import.
  cardUnreadable: 'This card could not be read ({detail}).',
  cardLineUnreadable: '1 line was not in "name:value" form and left out of this card.',
  cardLinesUnreadable: '{count} lines were not in "name:value" form and left out of this card.',
  rowDamaged: 'A quoted field in this row is damaged, so the row was left out.',
  noName: 'no name',
  noNameNoNumber: 'no name and no phone number',
  notAContact: 'does not fit the contact model',
  notAValidContact: 'It is not a valid contact.',
  numbersBeyond: '{count} phone numbers beyond the first {max} were left out.',
  sipAddressesBeyond: '{count} SIP addresses beyond the first {max} were left out.',
  emailsBeyond: '{count} e-mail addresses beyond the first {max} were left out.',
  numberWithoutDigits: '"{number}" has no digits, so it was left out.',
  numberTooLongLeftOut: 'A phone number longer than {max} characters was left out.',
  sipAddressInvalid: '"{address}" is not a valid SIP address, so it was left out.',
  emailInvalid: '"{address}" is not a valid e-mail address, so it was left out.',
  nameShortened: 'The name was longer than 200 characters and was shortened.',
  organisationShortened: 'The organisation was longer than 200 characters and was shortened.',
  noteShortened: 'The note was longer than 10,000 characters and was shortened.',
  importedWithoutNumber: 'The contact was imported without it.',
  alreadyThere: 'Already in your contacts as “{name}”.',
  noRoomToMerge: '“{name}” has the same number but no room for more numbers or addresses (at most 20 of each).',

  callAlreadyRemoved: 'That call was already removed from the history.',
  accountGone: 'That account no longer exists. Reopen the accounts list and try again.',
  accountAlreadyRemoved: 'That account was already removed.',
  nothingToRedial: 'There is no call placed yet to redial. Call from the dialer or the history instead.',
  nothingToCallBack: 'There is no missed call left to call back. Call from the dialer or the history instead.',

  callAudioGone: 'That call has ended, or its audio was connected again.',
  callAlreadyEnded: 'That call has already ended.',
  callNoAudioPath: 'The call has no audio path yet. Hang up and call again; if it keeps happening, restart Dialtone.',
  callAudioRefused: 'Dialtone could not connect the call’s audio ({detail}). Restart Dialtone, then call again.',

  keyringUnavailable:
    'Dialtone cannot store passwords securely because the system keyring is unavailable. Nothing was saved. Unlock or set up your keyring (on Linux: GNOME Keyring or KWallet) and try again.',
  keyringMissing:
    'Dialtone will not store passwords because no system keyring was found, only an unprotected fallback. Nothing was saved. Install and unlock GNOME Keyring or KWallet, then restart Dialtone.',
} as const;
