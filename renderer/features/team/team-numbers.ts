import type { Team } from '../../../shared/models/team';
import type { OwnedNumber } from '../../../shared/models/twilio-setup';
import type { Translate } from '../../i18n/message-values';

/** The account's numbers that ring nobody yet: not the line's own, no one's in the team, no ring group's. */
export function freeNumbers(owned: readonly OwnedNumber[], team: Team, lineNumber: string): OwnedNumber[] {
  const taken = new Set<string | null>([
    lineNumber,
    ...team.members.map((member) => member.phoneNumber),
    ...team.ringGroups.map((group) => group.phoneNumber),
  ]);
  return owned.filter((number) => !taken.has(number.phoneNumber));
}

/** A username as the Team section names it: the line's owner is "You", the others by their names. */
export function nameOf(team: Team, lineNumber: string, username: string, t: Translate): string {
  if (username === lineNumber) return t('team.you');
  return team.members.find((member) => member.username === username)?.displayName ?? username;
}
