import type { InvitationExportInput } from '../../../shared/models/line-invitation';
import type { AddTeamMember } from '../../../shared/models/team';
import type { SetupState, TwilioProblem } from '../../../shared/models/twilio-setup';
import type { SecretStore } from '../../secrets/secret-store';
import { generateSipPassword } from '../../twilio/sip-password';
import { provisionMember, removeMember } from '../../twilio/team-member-resources';
import { AppFailure } from '../app-failure';
import { problemOf } from '../setup/setup-number-choice';
import { memberPasswordKey } from '../setup/team-change';
import type { SetupService } from '../setup/setup-service';
import { sealInvitation, type SealedInvitation } from './line-invitation-crypto';
import { InvitationError } from './line-invitation-error';
import { memberFrom, newMemberProblem, teamWithout } from './team-member-checks';

export interface TeamServiceDeps {
  setup: Pick<SetupService, 'get' | 'changeTeam' | 'teamLine'>;
  secrets: SecretStore;
  generatePassword?: () => string;
}

/** The outcome of a change to the team: the state either way, and what Twilio answered when it refused. */
export interface TeamResult {
  setup: SetupState;
  problem: TwilioProblem | null;
}

/**
 * The people who share the phone line's SIP domain: each gets a credential on the line's list (Twilio's SIP
 * domain model), and the routing Functions learn the team through variables, so calls between them and to their
 * numbers are routed at Twilio.
 */
export function createTeamService(deps: TeamServiceDeps) {
  const { setup, secrets } = deps;
  const generatePassword = deps.generatePassword ?? generateSipPassword;

  async function outcome(change: () => Promise<SetupState>): Promise<TeamResult> {
    try {
      return { setup: await change(), problem: null };
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      return { setup: setup.get(), problem: problemOf(error) };
    }
  }

  return {
    addMember: (input: AddTeamMember): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, line, team, members }) => {
          const member = memberFrom(input);
          const problem = newMemberProblem(team, line.owner, member);
          if (problem) throw new AppFailure('invalid-request', problem);
          let numberSid: string | null = null;
          if (member.phoneNumber) {
            const owned = (await api.listOwnedNumbers()).find((number) => number.phoneNumber === member.phoneNumber);
            if (!owned) {
              throw new AppFailure('invalid-request', `${member.phoneNumber} is not on this Twilio account any more.`);
            }
            numberSid = owned.sid;
          }
          const password = generatePassword();
          await secrets.set(memberPasswordKey(member.username), password);
          const made = await provisionMember(api, line, { username: member.username, numberSid }, password);
          return {
            team: { ...team, members: [...team.members, member] },
            members: [...members.filter((other) => other.username !== member.username), made],
          };
        }),
      ),

    /**
     * The person's line (domain, username, password, edge), sealed with a passphrase the inviter tells them:
     * their Dialtone imports it and never sees the Twilio account's credentials.
     */
    async exportInvitation(input: InvitationExportInput): Promise<SealedInvitation> {
      const line = setup.teamLine();
      if (!line) throw new AppFailure('out-of-order', 'Set up your Twilio phone line first.');
      const member = setup.get().team.members.find((candidate) => candidate.username === input.username);
      const password = member && (await secrets.get(memberPasswordKey(member.username)));
      if (!member || !password) {
        throw new AppFailure('not-found', `${input.username} is not in the team. Add them first, then invite them.`);
      }
      try {
        return await sealInvitation(
          {
            sipDomain: line.sipDomainName,
            username: member.username,
            password,
            edge: line.edge,
            displayName: member.displayName,
            inviterName: input.inviterName,
            phoneNumber: member.phoneNumber,
          },
          input.passphrase,
        );
      } catch (error) {
        if (error instanceof InvitationError) throw new AppFailure('invalid-request', error.message);
        throw error;
      }
    },

    /** The caller ID of people without a number when they call the phone network: one of the account's numbers. */
    setDefaultCallerId: (phoneNumber: string | null): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, team, members }) => {
          if (phoneNumber && !(await api.listOwnedNumbers()).some((number) => number.phoneNumber === phoneNumber)) {
            throw new AppFailure('invalid-request', `${phoneNumber} is not on this Twilio account any more.`);
          }
          return { team: { ...team, defaultCallerId: phoneNumber }, members: [...members] };
        }),
      ),

    removeMember: (username: string): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, line, team, members }) => {
          if (!team.members.some((member) => member.username === username)) {
            throw new AppFailure('not-found', `${username} is not in the team.`);
          }
          const made = members.find((member) => member.username === username);
          if (made) await removeMember(api, line, made);
          await secrets.delete(memberPasswordKey(username));
          return { team: teamWithout(team, username), members: members.filter((member) => member !== made) };
        }),
      ),
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
