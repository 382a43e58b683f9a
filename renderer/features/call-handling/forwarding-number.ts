import type { CallHandling } from '../../../shared/models/call-handling';
import {
  dialtoneRingSeconds,
  forwardingNumbersLimit,
  type ForwardingMode,
} from '../../../shared/models/call-handling-names';
import { assertNever } from '../../../shared/assert-never';
import { countryOfNumber, toDialTarget, type DialProblem, type E164Number } from '../../../shared/phone/phone-number';
import { countryListText } from '../wizard/allowed-countries-text';

export const forwardingModeLabels: Record<ForwardingMode, string> = {
  off: 'Off',
  'no-answer': 'When Dialtone does not answer (or is not connected)',
  'not-connected': 'Only when Dialtone is not connected',
  together: 'Ring Dialtone and my other phones together',
  always: 'Always forward',
};

/** What each mode does, as forward.protected.js and inbound.protected.js decide it. */
export const forwardingModeHints: Record<ForwardingMode, string> = {
  off: 'Calls ring only in Dialtone.',
  'no-answer': `Dialtone rings for ${dialtoneRingSeconds} seconds; if you do not answer, or Dialtone is closed or offline, your other phones ring.`,
  'not-connected':
    'While Dialtone is closed or offline, your other phones ring at once; otherwise calls ring only in Dialtone.',
  together: 'Dialtone and your other phones ring at the same time; the first to answer takes the call.',
  always: 'Calls go straight to your other phones; Dialtone does not ring.',
};

export type ForwardingNumberResult = { ok: true; number: E164Number } | { ok: false; message: string };

/** Why a typed text is no number to forward to, in toDialTarget's words where they fit forwarding. */
function forwardingProblem(problem: DialProblem, message: string): string {
  switch (problem) {
    case 'empty':
    case 'not-a-number':
    case 'bad-sip-address':
      return 'Type a phone number, such as your mobile: as you would dial it, or with + and its country code.';
    case 'keypad-codes':
    case 'extension':
      return 'Forwarding dials the number alone, without codes or an extension: use a number that rings the phone itself.';
    case 'emergency':
      return 'Calls cannot be forwarded to emergency services.';
    case 'too-short':
    case 'too-long':
    case 'unknown-country-code':
    case 'invalid':
      return message;
    default:
      return assertNever(problem);
  }
}

/**
 * Why the line may not forward to `number`, or null when it may: a forwarded call is an outbound leg, and the
 * routing skips numbers outside the allowed countries (null: not known here yet, the routing still decides).
 */
function outsideAllowedCountries(
  number: string,
  display: string,
  allowedCountries: readonly string[] | null,
): string | null {
  if (allowedCountries === null) return null;
  const country = countryOfNumber(number);
  if (country === null) {
    return `Dialtone cannot tell which country ${display} is in, so your line may not call it: forward to another number.`;
  }
  if (allowedCountries.includes(country)) return null;
  const name = countryListText([country]);
  return `Your line may not call numbers in ${name}, so calls cannot be forwarded to ${display}. Add ${name} under Settings, Twilio, “Calls to other countries”, then add the number again.`;
}

/**
 * What the person typed as a number to forward to, written any way they would dial it (read in `country`),
 * checked against the numbers listed already, the Dialtone number itself (forwarding to it would loop) and the
 * countries the line may call.
 */
export function toForwardingNumber(
  typed: string,
  country: string,
  listed: readonly string[],
  ownNumber: string | null,
  allowedCountries: readonly string[] | null = null,
): ForwardingNumberResult {
  const target = toDialTarget(typed, country);
  if (!target.ok) return { ok: false, message: forwardingProblem(target.problem, target.message) };
  if (!target.target.startsWith('+')) {
    return { ok: false, message: 'Forward to a phone number: a SIP address cannot be forwarded to.' };
  }
  const number = target.target as E164Number;
  if (number === ownNumber) {
    return { ok: false, message: 'That is your Dialtone number: forward to another phone, such as your mobile.' };
  }
  if (listed.includes(number)) return { ok: false, message: `${target.display} is on the list already.` };
  const outside = outsideAllowedCountries(number, target.display, allowedCountries);
  if (outside) return { ok: false, message: outside };
  if (listed.length >= forwardingNumbersLimit) {
    return { ok: false, message: `Calls go to at most ${forwardingNumbersLimit} numbers. Remove one first.` };
  }
  return { ok: true, number };
}

/**
 * The call handling without `number`. With no number left nothing can be forwarded: forwarding turns off, and
 * calls that went to forwarding (do not disturb, after hours) go to voicemail, as the schema requires.
 */
export function withoutForwardingNumber(
  handling: CallHandling,
  number: string,
): { handling: CallHandling; turnedOff: boolean } {
  const numbers = handling.forwarding.numbers.filter((listed) => listed !== number);
  if (numbers.length > 0)
    return { handling: { ...handling, forwarding: { ...handling.forwarding, numbers } }, turnedOff: false };
  const turnedOff =
    handling.forwarding.mode !== 'off' ||
    handling.doNotDisturbSendsTo === 'forwarding' ||
    handling.afterHoursSendsTo === 'forwarding';
  return {
    handling: {
      ...handling,
      forwarding: { mode: 'off', numbers },
      doNotDisturbSendsTo: 'voicemail',
      afterHoursSendsTo: 'voicemail',
    },
    turnedOff,
  };
}
