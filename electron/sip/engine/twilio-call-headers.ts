import type { Core } from 'sip.js';

/**
 * What Dialtone's inbound Function tells of a call it rings: X- headers it puts on the <Sip> URI,
 * which Twilio sends on the INVITE.
 */
export interface TwilioCallFacts {
  /** The caller's carrier vouched for the number (SHAKEN/STIR full attestation). */
  callerVerified: boolean;
  /** The CallSid of the caller's (parent) call, for the REST API (recording on demand). */
  twilioCallSid: string | null;
}

export const noTwilioCallFacts: TwilioCallFacts = { callerVerified: false, twilioCallSid: null };

const headerNames = { verstat: 'X-Dialtone-Verstat', callSid: 'X-Dialtone-Call-Sid' } as const;

/**
 * Twilio's StirVerstat values: TN-Validation-Passed-A/-B/-C, TN-Validation-Failed(-A/-B/-C),
 * No-TN-Validation (not confirmed against a live Twilio here). Only A, full attestation (the carrier
 * knows the caller and that they may use the number), is verified; anything else, unknown values
 * included, is not.
 */
function verstatMeansVerified(verstat: string | null): boolean {
  return verstat === 'TN-Validation-Passed-A';
}

/**
 * The header's one value when it has that shape; null when it is missing, repeated (a caller or a
 * proxy may have added one) or anything else. The length check comes first: the network can send
 * a header of any size.
 */
function singleValue(request: Core.IncomingRequestMessage, name: string, shape: RegExp, maxLength: number) {
  const values = request.getHeaders(name);
  if (values.length !== 1) return null;
  const value = values[0]!.trim();
  return value.length <= maxLength && shape.test(value) ? value : null;
}

/**
 * Read only on a Twilio line: there Twilio writes the INVITE, and only the Function's <Sip> URI puts
 * these headers on it. Any other SIP server may pass on whatever a caller wrote, so a "verified"
 * mark from it would be the caller's own claim.
 */
export function twilioCallFactsOf(request: Core.IncomingRequestMessage): TwilioCallFacts {
  const verstat = singleValue(request, headerNames.verstat, /^[A-Za-z0-9-]+$/, 40);
  return {
    callerVerified: verstatMeansVerified(verstat),
    twilioCallSid: singleValue(request, headerNames.callSid, /^CA[0-9a-f]{32}$/, 34),
  };
}
