import type { AddTeamMember, RingGroup, Team, TeamMember } from '../../../shared/models/team';

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
export function newMemberProblem(team: Team, owner: string, member: TeamMember): string | null {
  if (member.username === owner) return 'That is the number of this line. Choose another of your Twilio numbers.';
  if (team.members.length >= 50) return 'A team has at most 50 people. Remove someone first.';
  const taken = team.members.find((other) => other.username === member.username);
  if (taken) return `${taken.displayName} already has ${member.username}. Choose another.`;
  if (member.phoneNumber && team.ringGroups.some((group) => group.phoneNumber === member.phoneNumber)) {
    return `${member.phoneNumber} rings a group. Choose another number, or remove the group first.`;
  }
  const sameExtension = member.extension && team.members.find((other) => other.extension === member.extension);
  if (sameExtension) return `Extension ${member.extension} is ${sameExtension.displayName}’s. Choose another.`;
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
export function newRingGroupProblem(team: Team, owner: string, group: RingGroup): string | null {
  const { phoneNumber } = group;
  if (phoneNumber === owner) return 'That is the number of this line: it rings you. Choose another of your numbers.';
  if (team.ringGroups.length >= 10) return 'Dialtone keeps at most 10 ring groups. Remove one first.';
  const member = team.members.find((other) => other.phoneNumber === phoneNumber);
  if (member) return `${phoneNumber} is ${member.displayName}’s number. Choose another.`;
  const other = team.ringGroups.find((existing) => existing.phoneNumber === phoneNumber);
  if (other) return `${phoneNumber} rings the group ${other.name} already. Choose another number.`;
  const stranger = group.members.find(
    (username) => username !== owner && !team.members.some((known) => known.username === username),
  );
  if (stranger) return `${stranger} is not in the team. Add them first, or leave them out of the group.`;
  return null;
}
