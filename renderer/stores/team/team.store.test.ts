import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { words } from '../../../shared/text/words';
import { setActiveLocale } from '../../i18n/active-intl';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { authProblem, setupState } from '../setup/setup-fixtures';
import { initialSetupState, selectors as setupSelectors, useSetupStore } from '../setup/setup.store';
import { initialTeamState, selectors, useTeamStore } from './team.store';

const store = () => useTeamStore.getState();
const kim = { username: 'kim', displayName: 'Kim', phoneNumber: null, extension: '101' };
const addKim = { kind: 'extension', displayName: 'Kim', username: 'kim', extension: '101' } as const;

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => {
  useTeamStore.setState(initialTeamState);
  useSetupStore.setState(initialSetupState);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setActiveLocale('en');
});

describe('team store', () => {
  it('hands the setup state main answers to the setup store, where the team is', async () => {
    const withKim = setupState({ team: { members: [kim], ringGroups: [], defaultCallerId: null }, revision: 3 });
    const fake = useFake({ 'team:add-member': () => ok({ setup: withKim, problem: null }) });
    expect(await store().addMember(addKim)).toBe(true);
    expect(fake.calls).toEqual([{ channel: 'team:add-member', payload: addKim }]);
    expect(setupSelectors.setup(useSetupStore.getState())?.team.members).toEqual([kim]);
    expect(selectors.pending(store())).toBeNull();
  });

  it("keeps Twilio's refusal and main's words apart, and says false for both", async () => {
    useFake({ 'team:remove-member': () => ok({ setup: setupState(), problem: authProblem }) });
    expect(await store().removeMember('kim')).toBe(false);
    expect(selectors.problem(store())).toEqual(authProblem);
    useFake({ 'team:remove-member': () => err('not-found', 'kim is not in the team.') });
    expect(await store().removeMember('kim')).toBe(false);
    expect(store()).toMatchObject({ problem: null, requestError: 'kim is not in the team.' });
  });

  it('keeps main’s refusal in the person’s language', async () => {
    setActiveLocale('fr');
    useFake({ 'team:remove-member': () => err('not-found', words('team.notInTeam', { username: 'kim' })) });
    expect(await store().removeMember('kim')).toBe(false);
    expect(selectors.requestError(store())).toBe('kim ne fait pas partie de l’équipe.');
  });

  it('sends a ring group as made, and its removal by number, one request at a time', async () => {
    const sales = { phoneNumber: '+15125550111', name: 'Sales', members: ['+15125550100', 'kim'] };
    const withSales = setupState({ team: { members: [kim], ringGroups: [sales], defaultCallerId: null } });
    let answer!: () => void;
    const fake = useFake({
      'team:add-ring-group': () =>
        new Promise((resolve) => (answer = () => resolve(ok({ setup: withSales, problem: null })))),
      'team:remove-ring-group': () => ok({ setup: setupState(), problem: null }),
    });
    const adding = store().addRingGroup(sales);
    expect(selectors.pending(store())).toEqual({ kind: 'add-group' });
    expect(await store().removeRingGroup(sales.phoneNumber)).toBe(false);
    answer();
    expect(await adding).toBe(true);
    expect(setupSelectors.setup(useSetupStore.getState())?.team.ringGroups).toEqual([sales]);
    expect(await store().removeRingGroup(sales.phoneNumber)).toBe(true);
    expect(fake.calls).toEqual([
      { channel: 'team:add-ring-group', payload: sales },
      { channel: 'team:remove-ring-group', payload: { phoneNumber: sales.phoneNumber } },
    ]);
  });

  it('holds the sealed invitation for whom it was made until it is forgotten', async () => {
    useFake({ 'team:export-invitation': () => ok({ file: '{}', code: 'dialtone-invite:1:abc' }) });
    expect(await store().invite({ username: 'kim', inviterName: 'Ada', passphrase: 'blue pelican at noon' })).toBe(
      true,
    );
    expect(selectors.invitation(store())).toEqual({ username: 'kim', file: '{}', code: 'dialtone-invite:1:abc' });
    store().forgetInvitation();
    expect(selectors.invitation(store())).toBeNull();
  });
});
