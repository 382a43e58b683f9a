import type { TwilioEdge } from '../../shared/models/twilio-setup';
import type { ProvisioningApi } from './provisioning-api';
import { ensureCredential, unlessGone } from './sip-resources';
import { restoreNumberRouting, routeNumberToTeam } from './team-number-routing';

/** What Dialtone made on Twilio for one person of the team, so that removing them undoes exactly that. */
export interface MemberResources {
  username: string;
  credentialSid: string;
  /** Their own Twilio number, pointed at the routing's /inbound. */
  numberSid: string | null;
  /** Where calls to that number went before (restored on removal); null when nowhere or to Dialtone. */
  previousVoiceUrl: string | null;
}

/** The phone line the team shares: its SIP domain and credential list, the routing Functions, its own number. */
export interface TeamLine {
  sipDomainName: string;
  edge: TwilioEdge;
  credentialListSid: string;
  routingBaseUrl: string;
  /** The number of the person who set the line up (their username). */
  owner: string;
}

/**
 * The person's credential on the line's list (the password updated if the username is there already), and calls
 * to their number sent to the routing, which rings them. A rerun after a failure finds what the first run made.
 */
export async function provisionMember(
  api: ProvisioningApi,
  line: TeamLine,
  member: { username: string; numberSid: string | null },
  password: string,
): Promise<MemberResources> {
  const credential = await api.step('team-credential', () =>
    ensureCredential(api.rest, { sid: line.credentialListSid, created: false }, member.username, password, undefined),
  );
  if (member.numberSid === null) {
    return { username: member.username, credentialSid: credential.sid, numberSid: null, previousVoiceUrl: null };
  }
  const { numberSid } = member;
  const previousVoiceUrl = await routeNumberToTeam(api, line.routingBaseUrl, numberSid, 'team-number');
  return { username: member.username, credentialSid: credential.sid, numberSid, previousVoiceUrl };
}

/** Deletes the person's credential and gives their number its old voice routing back; what is gone already is fine. */
export async function removeMember(api: ProvisioningApi, line: TeamLine, member: MemberResources): Promise<void> {
  await api.step('team-credential-removal', () =>
    unlessGone(() => api.rest.sip.credentialLists(line.credentialListSid).credentials(member.credentialSid).remove()),
  );
  if (member.numberSid === null) return;
  await restoreNumberRouting(api, member.numberSid, member.previousVoiceUrl, 'team-number-removal');
}
