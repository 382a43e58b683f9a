import { describe, expect, it } from 'vitest';
import { ringGroupSchema, type RingGroup, type Team } from '../../../shared/models/team';
import { words } from '../../../shared/text/words';
import { freshSetupRecord, setupRecordSchema } from '../setup/setup-record';
import { newRingGroupProblem, teamWithout } from './team-member-checks';

const owner = '+15125550100';
const samNumber = '+15125550101';
const salesNumber = '+15125550111';
const team: Team = {
  members: [
    { username: samNumber, displayName: 'Sam', phoneNumber: samNumber, extension: null },
    { username: 'kim', displayName: 'Kim', phoneNumber: null, extension: '101' },
  ],
  ringGroups: [{ phoneNumber: salesNumber, name: 'Sales', members: [owner, 'kim'] }],
  defaultCallerId: null,
};
const group = (phoneNumber: string, members: string[] = ['kim']): RingGroup => ({
  phoneNumber,
  name: 'Support',
  members,
});

describe('a new ring group', () => {
  it('may ring the owner (by the line’s number) and anyone in the team', () => {
    expect(newRingGroupProblem(team, owner, group('+15125550112', [owner, samNumber, 'kim']))).toBeNull();
  });

  it('is refused on a number that already rings someone, saying whose', () => {
    expect(newRingGroupProblem(team, owner, group(owner))).toEqual(words('team.groupIsLineNumber'));
    expect(newRingGroupProblem(team, owner, group(samNumber))).toEqual(
      words('team.groupNumberIsMembers', { phoneNumber: samNumber, name: 'Sam' }),
    );
    expect(newRingGroupProblem(team, owner, group(salesNumber))).toEqual(
      words('team.groupNumberTaken', { phoneNumber: salesNumber, group: 'Sales' }),
    );
  });

  it('is refused when it would ring someone outside the team, or be the eleventh', () => {
    expect(newRingGroupProblem(team, owner, group('+15125550112', ['kim', 'lee']))).toEqual(
      words('team.groupMemberNotInTeam', { username: 'lee' }),
    );
    const full = {
      ...team,
      ringGroups: Array.from({ length: 10 }, (_, index) => group(`+1512555020${index}`)),
    };
    expect(newRingGroupProblem(full, owner, group('+15125550112'))).toEqual(words('team.ringGroupsFull'));
  });

  it('is checked by the contract’s schema: a name on one line, each person once, 1 to 10 of them', () => {
    const message = (value: unknown) => ringGroupSchema.safeParse(value).error?.issues[0]?.message;
    expect(ringGroupSchema.parse({ ...group(salesNumber), name: '  Sales  ' }).name).toBe('Sales');
    expect(message({ ...group(salesNumber), name: ' ' })).toBe('Write the group’s name.');
    expect(message({ ...group(salesNumber), name: 'Sales\u0000' })).toMatch(/on one line/);
    expect(message(group(salesNumber, []))).toMatch(/at least one/);
    expect(message(group(salesNumber, ['kim', 'kim']))).toBe('Choose each person once.');
    const eleven = Array.from({ length: 11 }, (_, index) => `m${index}`);
    expect(message(group(salesNumber, eleven))).toMatch(/at most 10 people/);
    expect(message(group('5125550111'))).toBeDefined();
    expect(message({ ...group(salesNumber), extra: true })).toBeDefined();
  });
});

describe('a person leaving the team', () => {
  it('leaves every group, and a group nobody is left in goes', () => {
    const withSupport = { ...team, ringGroups: [...team.ringGroups, group('+15125550112')] };
    expect(teamWithout(withSupport, 'kim').ringGroups).toEqual([
      { phoneNumber: salesNumber, name: 'Sales', members: [owner] },
    ]);
  });
});

describe('the saved setup', () => {
  it('from before ring groups loads with none of their numbers', () => {
    const older: Record<string, unknown> = { ...freshSetupRecord() };
    delete older.ringGroupNumbers;
    expect(setupRecordSchema.parse(older).ringGroupNumbers).toEqual([]);
    expect(setupRecordSchema.parse({ ...older, ringGroupNumbers: 'damaged' }).ringGroupNumbers).toEqual([]);
  });
});
