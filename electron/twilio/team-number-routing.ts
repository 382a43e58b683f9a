import type { ProvisioningApi } from './provisioning-api';
import { unlessGone } from './sip-resources';
import { checkAnswer, numberRoutingAbout, numberRoutingAnswer } from './twilio-answers';

/** A ring group's number as Dialtone pointed it at the routing, so that removing the group undoes exactly that. */
export interface RingGroupNumber {
  phoneNumber: string;
  numberSid: string;
  /** Where calls to the number went before (restored on removal); null when nowhere or to Dialtone. */
  previousVoiceUrl: string | null;
}

/**
 * Sends calls to one of the team's numbers to the routing's /inbound (only its VoiceUrl changes: messages keep
 * going where they went). Gives back where they went before, or null when they went there already (a rerun).
 */
export async function routeNumberToTeam(
  api: ProvisioningApi,
  routingBaseUrl: string,
  numberSid: string,
  stepName: string,
): Promise<string | null> {
  const inbound = `${routingBaseUrl}/inbound`;
  return api.step(stepName, async () => {
    const number = checkAnswer(
      numberRoutingAnswer,
      await api.rest.incomingPhoneNumbers(numberSid).fetch(),
      numberRoutingAbout,
    );
    if (number.voiceUrl === inbound && number.voiceMethod === 'POST') return null;
    await api.rest.incomingPhoneNumbers(numberSid).update({ voiceUrl: inbound, voiceMethod: 'POST' });
    return number.voiceUrl;
  });
}

/** Gives the number its old voice routing back; a number gone from the account is fine. */
export async function restoreNumberRouting(
  api: ProvisioningApi,
  numberSid: string,
  previousVoiceUrl: string | null,
  stepName: string,
): Promise<void> {
  await api.step(stepName, () =>
    unlessGone(() =>
      api.rest.incomingPhoneNumbers(numberSid).update({ voiceUrl: previousVoiceUrl ?? '', voiceMethod: 'POST' }),
    ),
  );
}

export async function routeRingGroupNumber(
  api: ProvisioningApi,
  routingBaseUrl: string,
  number: { phoneNumber: string; sid: string },
): Promise<RingGroupNumber> {
  const previousVoiceUrl = await routeNumberToTeam(api, routingBaseUrl, number.sid, 'ring-group-number');
  return { phoneNumber: number.phoneNumber, numberSid: number.sid, previousVoiceUrl };
}

export const restoreRingGroupNumber = (api: ProvisioningApi, group: RingGroupNumber): Promise<void> =>
  restoreNumberRouting(api, group.numberSid, group.previousVoiceUrl, 'ring-group-number-removal');
