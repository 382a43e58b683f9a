import type { RingGroup, Team, TeamMember } from '../../shared/models/team';
import { words } from '../../shared/text/words';
import { problemInWords, TwilioProblemError } from './twilio-problem';
import { fitsVariables, nothing, numberedVariables, packValues } from './variable-packing';

/**
 * DIALTONE_TEAM_1 … _5: the members, "username" or "username:extension", comma-separated. The largest team the
 * model allows (50 members, 32-letter usernames, 5-digit extensions: 38 bytes each) fills five.
 */
export const teamVariableCount = 5;
/** DIALTONE_RING_GROUP_1 … _10: one group each, "+number=username,username"; the largest (346 bytes) fits in one. */
export const ringGroupVariableCount = 10;

const memberEntry = (member: TeamMember) =>
  member.extension === null ? member.username : `${member.username}:${member.extension}`;

const ringGroupEntry = (group: RingGroup) => `${group.phoneNumber}=${group.members.join(',')}`;

/**
 * The variables team-rules.private.js reads: who is on the line's SIP domain, with which extension, the numbers
 * that ring several members at once, and the caller ID of members without a number. The person who owns the line
 * is a member without being listed. Every variable is always set, so a smaller team empties what it no longer uses.
 */
export function teamVariables(team: Team): Record<string, string> {
  const members = packValues(team.members.map(memberEntry));
  if (!fitsVariables(members, teamVariableCount)) {
    throw new TwilioProblemError(problemInWords(words('team.membersDoNotFit'), words('team.membersDoNotFitAdvice')));
  }
  const ringGroups = team.ringGroups.map(ringGroupEntry);
  if (!fitsVariables(ringGroups, ringGroupVariableCount)) {
    throw new TwilioProblemError(
      problemInWords(words('team.ringGroupsDoNotFit'), words('team.ringGroupsDoNotFitAdvice')),
    );
  }
  return {
    ...numberedVariables('DIALTONE_TEAM', teamVariableCount, members),
    ...numberedVariables('DIALTONE_RING_GROUP', ringGroupVariableCount, ringGroups),
    DIALTONE_DEFAULT_CALLER_ID: team.defaultCallerId ?? nothing,
  };
}
