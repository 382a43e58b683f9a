import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { TeamLine } from '../../twilio/team-member-resources';
import type { SetupRecord } from './setup-record';

/** What the setup keeps about the line's people: the team, and what they and its ring groups have on Twilio. */
export type TeamRecord = Pick<SetupRecord, 'team' | 'teamMembers' | 'ringGroupNumbers'>;

/** What a change to the line's people gets from the setup: Twilio, the line, and the team as saved. */
export interface TeamChangeContext extends Readonly<TeamRecord> {
  api: TwilioConnection;
  line: TeamLine;
}

/** What the change made different: the team, and what its people and ring groups now have on Twilio. */
export type TeamChange = Partial<TeamRecord>;

export const teamRecordOf = ({ team, teamMembers, ringGroupNumbers }: SetupRecord): TeamRecord => ({
  team,
  teamMembers,
  ringGroupNumbers,
});

/** Each person's SIP password, kept so that their line can be exported to them; never shown. */
export const memberPasswordKey = (username: string) => `team:sip-password:${username}`;

/** The line the team shares, once the setup has made all of it. */
export function teamLineOf(record: SetupRecord): TeamLine | null {
  const { credentialListSid, routingBaseUrl, sipDomainName } = record.resources;
  const owner = record.number?.phoneNumber;
  if (!credentialListSid || !routingBaseUrl || !sipDomainName || !owner || !record.edge) return null;
  return { credentialListSid, routingBaseUrl, sipDomainName, edge: record.edge, owner };
}
