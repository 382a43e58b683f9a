/*
 * What a person can do about a Twilio failure, in plain words: the one English source. Main puts it in a
 * TwilioProblem's whatToDo with its key; the renderer shows the key's translation (namespace twilioAdvice),
 * so each message is ICU: a literal { } or < would have to be quoted. No zod here: the renderer imports it.
 * Console menu paths stay in English in every language: Twilio's Console is in English.
 */
export const twilioAdviceEnglish = {
  checkCredentials:
    'Check the Account SID and Auth Token (or the API key SID and secret) in the Twilio Console under Account Info, then paste them again. If you signed in with an API key, it may have been deleted.',
  addressNeeded:
    'This number needs an address on file. Add one in the Twilio Console under Phone Numbers > Regulatory Compliance > Addresses, then try again; or choose a number whose address requirement is "none".',
  bundleNeeded:
    'Numbers of this country and type need an approved regulatory bundle. Create one in the Twilio Console under Phone Numbers > Regulatory Compliance > Bundles, then try again; or choose a number from another country or of another type.',
  trialVerifiedOnly:
    'Trial accounts can only call and text verified numbers. Verify this number in the Twilio Console under Phone Numbers > Verified Caller IDs, or upgrade the account.',
  code20001:
    'Twilio did not accept a value Dialtone sent. Try again; if it keeps happening, report it with the code above.',
  code20002:
    'Twilio did not accept a name Dialtone sent. Try again; if it keeps happening, report it with the code above.',
  code20005: 'This Twilio account is suspended or closed. Check its status in the Twilio Console, then try again.',
  code20008:
    'These are test credentials, which cannot do this. Use the live Account SID and Auth Token from the Twilio Console.',
  code20403:
    'These credentials are not allowed to do this. If you signed in with a restricted API key, use the Auth Token or a standard API key instead.',
  code20404:
    'Twilio could not find something Dialtone expected; it may have been deleted in the Twilio Console. Try again: Dialtone recreates what is missing.',
  code20429: 'Twilio is receiving too many requests from this account right now. Wait a minute, then try again.',
  code21651:
    'The regulatory documents on file do not meet this number’s requirements. Check your bundle in the Twilio Console under Phone Numbers > Regulatory Compliance, or choose another number.',
  code21422: 'That number is no longer available. Search again and choose another one.',
  code21452: 'There are no numbers available in that area code. Try another area code, or search without one.',
  code21421: 'That phone number is not valid. Search again and choose a number from the results.',
  code10002:
    'Trial accounts can have only one phone number. Upgrade the account in the Twilio Console, or use the trial number you already have.',
  code10004:
    'Too many calls are in progress on this account (trial and newly upgraded accounts have low limits). Wait for a call to end, or ask Twilio support to raise the limit.',
  code21230:
    'This account already has 100 SIP domains, Twilio’s limit. Delete domains you no longer use in the Twilio Console under Voice > SIP Domains, then try again.',
  twilioTrouble: 'Twilio had a temporary problem. Wait a minute, then try again.',
  connectionUnreachable: 'Check your internet connection and try again.',
  connectionTimeout:
    'Check your internet connection and try again. If it keeps happening, Twilio may be having trouble: see status.twilio.com.',
  connectionInsecure:
    'A firewall, proxy or antivirus program may be intercepting secure connections, or this computer’s date and time may be wrong. Check them, then try again.',
} as const;

export type TwilioAdviceKey = keyof typeof twilioAdviceEnglish;

export const twilioAdviceKeys = Object.keys(twilioAdviceEnglish) as [TwilioAdviceKey, ...TwilioAdviceKey[]];

/** The advice for each Twilio error code Dialtone expects during setup. */
export const adviceKeyByCode: Readonly<Record<number, TwilioAdviceKey>> = {
  20001: 'code20001',
  20002: 'code20002',
  20003: 'checkCredentials',
  20005: 'code20005',
  20008: 'code20008',
  20403: 'code20403',
  20404: 'code20404',
  20429: 'code20429',
  21613: 'addressNeeded',
  21615: 'addressNeeded',
  21631: 'addressNeeded',
  21649: 'bundleNeeded',
  21651: 'code21651',
  21422: 'code21422',
  21452: 'code21452',
  21421: 'code21421',
  10002: 'code10002',
  21219: 'trialVerifiedOnly',
  21608: 'trialVerifiedOnly',
  21210: 'trialVerifiedOnly',
  14111: 'trialVerifiedOnly',
  32100: 'trialVerifiedOnly',
  10004: 'code10004',
  21230: 'code21230',
};

/** For answers without a Twilio code, by HTTP status. */
export function adviceKeyByStatus(status: number): TwilioAdviceKey | undefined {
  if (status === 401) return 'checkCredentials';
  if (status === 403) return 'code20403';
  if (status === 404) return 'code20404';
  if (status === 429) return 'code20429';
  if (status >= 500) return 'twilioTrouble';
  return undefined;
}
