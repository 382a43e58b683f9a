import type { InvitationExportInput } from '../../../shared/models/line-invitation';
import type { AddTeamMember, RingGroup, Team } from '../../../shared/models/team';
import type { OwnedNumber, SetupState, TwilioProblem } from '../../../shared/models/twilio-setup';
import { words } from '../../../shared/text/words';
import type { SecretStore } from '../../secrets/secret-store';
import { generateSipPassword } from '../../twilio/sip-password';
import { provisionMember, removeMember } from '../../twilio/team-member-resources';
import { restoreRingGroupNumber, routeRingGroupNumber } from '../../twilio/team-number-routing';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import { AppFailure } from '../app-failure';
import { problemOf } from '../setup/setup-number-choice';
import { memberPasswordKey } from '../setup/team-change';
import type { SetupService } from '../setup/setup-service';
import { sealInvitation, type SealedInvitation } from './line-invitation-crypto';
import { InvitationError } from './line-invitation-error';
import { memberFrom, newMemberProblem, newRingGroupProblem, teamWithout } from './team-member-checks';

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

/** The account's number, as Twilio lists it now; refused with what to do when it left the account. */
async function ownedNumber(api: TwilioConnection, phoneNumber: string): Promise<OwnedNumber> {
  const owned = await api.findOwnedNumber(phoneNumber);
  if (!owned) throw new AppFailure('invalid-request', words('team.numberNotOnAccount', { phoneNumber }));
  return owned;
}

const ringsNumber = (team: Team, phoneNumber: string) =>
  team.ringGroups.some((group) => group.phoneNumber === phoneNumber);

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
        setup.changeTeam(async ({ api, line, team, teamMembers }) => {
          const member = memberFrom(input);
          const problem = newMemberProblem(team, line.owner, member);
          if (problem) throw new AppFailure('invalid-request', problem);
          const numberSid = member.phoneNumber ? (await ownedNumber(api, member.phoneNumber)).sid : null;
          const password = generatePassword();
          await secrets.set(memberPasswordKey(member.username), password);
          const made = await provisionMember(api, line, { username: member.username, numberSid }, password);
          return {
            team: { ...team, members: [...team.members, member] },
            teamMembers: [...teamMembers.filter((other) => other.username !== member.username), made],
          };
        }),
      ),

    /**
     * The person's line (domain, username, password, edge), sealed with a passphrase the inviter tells them:
     * their Dialtone imports it and never sees the Twilio account's credentials.
     */
    async exportInvitation(input: InvitationExportInput): Promise<SealedInvitation> {
      const line = setup.teamLine();
      if (!line) throw new AppFailure('out-of-order', words('team.setUpLineFirst'));
      const member = setup.get().team.members.find((candidate) => candidate.username === input.username);
      const password = member && (await secrets.get(memberPasswordKey(member.username)));
      if (!member || !password) {
        throw new AppFailure('not-found', words('team.notInTeamToInvite', { username: input.username }));
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
        if (error instanceof InvitationError) throw new AppFailure('invalid-request', error.words);
        throw error;
      }
    },

    /** The caller ID of people without a number when they call the phone network: one of the account's numbers. */
    setDefaultCallerId: (phoneNumber: string | null): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, team }) => {
          if (phoneNumber) await ownedNumber(api, phoneNumber);
          return { team: { ...team, defaultCallerId: phoneNumber } };
        }),
      ),

    removeMember: (username: string): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, line, team, teamMembers, ringGroupNumbers }) => {
          if (!team.members.some((member) => member.username === username)) {
            throw new AppFailure('not-found', words('team.notInTeam', { username }));
          }
          const made = teamMembers.find((member) => member.username === username);
          if (made) await removeMember(api, line, made);
          await secrets.delete(memberPasswordKey(username));
          // A group that rang only this person goes with them, its number given back.
          const rest = teamWithout(team, username);
          const emptied = ringGroupNumbers.filter((group) => !ringsNumber(rest, group.phoneNumber));
          for (const group of emptied) await restoreRingGroupNumber(api, group);
          return {
            team: rest,
            teamMembers: teamMembers.filter((member) => member !== made),
            ringGroupNumbers: ringGroupNumbers.filter((group) => !emptied.includes(group)),
          };
        }),
      ),

    /** A number of the account that rings several people of the team at once, then takes a message. */
    addRingGroup: (group: RingGroup): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, line, team, ringGroupNumbers }) => {
          const problem = newRingGroupProblem(team, line.owner, group);
          if (problem) throw new AppFailure('invalid-request', problem);
          const routed = await routeRingGroupNumber(
            api,
            line.routingBaseUrl,
            await ownedNumber(api, group.phoneNumber),
          );
          return {
            team: { ...team, ringGroups: [...team.ringGroups, group] },
            ringGroupNumbers: [...ringGroupNumbers.filter((other) => other.phoneNumber !== group.phoneNumber), routed],
          };
        }),
      ),

    /** Calls to the group's number go back where they went before Dialtone pointed it at the routing. */
    removeRingGroup: (phoneNumber: string): Promise<TeamResult> =>
      outcome(() =>
        setup.changeTeam(async ({ api, team, ringGroupNumbers }) => {
          if (!ringsNumber(team, phoneNumber)) {
            throw new AppFailure('not-found', words('team.noRingGroupWithNumber', { phoneNumber }));
          }
          const routed = ringGroupNumbers.find((group) => group.phoneNumber === phoneNumber);
          if (routed) await restoreRingGroupNumber(api, routed);
          return {
            team: { ...team, ringGroups: team.ringGroups.filter((group) => group.phoneNumber !== phoneNumber) },
            ringGroupNumbers: ringGroupNumbers.filter((group) => group !== routed),
          };
        }),
      ),
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
