import { z } from 'zod';
import { flag, hostLabel, numberRoutingAnswer, optionalText, sidOf, type AnswerAbout } from '../twilio-answers';

/** Twilio's answers about trunking, checked before the setup builds on them (every field may be null in the spec). */

const optionalSid = (prefix: string) =>
  sidOf(prefix)
    .nullish()
    .transform((value) => value ?? null);

export const trunkAnswer = z.object({
  sid: sidOf('TK'),
  friendlyName: optionalText,
  /** The termination domain Dialtone gives every trunk it makes. */
  domainName: z
    .string()
    .max(253)
    .regex(new RegExp(`^${hostLabel}(?:\\.${hostLabel})*\\.pstn\\.twilio\\.com$`, 'i')),
  secure: flag,
});
export type TrunkAnswer = z.output<typeof trunkAnswer>;

export const originationUrlAnswer = z.object({
  sid: sidOf('OU'),
  sipUrl: optionalText,
  priority: z.number().int(),
  weight: z.number().int(),
  enabled: flag,
});

export const ipAccessControlListAnswer = z.object({ sid: sidOf('AL'), friendlyName: optionalText });
export const ipAddressAnswer = z.object({ sid: sidOf('IP'), ipAddress: optionalText });

/** The number as trunking changes it: the trunk it is on, and the routing removal gives back. */
export const trunkNumberAnswer = numberRoutingAnswer.extend({
  trunkSid: optionalSid('TK'),
  voiceApplicationSid: optionalSid('AP'),
});
export type TrunkNumberAnswer = z.output<typeof trunkNumberAnswer>;

export const trunkAbout: AnswerAbout = { what: 'the PBX’s SIP trunk', where: 'Elastic SIP Trunking > Manage > Trunks' };
export const ipAccessAbout: AnswerAbout = {
  what: 'the addresses the PBX may call from',
  where: 'Voice > Manage > IP access control lists',
};
