import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountSummary, SaveAccountInput } from '../../../shared/models/account';
import { err, ok, type Result } from '../../../shared/result';
import { createFakeDialtoneApi, deferred } from '../../ipc/fake-dialtone-api';
import { initialAccountsState, useAccountsStore } from './accounts.store';

const id = '0b5e4a43-2f8a-4d2e-9a55-52c36c0b7d11';
const fields: SaveAccountInput['fields'] = {
  label: 'alice@example.com',
  provider: 'sip',
  sipAddress: 'alice@example.com',
  authUsername: 'alice',
  registrar: 'example.com',
  outboundProxy: null,
  transport: 'tls',
  srtp: 'optional',
  displayName: '',
  stunServer: null,
  trustedCaPem: null,
  pinnedCertSha256: null,
  enabled: true,
};
const summary: AccountSummary = { ...fields, id, hasPassword: true };

beforeEach(() => useAccountsStore.setState(initialAccountsState));
afterEach(() => vi.unstubAllGlobals());

describe('accounts store: save and remove', () => {
  it('saves through accounts:save and shows the account at once', async () => {
    const answer = deferred<Result<AccountSummary>>();
    const api = createFakeDialtoneApi({ 'accounts:save': () => answer.promise });
    vi.stubGlobal('window', { dialtone: api });
    const saving = useAccountsStore.getState().save({ fields, password: 'secret' });
    expect(useAccountsStore.getState().saveStatus).toEqual({ status: 'busy' });
    answer.resolve(ok(summary));
    expect(await saving).toEqual(summary);
    expect(api.calls).toEqual([{ channel: 'accounts:save', payload: { fields, password: 'secret' } }]);
    expect(useAccountsStore.getState()).toMatchObject({ accounts: [summary], saveStatus: { status: 'idle' } });
  });

  it('replaces the edited account instead of adding it twice', async () => {
    useAccountsStore.setState({ accounts: [summary], loaded: true });
    const renamed = { ...summary, label: 'Office' };
    vi.stubGlobal('window', { dialtone: createFakeDialtoneApi({ 'accounts:save': () => ok(renamed) }) });
    await useAccountsStore.getState().save({ id, fields: { ...fields, label: 'Office' } });
    expect(useAccountsStore.getState().accounts).toEqual([renamed]);
  });

  it("keeps main's refusal for display and changes nothing", async () => {
    const refusal = 'The request accounts:save was refused, nothing was changed: fields.registrar: bad';
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'accounts:save': () => err('invalid-request', refusal) }),
    });
    expect(await useAccountsStore.getState().save({ fields })).toBeNull();
    expect(useAccountsStore.getState()).toMatchObject({
      accounts: [],
      saveStatus: { status: 'failed', message: refusal },
    });
    useAccountsStore.getState().clearChangeErrors();
    expect(useAccountsStore.getState().saveStatus).toEqual({ status: 'idle' });
  });

  it('removes through accounts:remove', async () => {
    useAccountsStore.setState({ accounts: [summary], loaded: true });
    const api = createFakeDialtoneApi({ 'accounts:remove': () => ok(null) });
    vi.stubGlobal('window', { dialtone: api });
    expect(await useAccountsStore.getState().remove(id)).toBe(true);
    expect(api.calls).toEqual([{ channel: 'accounts:remove', payload: { id } }]);
    expect(useAccountsStore.getState().accounts).toEqual([]);
  });

  it('keeps the account and the message when removing fails', async () => {
    useAccountsStore.setState({ accounts: [summary], loaded: true });
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'accounts:remove': () => err('storage-failed', 'Could not remove it.') }),
    });
    expect(await useAccountsStore.getState().remove(id)).toBe(false);
    expect(useAccountsStore.getState()).toMatchObject({
      accounts: [summary],
      removeStatus: { status: 'failed', message: 'Could not remove it.' },
    });
  });
});
