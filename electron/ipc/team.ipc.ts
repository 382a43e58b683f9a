import type { TeamService } from '../services/team/team-service';
import type { InvokeHandlers } from './contract-router';

type TeamChannels =
  | 'team:add-member'
  | 'team:remove-member'
  | 'team:set-default-caller-id'
  | 'team:add-ring-group'
  | 'team:remove-ring-group'
  | 'team:export-invitation';

export function teamHandlers(team: TeamService): Pick<InvokeHandlers, TeamChannels> {
  return {
    'team:add-member': (input) => team.addMember(input),
    'team:remove-member': ({ username }) => team.removeMember(username),
    'team:set-default-caller-id': ({ phoneNumber }) => team.setDefaultCallerId(phoneNumber),
    'team:add-ring-group': (group) => team.addRingGroup(group),
    'team:remove-ring-group': ({ phoneNumber }) => team.removeRingGroup(phoneNumber),
    'team:export-invitation': (input) => team.exportInvitation(input),
  };
}
