// What the team tests of the routing Functions share: one team on the lab line's SIP domain, written into variables
// by Dialtone's own teamVariables (so the Functions read exactly what the app deploys), and a member's ringing
// address as /inbound writes it.
import type { Team, TeamMember } from '../../../shared/models/team';
import { teamVariables } from '../../../electron/twilio/team-variables';
import { domain, number } from './twilio-run-test-kit';

export const memberNumber = '+15125550101';
export const ringGroupNumber = '+15125550111';

const member = (username: string, extension: string | null): TeamMember => ({
  username,
  displayName: username,
  phoneNumber: username.startsWith('+') ? username : null,
  extension,
});

/**
 * The owner (number, implicit), a member with a number (extension 101), alice (no number, extension 102) and bob
 * (no number, no extension); the Sales ring group rings alice, the member with a number and the owner.
 */
export const team: Team = {
  members: [member(memberNumber, '101'), member('alice', '102'), member('bob', null)],
  ringGroups: [{ phoneNumber: ringGroupNumber, name: 'Sales', members: ['alice', memberNumber, number] }],
  defaultCallerId: ringGroupNumber,
};

/** The lab line's variables with the team, allowed to call the US and the UK. */
export function teamEnv(changes: Partial<Team> = {}, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DIALTONE_NUMBER: number,
    DIALTONE_SIP_DOMAIN: domain,
    DIALTONE_SIP_USER: number,
    DIALTONE_ALLOWED_COUNTRIES: 'US,GB',
    ...teamVariables({ ...team, ...changes }),
    ...extra,
  };
}

/** A member's SIP address as a <Sip> noun of /outbound has it. */
export const memberAddress = (username: string) => `sip:${username}@${domain};secure=true`;

/** A member's SIP address as /inbound rings it, with the call's CallSid for their Dialtone. */
export const ringingMember = (username: string, callSid: string) =>
  `${memberAddress(username)}?X-Dialtone-Call-Sid=${callSid}`;
