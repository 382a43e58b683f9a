import { words, type Words } from '../../../shared/text/words';
import type { TwilioRestClient } from '../rest-client';
import { unlessGone } from '../sip-resources';
import { checkAnswer } from '../twilio-answers';
import { numberRoutingAbout } from '../twilio-answers';
import { trunkNumberAnswer } from './trunk-answers';
import type { TrunkResources } from './trunk-resources';
import { ensureAssociated } from './trunk-steps';

type PreviousRouting = Required<
  Pick<TrunkResources, 'previousVoiceUrl' | 'previousSmsUrl' | 'previousVoiceApplicationSid'>
>;

const fetchNumber = async (rest: TwilioRestClient, numberSid: string) =>
  checkAnswer(trunkNumberAnswer, await rest.incomingPhoneNumbers(numberSid).fetch(), numberRoutingAbout);

/**
 * Moves the number onto the trunk, so its calls go to the PBX. Returns its routing from before (read only when
 * `known` has none yet): its webhooks stay as they were, but Twilio deletes its voice application.
 */
export async function moveNumberToTrunk(
  rest: TwilioRestClient,
  numberSid: string,
  trunkSid: string,
  known: Partial<PreviousRouting>,
): Promise<PreviousRouting> {
  const number = await fetchNumber(rest, numberSid);
  const previous: PreviousRouting =
    known.previousVoiceUrl !== undefined
      ? {
          previousVoiceUrl: known.previousVoiceUrl,
          previousSmsUrl: known.previousSmsUrl ?? null,
          previousVoiceApplicationSid: known.previousVoiceApplicationSid ?? null,
        }
      : {
          previousVoiceUrl: number.voiceUrl,
          previousSmsUrl: number.smsUrl,
          previousVoiceApplicationSid: number.voiceApplicationSid,
        };
  if (number.trunkSid !== trunkSid) {
    await ensureAssociated(
      async () => (await fetchNumber(rest, numberSid)).trunkSid === trunkSid,
      () => rest.trunking.v1.trunks(trunkSid).phoneNumbers.create({ phoneNumberSid: numberSid }),
      true,
    );
  }
  return previous;
}

/**
 * Takes the number off the trunk (if still on it) and gives back the routing it had before; changes only what
 * differs. Returns what it did in words, or null when the number is gone or was already as it was.
 */
export async function restoreNumber(
  rest: TwilioRestClient,
  known: TrunkResources & { numberSid: string },
): Promise<Words | null> {
  const current = await unlessGone(() => fetchNumber(rest, known.numberSid));
  if (!current) return null;
  let offTrunk = false;
  let routingRestored = false;
  const { trunkSid } = known;
  if (trunkSid !== undefined && current.trunkSid === trunkSid) {
    await unlessGone(() => rest.trunking.v1.trunks(trunkSid).phoneNumbers(known.numberSid).remove());
    offTrunk = true;
  }
  if (known.previousVoiceUrl !== undefined) {
    // An empty URL is how Twilio clears one (spec-patches.ts in the lab, twilio-cli-core PR #57).
    const voiceUrl = known.previousVoiceUrl ?? '';
    const smsUrl = known.previousSmsUrl ?? '';
    const voiceApplicationSid = known.previousVoiceApplicationSid ?? null;
    const changes = {
      ...(voiceUrl !== (current.voiceUrl ?? '') ? { voiceUrl } : {}),
      ...(smsUrl !== (current.smsUrl ?? '') ? { smsUrl } : {}),
      ...(voiceApplicationSid !== null && voiceApplicationSid !== current.voiceApplicationSid
        ? { voiceApplicationSid }
        : {}),
    };
    if (
      Object.keys(changes).length > 0 &&
      (await unlessGone(() => rest.incomingPhoneNumbers(known.numberSid).update(changes)))
    ) {
      routingRestored = true;
    }
  }
  const number = known.phoneNumber ?? known.numberSid;
  if (offTrunk) {
    return words(routingRestored ? 'office.removedNumberOffTrunkAndRouting' : 'office.removedNumberOffTrunk', {
      number,
    });
  }
  return routingRestored ? words('office.removedNumberRouting', { number }) : null;
}
