import type { OwnedNumber } from '../../shared/models/twilio-setup';
import type { TwilioRestClient } from './rest-client';

interface IncomingNumberLike {
  sid: string;
  phoneNumber: string;
  friendlyName: string | null;
  capabilities: Partial<Record<string, boolean>> | null;
  voiceUrl: string | null;
}

const clip = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max));
const e164 = /^\+[1-9]\d{6,14}$/;

export function toOwnedNumber(number: IncomingNumberLike): OwnedNumber {
  const capabilities = number.capabilities ?? {};
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

export async function listOwnedNumbers(rest: TwilioRestClient): Promise<OwnedNumber[]> {
  const numbers = await rest.incomingPhoneNumbers.list({ pageSize: 100 });
  return numbers.filter((number) => e164.test(number.phoneNumber)).map(toOwnedNumber);
}

export async function findOwnedNumber(rest: TwilioRestClient, phoneNumber: string): Promise<OwnedNumber | null> {
  const numbers = await rest.incomingPhoneNumbers.list({ phoneNumber, pageSize: 20 });
  const found = numbers.find((number) => number.phoneNumber === phoneNumber);
  return found ? toOwnedNumber(found) : null;
}

/** Idempotent: a number already on the account (an earlier purchase whose answer was lost) is returned, not bought again. */
export async function buyNumber(
  rest: TwilioRestClient,
  phoneNumber: string,
): Promise<{ number: OwnedNumber; purchased: boolean }> {
  const owned = await findOwnedNumber(rest, phoneNumber);
  if (owned) return { number: owned, purchased: false };
  try {
    const bought = await rest.incomingPhoneNumbers.create({ phoneNumber });
    return { number: toOwnedNumber(bought), purchased: true };
  } catch (error) {
    // The purchase may have gone through even though its answer failed.
    const after = await findOwnedNumber(rest, phoneNumber).catch(() => null);
    if (after) return { number: after, purchased: true };
    throw error;
  }
}
