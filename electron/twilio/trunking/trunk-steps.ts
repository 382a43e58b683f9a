import type { TwilioRestClient } from '../rest-client';
import { ensureCredential, type Found } from '../sip-resources';
import { checkAnswer, credentialListAnswer, usableAnswers } from '../twilio-answers';
import { twilioCodeOf } from '../twilio-problem';
import {
  ipAccessAbout,
  ipAccessControlListAnswer,
  ipAddressAnswer,
  originationUrlAnswer,
  trunkAbout,
  trunkAnswer,
  type TrunkAnswer,
} from './trunk-answers';
import { sourceAddressOf, type TrunkInput } from './trunk-input';
import { credentialsAbout, findIpAccessList, findTrunk, findTrunkCredentialList } from './trunk-lookup';
import { originationSipUrl, trunkDomainNameFor, trunkListNameFor, trunkUsernameFor } from './trunk-names';

/** Find-or-create for each part of a PBX trunk; each changes only what differs, so a rerun makes nothing twice. */

const nameAttempts = 3;
/** Twilio's 21248 "Trunk Domain already taken" (twilio.com/docs/api/errors/21248): another suffix is tried. */
const isDomainTaken = (error: unknown) => twilioCodeOf(error) === 21248;
/** Twilio's default for a console-made origination URL: one PBX, so neither matters beyond being valid. */
const originationRank = { priority: 10, weight: 10 };

export async function ensureTrunk(
  rest: TwilioRestClient,
  input: TrunkInput,
  knownSid: string | undefined,
): Promise<Found<TrunkAnswer>> {
  const existing = await findTrunk(rest, input.phoneNumber, knownSid);
  if (existing) {
    if (existing.secure === input.secure && existing.friendlyName === input.friendlyName) {
      return { ...existing, created: false };
    }
    const updated = await rest.trunking.v1
      .trunks(existing.sid)
      .update({ secure: input.secure, friendlyName: input.friendlyName });
    return { ...checkAnswer(trunkAnswer, updated, trunkAbout), created: false };
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      const created = await rest.trunking.v1.trunks.create({
        friendlyName: input.friendlyName,
        domainName: trunkDomainNameFor(input.phoneNumber),
        secure: input.secure,
      });
      return { ...checkAnswer(trunkAnswer, created, trunkAbout), created: true };
    } catch (error) {
      if (attempt >= nameAttempts || !isDomainTaken(error)) throw error;
    }
  }
}

/** The trunk's one origination URL, pointing at the PBX; any other on Dialtone's trunk is removed. */
export async function ensureOrigination(
  rest: TwilioRestClient,
  trunk: Found<TrunkAnswer>,
  input: TrunkInput,
  knownSid: string | undefined,
): Promise<{ sid: string; sipUrl: string }> {
  const urls = rest.trunking.v1.trunks(trunk.sid).originationUrls;
  const wanted = {
    ...originationRank,
    sipUrl: originationSipUrl(input),
    enabled: true,
    friendlyName: input.friendlyName,
  };
  const present = trunk.created ? [] : usableAnswers(originationUrlAnswer, await urls.list({ pageSize: 100 }));
  const keep =
    present.find((url) => url.sid === knownSid) ?? present.find((url) => url.sipUrl === wanted.sipUrl) ?? present[0];
  for (const other of present.filter((url) => url !== keep)) await urls(other.sid).remove();
  if (!keep) {
    const created = checkAnswer(originationUrlAnswer, await urls.create(wanted), trunkAbout);
    return { sid: created.sid, sipUrl: wanted.sipUrl };
  }
  const same =
    keep.sipUrl === wanted.sipUrl && keep.priority === wanted.priority && keep.weight === wanted.weight && keep.enabled;
  if (!same) await urls(keep.sid).update(wanted);
  return { sid: keep.sid, sipUrl: wanted.sipUrl };
}

/** The credential list the PBX authenticates with, holding one credential (its password set to `password`). */
export async function ensureTrunkCredentials(
  rest: TwilioRestClient,
  phoneNumber: string,
  password: string,
  known: { credentialListSid?: string; credentialSid?: string },
): Promise<{ credentialListSid: string; credentialSid: string; username: string }> {
  const existing = await findTrunkCredentialList(rest, phoneNumber, known.credentialListSid);
  const list = existing
    ? { sid: existing.sid, created: false }
    : {
        sid: checkAnswer(
          credentialListAnswer,
          await rest.sip.credentialLists.create({ friendlyName: trunkListNameFor(phoneNumber) }),
          credentialsAbout,
        ).sid,
        created: true,
      };
  const username = trunkUsernameFor(phoneNumber);
  const knownCredential = list.sid === known.credentialListSid ? known.credentialSid : undefined;
  const credential = await ensureCredential(rest, list, username, password, knownCredential);
  return { credentialListSid: list.sid, credentialSid: credential.sid, username };
}

/** The IP access control list letting the PBX's public address in, holding that address alone. */
export async function ensureIpAccess(
  rest: TwilioRestClient,
  input: TrunkInput,
  known: { ipAccessControlListSid?: string },
): Promise<{ ipAccessControlListSid: string; ipAddressSid: string; ipAddress: string }> {
  const friendlyName = trunkListNameFor(input.phoneNumber);
  const existing = await findIpAccessList(rest, input.phoneNumber, known.ipAccessControlListSid);
  const listSid =
    existing?.sid ??
    checkAnswer(ipAccessControlListAnswer, await rest.sip.ipAccessControlLists.create({ friendlyName }), ipAccessAbout)
      .sid;
  const addresses = rest.sip.ipAccessControlLists(listSid).ipAddresses;
  const ipAddress = sourceAddressOf(input);
  const present = existing ? usableAnswers(ipAddressAnswer, await addresses.list({ pageSize: 100 })) : [];
  const keep = present.find((address) => address.ipAddress === ipAddress);
  for (const other of present.filter((address) => address !== keep)) await addresses(other.sid).remove();
  const ipAddressSid =
    keep?.sid ??
    checkAnswer(
      ipAddressAnswer,
      await addresses.create({ friendlyName, ipAddress, cidrPrefixLength: 32 }),
      ipAccessAbout,
    ).sid;
  return { ipAccessControlListSid: listSid, ipAddressSid, ipAddress };
}

/**
 * Associates something with the trunk unless it already is; returns whether it had to. An association whose
 * answer was lost may have gone through: it is looked for again before the failure counts.
 */
export async function ensureAssociated(
  isPresent: () => Promise<boolean>,
  create: () => Promise<unknown>,
  knownAbsent: boolean,
): Promise<boolean> {
  if (!knownAbsent && (await isPresent())) return false;
  try {
    await create();
    return true;
  } catch (error) {
    if (!(await isPresent())) throw error;
    return false;
  }
}

/** Both termination associations: the credential list and the IP access control list. Returns how many were added. */
export async function ensureTerminationAuth(
  rest: TwilioRestClient,
  trunk: Found<TrunkAnswer>,
  credentialListSid: string,
  ipAccessControlListSid: string,
): Promise<number> {
  const { credentialsLists, ipAccessControlLists } = rest.trunking.v1.trunks(trunk.sid);
  const has = async (list: { list(options: { pageSize: number }): Promise<{ sid: string }[]> }, sid: string) =>
    (await list.list({ pageSize: 100 })).some((association) => association.sid === sid);
  const added = [
    await ensureAssociated(
      () => has(credentialsLists, credentialListSid),
      () => credentialsLists.create({ credentialListSid }),
      trunk.created,
    ),
    await ensureAssociated(
      () => has(ipAccessControlLists, ipAccessControlListSid),
      () => ipAccessControlLists.create({ ipAccessControlListSid }),
      trunk.created,
    ),
  ];
  return added.filter(Boolean).length;
}
