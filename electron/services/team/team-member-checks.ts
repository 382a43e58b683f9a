import type { AddTeamMember, RingGroup, Team, TeamMember } from '../../../shared/models/team';
import { words, type Words } from '../../../shared/text/words';

/** The person as the team keeps them: a number is their username. */
export const memberFrom = (input: AddTeamMember): TeamMember =>
  input.kind === 'number'
    ? {
        username: input.phoneNumber,
        displayName: input.displayName,
        phoneNumber: input.phoneNumber,
        extension: input.extension,
      }
    : { username: input.username, displayName: input.displayName, phoneNumber: null, extension: input.extension };

/** Why this person cannot join the team as asked (what to change), or null. `owner` is the line's own number. */
export function newMemberProblem(team: Team, owner: string, member: TeamMember): Words | null {
  if (member.username === owner) return words('team.memberIsLineNumber');
  if (team.members.length >= 50) return words('team.teamFull');
  const taken = team.members.find((other) => other.username === member.username);
  if (taken) return words('team.usernameTaken', { name: taken.displayName, username: member.username });
  if (member.phoneNumber && team.ringGroups.some((group) => group.phoneNumber === member.phoneNumber)) {
    return words('team.numberRingsGroup', { phoneNumber: member.phoneNumber });
  }
  const { extension } = member;
  const sameExtension = extension && team.members.find((other) => other.extension === extension);
  if (extension && sameExtension) return words('team.extensionTaken', { extension, name: sameExtension.displayName });
  return null;
}

/** The team without this person: out of every ring group too, and a group nobody is left in goes. */
export function teamWithout(team: Team, username: string): Team {
  return {
    ...team,
    members: team.members.filter((member) => member.username !== username),
    ringGroups: team.ringGroups
      .map((group) => ({ ...group, members: group.members.filter((name) => name !== username) }))
      .filter((group) => group.members.length > 0),
  };
}

/** Why this ring group cannot be made as asked (what to change), or null. `owner` is the line's own number. */
export function newRingGroupProblem(team: Team, owner: string, group: RingGroup): Words | null {
  const { phoneNumber } = group;
  if (phoneNumber === owner) return words('team.groupIsLineNumber');
  if (team.ringGroups.length >= 10) return words('team.ringGroupsFull');
  const member = team.members.find((other) => other.phoneNumber === phoneNumber);
  if (member) return words('team.groupNumberIsMembers', { phoneNumber, name: member.displayName });
  const other = team.ringGroups.find((existing) => existing.phoneNumber === phoneNumber);
  if (other) return words('team.groupNumberTaken', { phoneNumber, group: other.name });
  const stranger = group.members.find(
    (username) => username !== owner && !team.members.some((known) => known.username === username),
  );
  if (stranger) return words('team.groupMemberNotInTeam', { username: stranger });
  return null;
}
