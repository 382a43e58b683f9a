import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Twilio's guide to A2P 10DLC: the Brand and Campaign registration US carriers require. */
export const a2p10dlcRegistrationUrl = 'https://www.twilio.com/docs/messaging/compliance/a2p-10dlc';

/** NANP toll-free area codes (Twilio's Toll-free verification resource docs): these need Toll-Free Verification instead. */
const tollFreeAreaCodes = new Set(['800', '833', '844', '855', '866', '877', '888']);

/**
 * A US or Canadian local number (a 10-digit long code): texting US phones from it needs A2P 10DLC
 * registration. Not toll-free numbers, and not the other +1 countries (Jamaica, Puerto Rico, ...).
 */
export function isA2p10dlcNumber(phoneNumber: string): boolean {
  const parsed = parsePhoneNumberFromString(phoneNumber);
  if (!parsed || (parsed.country !== 'US' && parsed.country !== 'CA')) return false;
  return !tollFreeAreaCodes.has(parsed.nationalNumber.slice(0, 3));
}
