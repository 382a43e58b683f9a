import type { z } from 'zod';
import type { TwilioRestClient } from '../rest-client';
import { unlessGone } from '../sip-resources';
import { checkAnswer, credentialListAnswer, usableAnswers, type AnswerAbout } from '../twilio-answers';
import { ipAccessAbout, ipAccessControlListAnswer, trunkAbout, trunkAnswer, type TrunkAnswer } from './trunk-answers';
import { isDialtoneTrunkDomainFor, trunkListNameFor } from './trunk-names';

/** Finding again what an earlier run made: by its known sid, else by its name (derived from the number, when known). */

export async function findTrunk(
  rest: TwilioRestClient,
  phoneNumber: string | undefined,
  knownSid: string | undefined,
): Promise<TrunkAnswer | null> {
  const known = knownSid ? await unlessGone(() => rest.trunking.v1.trunks(knownSid).fetch()) : null;
  if (known) return checkAnswer(trunkAnswer, known, trunkAbout);
  if (phoneNumber === undefined) return null;
  const listed = await rest.trunking.v1.trunks.list({ pageSize: 100 });
  // One of ours Twilio describes unusably must stop the setup: passing it by would make a second one.
  const ours = listed.filter((trunk) => isDialtoneTrunkDomainFor(String(trunk.domainName), phoneNumber));
  for (const trunk of ours) checkAnswer(trunkAnswer, trunk, trunkAbout);
  return usableAnswers(trunkAnswer, ours)[0] ?? null;
}

interface NamedLists {
  fetch(sid: string): Promise<unknown>;
  list(): Promise<unknown[]>;
}
type NamedList = { sid: string; friendlyName: string | null };

async function findNamedList<S extends z.ZodType<NamedList>>(
  lists: NamedLists,
  schema: S,
  about: AnswerAbout,
  phoneNumber: string | undefined,
  knownSid: string | undefined,
): Promise<z.output<S> | null> {
  const known = knownSid ? await unlessGone(() => lists.fetch(knownSid)) : null;
  if (known) return checkAnswer(schema, known, about);
  if (phoneNumber === undefined) return null;
  const friendlyName = trunkListNameFor(phoneNumber);
  const ours = usableAnswers(schema, await lists.list()).find((list) => list.friendlyName === friendlyName);
  return ours ?? null;
}

export const credentialsAbout: AnswerAbout = {
  what: 'the PBX’s SIP credentials',
  where: 'Voice > Manage > Credential lists',
};

export function findTrunkCredentialList(
  rest: TwilioRestClient,
  phoneNumber: string | undefined,
  knownSid: string | undefined,
) {
  const lists: NamedLists = {
    fetch: (sid) => rest.sip.credentialLists(sid).fetch(),
    list: () => rest.sip.credentialLists.list({ pageSize: 100 }),
  };
  return findNamedList(lists, credentialListAnswer, credentialsAbout, phoneNumber, knownSid);
}

export function findIpAccessList(
  rest: TwilioRestClient,
  phoneNumber: string | undefined,
  knownSid: string | undefined,
) {
  const lists: NamedLists = {
    fetch: (sid) => rest.sip.ipAccessControlLists(sid).fetch(),
    list: () => rest.sip.ipAccessControlLists.list({ pageSize: 100 }),
  };
  return findNamedList(lists, ipAccessControlListAnswer, ipAccessAbout, phoneNumber, knownSid);
}
