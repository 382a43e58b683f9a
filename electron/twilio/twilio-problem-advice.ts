import type { TwilioProblem } from '../../shared/models/twilio-setup';

/** What a person can do about each Twilio error code Dialtone expects during setup, in plain words. */

const checkCredentials =
  'Check the Account SID and Auth Token (or the API key SID and secret) in the Twilio Console under Account Info, then paste them again. If you signed in with an API key, it may have been deleted.';
const addressNeeded =
  'This number needs an address on file. Add one in the Twilio Console under Phone Numbers > Regulatory Compliance > Addresses, then try again; or choose a number whose address requirement is "none".';
const bundleNeeded =
  'Numbers of this country and type need an approved regulatory bundle. Create one in the Twilio Console under Phone Numbers > Regulatory Compliance > Bundles, then try again; or choose a number from another country or of another type.';
const trialVerifiedOnly =
  'Trial accounts can only call and text verified numbers. Verify this number in the Twilio Console under Phone Numbers > Verified Caller IDs, or upgrade the account.';

export const adviceByCode: Readonly<Record<number, string>> = {
  20001:
    'Twilio did not accept a value Dialtone sent. Try again; if it keeps happening, report it with the code above.',
  20002: 'Twilio did not accept a name Dialtone sent. Try again; if it keeps happening, report it with the code above.',
  20003: checkCredentials,
  20005: 'This Twilio account is suspended or closed. Check its status in the Twilio Console, then try again.',
  20008:
    'These are test credentials, which cannot do this. Use the live Account SID and Auth Token from the Twilio Console.',
  20403:
    'These credentials are not allowed to do this. If you signed in with a restricted API key, use the Auth Token or a standard API key instead.',
  20404:
    'Twilio could not find something Dialtone expected; it may have been deleted in the Twilio Console. Try again: Dialtone recreates what is missing.',
  20429: 'Twilio is receiving too many requests from this account right now. Wait a minute, then try again.',
  21613: addressNeeded,
  21615: addressNeeded,
  21631: addressNeeded,
  21649: bundleNeeded,
  21651:
    'The regulatory documents on file do not meet this number’s requirements. Check your bundle in the Twilio Console under Phone Numbers > Regulatory Compliance, or choose another number.',
  21422: 'That number is no longer available. Search again and choose another one.',
  21452: 'There are no numbers available in that area code. Try another area code, or search without one.',
  21421: 'That phone number is not valid. Search again and choose a number from the results.',
  10002:
    'Trial accounts can have only one phone number. Upgrade the account in the Twilio Console, or use the trial number you already have.',
  21219: trialVerifiedOnly,
  21608: trialVerifiedOnly,
  21210: trialVerifiedOnly,
  14111: trialVerifiedOnly,
  32100: trialVerifiedOnly,
  10004:
    'Too many calls are in progress on this account (trial and newly upgraded accounts have low limits). Wait for a call to end, or ask Twilio support to raise the limit.',
  21230:
    'This account already has 100 SIP domains, Twilio’s limit. Delete domains you no longer use in the Twilio Console under Voice > SIP Domains, then try again.',
};

/** For answers without a Twilio code, by HTTP status. */
export function adviceByStatus(status: number): string | undefined {
  if (status === 401) return checkCredentials;
  if (status === 403) return adviceByCode[20403];
  if (status === 404) return adviceByCode[20404];
  if (status === 429) return adviceByCode[20429];
  if (status >= 500) return 'Twilio had a temporary problem. Wait a minute, then try again.';
  return undefined;
}

/** How a connection to Twilio failed, by what the person can do about it. */
export type ConnectionFailure = 'unreachable' | 'timeout' | 'insecure';

const problem = (message: string, whatToDo: string): TwilioProblem =>
  Object.freeze({ code: null, message, whatToDo, moreInfo: null });

export const connectionProblems: Readonly<Record<ConnectionFailure, TwilioProblem>> = {
  unreachable: problem('Dialtone could not reach Twilio', 'Check your internet connection and try again.'),
  timeout: problem(
    'Twilio did not answer in time',
    'Check your internet connection and try again. If it keeps happening, Twilio may be having trouble: see status.twilio.com.',
  ),
  insecure: problem(
    'Dialtone could not make a secure connection to Twilio',
    'A firewall, proxy or antivirus program may be intercepting secure connections, or this computer’s date and time may be wrong. Check them, then try again.',
  ),
};
