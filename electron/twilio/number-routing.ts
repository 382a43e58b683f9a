import type { TwilioRestClient } from './rest-client';
import type { SipDomain } from './sip-resources';
import { checkAnswer, numberRoutingAbout, numberRoutingAnswer } from './twilio-answers';

export interface PreviousRouting {
  previousVoiceUrl: string | null;
  previousSmsUrl: string | null;
}

/** Dialtone's own routing (this run's base, or any dialtone-*.twil.io): never remembered as "previous". */
function isDialtoneRouting(url: string | null, baseUrl: string): boolean {
  return url !== null && (url.startsWith(`${baseUrl}/`) || /^https:\/\/dialtone-\d+[-\w]*\.twil\.io\//.test(url));
}

/**
 * Points the number's voice and SMS webhooks at the routing Functions, and the SIP domain's VoiceUrl at
 * /outbound. Returns the number's routing from before Dialtone (read only when `known` has none yet).
 * Changes only what differs, so reruns send no updates.
 */
export async function routeNumber(
  rest: TwilioRestClient,
  numberSid: string,
  domain: SipDomain,
  baseUrl: string,
  known: Partial<PreviousRouting>,
): Promise<PreviousRouting> {
  const number = checkAnswer(
    numberRoutingAnswer,
    await rest.incomingPhoneNumbers(numberSid).fetch(),
    numberRoutingAbout,
  );
  const { voiceUrl, smsUrl } = number;
  const previous: PreviousRouting =
    known.previousVoiceUrl !== undefined
      ? { previousVoiceUrl: known.previousVoiceUrl, previousSmsUrl: known.previousSmsUrl ?? null }
      : {
          previousVoiceUrl: isDialtoneRouting(voiceUrl, baseUrl) ? null : voiceUrl,
          previousSmsUrl: isDialtoneRouting(smsUrl, baseUrl) ? null : smsUrl,
        };
  const inbound = `${baseUrl}/inbound`;
  const sms = `${baseUrl}/sms`;
  if (voiceUrl !== inbound || number.voiceMethod !== 'POST' || smsUrl !== sms || number.smsMethod !== 'POST') {
    await rest
      .incomingPhoneNumbers(numberSid)
      .update({ voiceUrl: inbound, voiceMethod: 'POST', smsUrl: sms, smsMethod: 'POST' });
  }
  const outbound = `${baseUrl}/outbound`;
  if (domain.voiceUrl !== outbound || domain.voiceMethod !== 'POST') {
    await rest.sip.domains(domain.sid).update({ voiceUrl: outbound, voiceMethod: 'POST' });
  }
  return previous;
}
