/**
 * Why a text cannot be dialled, in English (ICU messages: {code} is a country calling code, {country}
 * a region's name). Main uses these words as they are; the renderer shows them in the person's
 * language from its dialProblem catalogue, whose English this is.
 */
export const dialProblemEnglish = {
  sipIncomplete: 'This SIP address is incomplete. Write it as sip:name@example.com.',
  tooShort: 'This number is too short. Type the whole number, with its area code.',
  tooLong: 'This number is too long. Check it for extra digits.',
  wrongLength: 'This number has the wrong number of digits. Check it and try again.',
  unknownCountryCode: '+{code} is not a country code. Check the digits after the +.',
  typeSomething: 'Type a phone number, or a SIP address such as sip:alice@example.com.',
  keypadCodes: 'Numbers with * or # cannot be dialled. During a call, send them with the keypad.',
  extension: 'Call the main number first, then type the extension on the keypad.',
  emergency: 'Dialtone cannot call emergency services. Use a mobile phone or a landline.',
  notInCountry:
    'No phone number in {country} starts like this. Check the number, or start it with + and the country code.',
  notValid: 'This is not a valid phone number. Check the digits after the country code.',
  tooShortToCall: 'Dialtone cannot call numbers this short.',
} as const;

export type DialProblemWords = keyof typeof dialProblemEnglish;

/** What fills a dial problem's words: a calling code as digits, a country as its two-letter region code. */
export interface DialProblemValues {
  code?: string;
  country?: string;
}
