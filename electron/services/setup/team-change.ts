import type { Team } from '../../../shared/models/team';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { MemberResources, TeamLine } from '../../twilio/team-member-resources';
import type { SetupRecord } from './setup-record';

/** What a change to the line's people gets from the setup: Twilio, the line, and the team as saved. */
export interface TeamChangeContext {
  api: TwilioConnection;
  line: TeamLine;
  team: Team;
  members: readonly MemberResources[];
}

/** The team after the change, and what its people now have on Twilio. */
export interface TeamChange {
  team: Team;
  members: MemberResources[];
}

/** Each person's SIP password, kept so that their line can be exported to them; never shown. */
export const memberPasswordKey = (username: string) => `team:sip-password:${username}`;

/** The line the team shares, once the setup has made all of it. */
export function teamLineOf(record: SetupRecord): TeamLine | null {
  const { credentialListSid, routingBaseUrl, sipDomainName } = record.resources;
  const owner = record.number?.phoneNumber;
  if (!credentialListSid || !routingBaseUrl || !sipDomainName || !owner || !record.edge) return null;
  return { credentialListSid, routingBaseUrl, sipDomainName, edge: record.edge, owner };
}
