import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { teamSchema, type Team, type TeamMember } from '../../shared/models/team';
import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';
import { ringGroupVariableCount, teamVariableCount, teamVariables } from './team-variables';
import { TwilioProblemError } from './twilio-problem';

/** What team-rules.private.js reads back, as the routing Functions see it. */
interface ReadTeam {
  members: { username: string; extension: string | null }[];
  ringGroups: { number: string; members: string[] }[];
  defaultCallerId: string | null;
}
const teamRules = createRequire(import.meta.url)('../../assets/twilio-functions/functions/team-rules.private.js') as {
  readTeam(context: Record<string, string>): ReadTeam;
};

const owner = '+15125550100';
const member = (username: string, extension: string | null = null): TeamMember => ({
  username,
  displayName: username,
  phoneNumber: username.startsWith('+') ? username : null,
  extension,
});
const team: Team = {
  members: [member('+15125550101', '101'), member('alice', '102'), member('bob.smith')],
  ringGroups: [{ phoneNumber: '+15125550111', name: 'Sales', members: ['alice', '+15125550101', owner] }],
  defaultCallerId: '+15125550111',
};

/** The largest team the model allows: every limit at its longest. */
function largestTeam(): Team {
  const username = (n: number) => `m${String(n).padStart(31, '0')}`;
  return teamSchema.parse({
    members: Array.from({ length: 50 }, (_, n) => member(username(n), String(10000 + n))),
    ringGroups: Array.from({ length: 10 }, (_, g) => ({
      phoneNumber: `+1512555${String(g).padStart(7, '0')}`,
      name: `Group ${g}`,
      members: Array.from({ length: 10 }, (_, n) => username(g * 4 + n)),
    })),
    defaultCallerId: '+151255501234567',
  });
}

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TwilioProblemError);
    return (error as TwilioProblemError).problem;
  }
  throw new Error('expected a TwilioProblemError');
};

describe('teamVariables', () => {
  it('writes the members, the ring groups and the default caller ID, "none" in every variable left', () => {
    expect(teamVariables(team)).toEqual({
      DIALTONE_TEAM_1: '+15125550101:101,alice:102,bob.smith',
      DIALTONE_TEAM_2: 'none',
      DIALTONE_TEAM_3: 'none',
      DIALTONE_TEAM_4: 'none',
      DIALTONE_TEAM_5: 'none',
      DIALTONE_RING_GROUP_1: `+15125550111=alice,+15125550101,${owner}`,
      ...Object.fromEntries(Array.from({ length: 9 }, (_, n) => [`DIALTONE_RING_GROUP_${n + 2}`, 'none'])),
      DIALTONE_DEFAULT_CALLER_ID: '+15125550111',
    });
  });

  it('sets every variable for an empty team too, so that removing everyone empties them', () => {
    const variables = teamVariables({ members: [], ringGroups: [], defaultCallerId: null });
    expect(Object.keys(variables)).toHaveLength(teamVariableCount + ringGroupVariableCount + 1);
    expect(new Set(Object.values(variables))).toEqual(new Set(['none']));
  });

  it('splits the largest team the model allows over the variables, each within Twilio’s bytes', () => {
    const variables = teamVariables(largestTeam());
    for (const value of Object.values(variables)) {
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(twilioVariableByteLimit);
    }
    // It takes all five: the count is what the model needs, no more.
    const used = Object.entries(variables).filter(
      ([key, value]) => key.startsWith('DIALTONE_TEAM_') && value !== 'none',
    );
    expect(used).toHaveLength(teamVariableCount);
  });

  it('refuses, in words, a team larger than the variables hold', () => {
    const largest = largestTeam();
    const more = Array.from({ length: 10 }, (_, n) => member(`x${String(n).padStart(31, '0')}`, String(20000 + n)));
    expect(problemOf(() => teamVariables({ ...largest, members: [...largest.members, ...more] }))).toEqual({
      code: null,
      message: 'The team’s members do not fit in Dialtone’s call routing',
      whatToDo: 'Remove members or shorten their usernames in Settings, Team, then try again.',
      moreInfo: null,
      messageWords: { id: 'team.membersDoNotFit' },
      whatToDoWords: { id: 'team.membersDoNotFitAdvice' },
    });
    const eleventh = { ...largest.ringGroups[0]!, phoneNumber: '+15125559999' };
    expect(problemOf(() => teamVariables({ ...largest, ringGroups: [...largest.ringGroups, eleventh] })).message).toBe(
      'The team’s ring groups do not fit in Dialtone’s call routing',
    );
  });
});

describe('team-rules.private.js reads what teamVariables wrote', () => {
  it('gives the owner first, then each member with their extension, the ring groups and the caller ID', () => {
    expect(teamRules.readTeam({ DIALTONE_NUMBER: owner, ...teamVariables(team) })).toEqual({
      members: [
        { username: owner, extension: null },
        { username: '+15125550101', extension: '101' },
        { username: 'alice', extension: '102' },
        { username: 'bob.smith', extension: null },
      ],
      ringGroups: [{ number: '+15125550111', members: ['alice', '+15125550101', owner] }],
      defaultCallerId: '+15125550111',
    });
  });

  it('gives back the largest team whole, across all its variables', () => {
    const largest = largestTeam();
    const read = teamRules.readTeam({ DIALTONE_NUMBER: owner, ...teamVariables(largest) });
    expect(read.members).toEqual([
      { username: owner, extension: null },
      ...largest.members.map(({ username, extension }) => ({ username, extension })),
    ]);
    expect(read.ringGroups).toEqual(largest.ringGroups.map((g) => ({ number: g.phoneNumber, members: g.members })));
    expect(read.defaultCallerId).toBe(largest.defaultCallerId);
  });

  it('gives the owner alone from an empty team', () => {
    expect(
      teamRules.readTeam({
        DIALTONE_NUMBER: owner,
        ...teamVariables({ members: [], ringGroups: [], defaultCallerId: null }),
      }),
    ).toEqual({
      members: [{ username: owner, extension: null }],
      ringGroups: [],
      defaultCallerId: null,
    });
  });
});
