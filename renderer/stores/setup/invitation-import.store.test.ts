import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { err, ok, type Result } from '../../../shared/result';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialInvitationImportState, selectors, useInvitationImportStore } from './invitation-import.store';

const store = () => useInvitationImportStore.getState();
const input = { text: 'dialtone-invite:1:AAAA', passphrase: 'correct horse battery staple' };
const imported: ImportedInvitation = {
  account: {
    id: '6f1c2a3e-8d4b-4c1a-9e2f-1a2b3c4d5e6f',
    label: 'Twilio alice',
    provider: 'twilio',
    sipAddress: 'alice@dialtone-ab12.sip.twilio.com',
    authUsername: 'alice',
    registrar: 'dialtone-ab12.sip.twilio.com',
    outboundProxy: 'sip.dublin.twilio.com',
    transport: 'tls',
    srtp: 'mandatory',
    displayName: 'Alice Liddell',
    stunServer: 'global.stun.twilio.com:3478',
    trustedCaPem: null,
    pinnedCertSha256: null,
    enabled: true,
    hasPassword: true,
  },
  updated: false,
  inviterName: 'Ada Lovelace',
  phoneNumber: '+15125550100',
};

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useInvitationImportStore.setState(initialInvitationImportState));
afterEach(() => vi.unstubAllGlobals());

describe('invitation import store', () => {
  it('sends the text and passphrase to setup:import-invitation and keeps what main saved', async () => {
    const answer = deferred<Result<ImportedInvitation>>();
    const fake = useFake({ 'setup:import-invitation': () => answer.promise });
    const importing = store().importInvitation(input);
    expect(selectors.importing(store())).toBe(true);
    answer.resolve(ok(imported));
    expect(await importing).toBe(true);
    expect(fake.calls).toEqual([{ channel: 'setup:import-invitation', payload: input }]);
    expect(selectors.imported(store())).toEqual(imported);
    expect(selectors.importing(store())).toBe(false);
    expect(selectors.failure(store())).toBeNull();
  });

  it("keeps main's refusal in its words, and a new attempt clears it", async () => {
    const refusal = 'The passphrase is wrong or the invitation was changed. Check the passphrase.';
    const answers = [err('invalid-request', refusal), ok(imported)];
    useFake({ 'setup:import-invitation': () => answers.shift() ?? err('internal', 'no more answers') });
    expect(await store().importInvitation(input)).toBe(false);
    expect(selectors.failure(store())).toBe(refusal);
    expect(selectors.imported(store())).toBeNull();
    const again = store().importInvitation(input);
    expect(selectors.failure(store())).toBeNull();
    expect(await again).toBe(true);
  });

  it('ignores a second Import while the first is on its way', async () => {
    const answer = deferred<Result<ImportedInvitation>>();
    const fake = useFake({ 'setup:import-invitation': () => answer.promise });
    const first = store().importInvitation(input);
    expect(await store().importInvitation(input)).toBe(false);
    answer.resolve(ok(imported));
    await first;
    expect(fake.calls).toHaveLength(1);
  });

  it('forgets the attempt on clear', async () => {
    useFake({ 'setup:import-invitation': () => ok(imported) });
    await store().importInvitation(input);
    store().clear();
    expect(store().invitation).toEqual({ status: 'idle' });
  });
});
