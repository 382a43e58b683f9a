import type { CallHandling } from '../../../shared/models/call-handling';
import {
  dialtoneRingSeconds,
  forwardingNumbersLimit,
  type ForwardingMode,
} from '../../../shared/models/call-handling-names';
import { assertNever } from '../../../shared/assert-never';
import { countryOfNumber, toDialTarget, type DialProblem, type E164Number } from '../../../shared/phone/phone-number';
import { dialProblemText } from '../../i18n/dial-problem-text';
import type { MessageId } from '../../i18n/locale-messages';
import type { Translate } from '../../i18n/message-values';
import { countryListText } from '../wizard/allowed-countries-text';

export const forwardingModeLabels: Record<ForwardingMode, MessageId> = {
  off: 'callHandling.modeOff',
  'no-answer': 'callHandling.modeNoAnswer',
  'not-connected': 'callHandling.modeNotConnected',
  together: 'callHandling.modeTogether',
  always: 'callHandling.modeAlways',
};

/** What each mode does, as forward.protected.js and inbound.protected.js decide it. */
export function forwardingModeHint(mode: ForwardingMode, t: Translate): string {
  switch (mode) {
    case 'off':
      return t('callHandling.modeHintOff');
    case 'no-answer':
      return t('callHandling.modeHintNoAnswer', { seconds: dialtoneRingSeconds });
    case 'not-connected':
      return t('callHandling.modeHintNotConnected');
    case 'together':
      return t('callHandling.modeHintTogether');
    case 'always':
      return t('callHandling.modeHintAlways');
    default:
      return assertNever(mode);
  }
}

export type ForwardingNumberResult = { ok: true; number: E164Number } | { ok: false; message: string };

/** Why a typed text is no number to forward to, in toDialTarget's words where they fit forwarding. */
function forwardingProblem(problem: DialProblem, message: string, t: Translate): string {
  switch (problem) {
    case 'empty':
    case 'not-a-number':
    case 'bad-sip-address':
      return t('callHandling.forwardTypeNumber');
    case 'keypad-codes':
    case 'extension':
      return t('callHandling.forwardNoCodes');
    case 'emergency':
      return t('callHandling.forwardEmergency');
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
  t: Translate,
): string | null {
  if (allowedCountries === null) return null;
  const country = countryOfNumber(number);
  if (country === null) {
    return t('callHandling.forwardUnknownCountry', { number: display });
  }
  if (allowedCountries.includes(country)) return null;
  return t('callHandling.forwardCountryNotAllowed', { country: countryListText([country], t), number: display });
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
  allowedCountries: readonly string[] | null,
  t: Translate,
): ForwardingNumberResult {
  const target = toDialTarget(typed, country);
  if (!target.ok) return { ok: false, message: forwardingProblem(target.problem, dialProblemText(target), t) };
  if (!target.target.startsWith('+')) {
    return { ok: false, message: t('callHandling.forwardSip') };
  }
  const number = target.target as E164Number;
  if (number === ownNumber) {
    return { ok: false, message: t('callHandling.forwardOwnNumber') };
  }
  if (listed.includes(number)) {
    return { ok: false, message: t('callHandling.forwardListed', { number: target.display }) };
  }
  const outside = outsideAllowedCountries(number, target.display, allowedCountries, t);
  if (outside) return { ok: false, message: outside };
  if (listed.length >= forwardingNumbersLimit) {
    return { ok: false, message: t('callHandling.forwardTooMany', { limit: forwardingNumbersLimit }) };
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
