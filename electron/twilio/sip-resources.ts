import type { z } from 'zod';
import type { TwilioRestClient } from './rest-client';
import { dialtoneFriendlyName, isDialtoneDomainFor, sipDomainNameFor } from './dialtone-names';
import {
  checkAnswer,
  credentialAnswer,
  credentialListAnswer,
  sipDomainAnswer,
  usableAnswers,
  type AnswerAbout,
} from './twilio-answers';
import { isNotFound, twilioCodeOf } from './twilio-problem';

/** Find-or-create for the SIP side of a phone line: domain, credential list, credential, auth mappings. */

export type SipDomain = z.output<typeof sipDomainAnswer>;

const domainAbout: AnswerAbout = { what: 'Dialtone’s SIP domain', where: 'Voice > Manage > SIP domains' };
const credentialsAbout: AnswerAbout = {
  what: 'Dialtone’s SIP credentials',
  where: 'Voice > Manage > Credential lists',
};

export type Found<T> = T & { created: boolean };

/** The answer, or null when Twilio says it is gone (20404). */
export async function unlessGone<T>(request: () => Promise<T>): Promise<T | null> {
  try {
    return await request();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

const nameAttempts = 3;
/** A DomainName someone else holds. UNVERIFIED code: match the words too. */
function isNameTaken(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  const message = String((error as { message?: unknown }).message ?? '');
  return (
    (status === 400 || status === 409) &&
    (twilioCodeOf(error) === 21232 || /already|exists|taken|in use|unique|not available/i.test(message))
  );
}

export async function findSipDomain(
  rest: TwilioRestClient,
  phoneNumber: string,
  knownSid: string | undefined,
): Promise<SipDomain | null> {
  const known = knownSid ? await unlessGone(() => rest.sip.domains(knownSid).fetch()) : null;
  if (known) return checkAnswer(sipDomainAnswer, known, domainAbout);
  const listed = await rest.sip.domains.list({ pageSize: 100 });
  const friendlyName = dialtoneFriendlyName(phoneNumber);
  // One of ours Twilio describes unusably must stop the setup: passing it by would make a second one.
  const ours = listed.filter((domain) => domain.friendlyName === friendlyName);
  for (const domain of ours) checkAnswer(sipDomainAnswer, domain, domainAbout);
  const domains = usableAnswers(sipDomainAnswer, listed);
  return (
    domains.find(
      (domain) => domain.friendlyName === friendlyName && isDialtoneDomainFor(domain.domainName, phoneNumber),
    ) ??
    domains.find((domain) => isDialtoneDomainFor(domain.domainName, phoneNumber)) ??
    null
  );
}

export async function ensureSipDomain(
  rest: TwilioRestClient,
  phoneNumber: string,
  knownSid: string | undefined,
  voiceUrl: string | undefined,
): Promise<Found<SipDomain>> {
  const existing = await findSipDomain(rest, phoneNumber, knownSid);
  if (existing) {
    if (existing.secure && existing.sipRegistration) return { ...existing, created: false };
    const updated = await rest.sip.domains(existing.sid).update({ secure: true, sipRegistration: true });
    return { ...checkAnswer(sipDomainAnswer, updated, domainAbout), created: false };
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      const created = await rest.sip.domains.create({
        domainName: sipDomainNameFor(phoneNumber),
        friendlyName: dialtoneFriendlyName(phoneNumber),
        secure: true,
        sipRegistration: true,
        ...(voiceUrl ? { voiceUrl, voiceMethod: 'POST' } : {}),
      });
      return { ...checkAnswer(sipDomainAnswer, created, domainAbout), created: true };
    } catch (error) {
      if (attempt >= nameAttempts || !isNameTaken(error)) throw error;
    }
  }
}

export async function findCredentialList(rest: TwilioRestClient, phoneNumber: string, knownSid: string | undefined) {
  const known = knownSid ? await unlessGone(() => rest.sip.credentialLists(knownSid).fetch()) : null;
  if (known) return checkAnswer(credentialListAnswer, known, credentialsAbout);
  const friendlyName = dialtoneFriendlyName(phoneNumber);
  const lists = await rest.sip.credentialLists.list({ pageSize: 100 });
  const ours = lists.find((list) => list.friendlyName === friendlyName);
  return ours ? checkAnswer(credentialListAnswer, ours, credentialsAbout) : null;
}

export async function ensureCredentialList(
  rest: TwilioRestClient,
  phoneNumber: string,
  knownSid: string | undefined,
): Promise<{ sid: string; created: boolean }> {
  const existing = await findCredentialList(rest, phoneNumber, knownSid);
  if (existing) return { sid: existing.sid, created: false };
  const created = await rest.sip.credentialLists.create({ friendlyName: dialtoneFriendlyName(phoneNumber) });
  return { sid: checkAnswer(credentialListAnswer, created, credentialsAbout).sid, created: true };
}

/** The credential for `username`, its password set to `password` (updated when it already exists). */
export async function ensureCredential(
  rest: TwilioRestClient,
  list: { sid: string; created: boolean },
  username: string,
  password: string,
  knownSid: string | undefined,
): Promise<{ sid: string; created: boolean }> {
  const credentials = rest.sip.credentialLists(list.sid).credentials;
  let existing: { sid: string } | null = null;
  if (!list.created) {
    const known = knownSid ? await unlessGone(() => credentials(knownSid).fetch()) : null;
    const found =
      known && known.username === username
        ? known
        : (await credentials.list({ pageSize: 100 })).find((credential) => credential.username === username);
    existing = found ? checkAnswer(credentialAnswer, found, credentialsAbout) : null;
  }
  if (existing) {
    await credentials(existing.sid).update({ password });
    return { sid: existing.sid, created: false };
  }
  const created = await credentials.create({ username, password });
  return { sid: checkAnswer(credentialAnswer, created, credentialsAbout).sid, created: true };
}

interface MappingList {
  list(options: { pageSize: number }): Promise<{ sid: string }[]>;
  create(options: { credentialListSid: string }): Promise<unknown>;
}

/** Maps the list to both calls (INVITE) and registrations (REGISTER); returns how many it had to add. */
export async function ensureAuthMappings(
  rest: TwilioRestClient,
  domain: { sid: string; created: boolean },
  credentialListSid: string,
): Promise<number> {
  const auth = rest.sip.domains(domain.sid).auth;
  let added = 0;
  const kinds: MappingList[] = [auth.calls.credentialListMappings, auth.registrations.credentialListMappings];
  for (const mappings of kinds) {
    const present = async () =>
      (await mappings.list({ pageSize: 100 })).some((mapping) => mapping.sid === credentialListSid);
    if (!domain.created && (await present())) continue;
    try {
      await mappings.create({ credentialListSid });
      added += 1;
    } catch (error) {
      // An earlier attempt may have gone through even though its answer was lost.
      if (!(await present())) throw error;
    }
  }
  return added;
}
