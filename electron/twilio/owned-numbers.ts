import type { OwnedNumber } from '../../shared/models/twilio-setup';
import type { TwilioRestClient } from './rest-client';
import {
  checkAnswer,
  incomingNumberAnswer,
  unusableAnswer,
  usableAnswers,
  type AnswerAbout,
  type IncomingNumberAnswer,
} from './twilio-answers';

const clip = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max));
const activeNumbers = 'Phone Numbers > Manage > Active numbers';

export function toOwnedNumber(number: IncomingNumberAnswer): OwnedNumber {
  const { capabilities } = number;
  return {
    sid: number.sid,
    phoneNumber: number.phoneNumber,
    friendlyName: clip(number.friendlyName ?? number.phoneNumber, 64),
    capabilities: {
      voice: capabilities.voice === true,
      sms: capabilities.sms === true || capabilities.SMS === true,
      mms: capabilities.mms === true || capabilities.MMS === true,
    },
    voiceUrl: number.voiceUrl ? clip(number.voiceUrl, 1000) : null,
  };
}

/** The account's numbers that Dialtone can use (a number Twilio describes without a sid or an E.164 number is left out). */
export async function listOwnedNumbers(rest: TwilioRestClient): Promise<OwnedNumber[]> {
  const numbers = await rest.incomingPhoneNumbers.list({ pageSize: 100 });
  return usableAnswers(incomingNumberAnswer, numbers).map(toOwnedNumber);
}

export async function findOwnedNumber(rest: TwilioRestClient, phoneNumber: string): Promise<OwnedNumber | null> {
  const numbers = await rest.incomingPhoneNumbers.list({ phoneNumber, pageSize: 20 });
  const found = usableAnswers(incomingNumberAnswer, numbers).find((number) => number.phoneNumber === phoneNumber);
  return found ? toOwnedNumber(found) : null;
}

/** The purchase answer, which must be the number asked for. */
function boughtNumber(answer: unknown, phoneNumber: string): OwnedNumber {
  const about: AnswerAbout = { what: 'the number it just sold', phoneNumber, where: activeNumbers };
  const bought = checkAnswer(incomingNumberAnswer, answer, about);
  if (bought.phoneNumber !== phoneNumber) throw unusableAnswer(about, 'phone_number');
  return toOwnedNumber(bought);
}

/**
 * Idempotent: a number already on the account (an earlier purchase whose answer was lost or unusable)
 * is returned, not bought again.
 */
export async function buyNumber(
  rest: TwilioRestClient,
  phoneNumber: string,
): Promise<{ number: OwnedNumber; purchased: boolean }> {
  const owned = await findOwnedNumber(rest, phoneNumber);
  if (owned) return { number: owned, purchased: false };
  try {
    return {
      number: boughtNumber(await rest.incomingPhoneNumbers.create({ phoneNumber }), phoneNumber),
      purchased: true,
    };
  } catch (error) {
    // The purchase may have gone through even though its answer failed or could not be used.
    const after = await findOwnedNumber(rest, phoneNumber).catch(() => null);
    if (after) return { number: after, purchased: true };
    throw error;
  }
}
