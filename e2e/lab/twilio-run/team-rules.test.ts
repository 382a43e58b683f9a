// team-rules.private.js, required as the Functions require it: the team read from variables that may be absent,
// empty or malformed (a routing from before teams, a hand edit in the Twilio Console), and the lookups the outbound
// and inbound Functions make. What teamVariables writes is read back in electron/twilio/team-variables.test.ts.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { number } from './twilio-run-test-kit';

interface Member {
  username: string;
  extension: string | null;
}
interface ReadTeam {
  members: Member[];
  ringGroups: { number: string; members: string[] }[];
  defaultCallerId: string | null;
}
const teamRules = createRequire(import.meta.url)(
  '../../../assets/twilio-functions/functions/team-rules.private.js',
) as {
  readTeam(context: Record<string, unknown>): ReadTeam;
  memberByExtension(team: ReadTeam, extension: string): Member | null;
  memberByNumber(team: ReadTeam, number: string): Member | null;
  ringGroupByNumber(team: ReadTeam, number: string): { number: string; members: string[] } | null;
  memberDialled(team: ReadTeam, user: string, homeNumber: string): Member | null;
};

const ownerAlone: ReadTeam = {
  members: [{ username: number, extension: null }],
  ringGroups: [],
  defaultCallerId: null,
};

describe('readTeam: anything but a well-formed team is the owner alone', () => {
  test.each([
    ['no team variables at all', {}],
    [
      '"none" everywhere',
      { DIALTONE_TEAM_1: 'none', DIALTONE_RING_GROUP_1: 'none', DIALTONE_DEFAULT_CALLER_ID: 'none' },
    ],
    ['empty values', { DIALTONE_TEAM_1: '', DIALTONE_RING_GROUP_1: '', DIALTONE_DEFAULT_CALLER_ID: '' }],
    ['a value of another type', { DIALTONE_TEAM_1: 42, DIALTONE_RING_GROUP_1: null, DIALTONE_DEFAULT_CALLER_ID: {} }],
    [
      'malformed entries',
      {
        DIALTONE_TEAM_1: 'Alice,bob:0101,carol:1:2,+0123456,<sip>,' + 'd'.repeat(33) + ',eve:123456',
        DIALTONE_RING_GROUP_1: '+15125550111',
        DIALTONE_RING_GROUP_2: '5125550111=' + number,
        DIALTONE_RING_GROUP_3: '+15125550112=nobody,mallory',
        DIALTONE_DEFAULT_CALLER_ID: '5125550111',
      },
    ],
  ])('%s', (_, variables) => {
    expect(teamRules.readTeam({ DIALTONE_NUMBER: number, ...variables })).toEqual(ownerAlone);
  });

  test('a malformed entry is left out, the well-formed ones beside it stay', () => {
    const read = teamRules.readTeam({ DIALTONE_NUMBER: number, DIALTONE_TEAM_1: 'alice:102, Bob ,carol' });
    expect(read.members).toEqual([
      ...ownerAlone.members,
      { username: 'alice', extension: '102' },
      { username: 'carol', extension: null },
    ]);
  });

  test('the owner is listed once, with the extension the list gives them, and the first entry of a name counts', () => {
    const read = teamRules.readTeam({
      DIALTONE_NUMBER: number,
      DIALTONE_TEAM_1: `alice:102,${number}:100`,
      DIALTONE_TEAM_4: 'alice:103',
    });
    expect(read.members).toEqual([
      { username: number, extension: '100' },
      { username: 'alice', extension: '102' },
    ]);
  });

  test('a ring group rings members only, each once, ten at most', () => {
    const names = Array.from({ length: 12 }, (_, n) => `m${n}`);
    const read = teamRules.readTeam({
      DIALTONE_NUMBER: number,
      DIALTONE_TEAM_1: names.join(','),
      DIALTONE_RING_GROUP_1: `+15125550111=m0,mallory,m0,${names.slice(1).join(',')}`,
    });
    expect(read.ringGroups).toEqual([{ number: '+15125550111', members: names.slice(0, 10) }]);
  });
});

describe('finding a member', () => {
  const team = teamRules.readTeam({
    DIALTONE_NUMBER: number,
    DIALTONE_TEAM_1: '+15125550101:101,alice:102',
    DIALTONE_RING_GROUP_1: `+15125550111=alice,${number}`,
  });
  const alice = { username: 'alice', extension: '102' };
  const withNumber = { username: '+15125550101', extension: '101' };

  test('by extension, by number and by ring group number', () => {
    expect(teamRules.memberByExtension(team, '102')).toEqual(alice);
    expect(teamRules.memberByExtension(team, '109')).toBeNull();
    expect(teamRules.memberByNumber(team, '+15125550101')).toEqual(withNumber);
    expect(teamRules.memberByNumber(team, 'alice')).toBeNull();
    expect(teamRules.ringGroupByNumber(team, '+15125550111')?.members).toEqual(['alice', number]);
    expect(teamRules.ringGroupByNumber(team, '+15125550101')).toBeNull();
  });

  test.each([
    ['101', withNumber],
    ['alice', alice],
    ['+15125550101', withNumber],
    ['5125550101', withNumber],
    ['15125550101', withNumber],
    ['5125550199', null],
    ['109', null],
    ['Alice', null],
  ])('as dialled from a US number, %s is %j', (user, found) => {
    expect(teamRules.memberDialled(team, user, number)).toEqual(found);
  });

  test('the national form is read in the caller’s country', () => {
    const britain = teamRules.readTeam({ DIALTONE_NUMBER: '+442071838750', DIALTONE_TEAM_1: '+447400123456' });
    expect(teamRules.memberDialled(britain, '07400123456', '+442071838750')?.username).toBe('+447400123456');
    expect(teamRules.memberDialled(britain, '07400123456', number)).toBeNull();
  });
});
