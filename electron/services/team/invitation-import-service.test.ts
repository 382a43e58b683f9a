import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/sqlite';
import { openDatabase } from '../../db/open-database';
import { createAccountQueries } from '../../db/queries/account-queries';
import { createContractRouter, type InvokeHandlers } from '../../ipc/contract-router';
import { invitationHandlers } from '../../ipc/invitations.ipc';
import { createMemoryLogger } from '../../logging/logger';
import { createMemorySecretStore } from '../../secrets/secret-store';
import { sampleAccountFields, sampleInvitationCode, type RecordedEvent } from '../../test-support/backend-fixture';
import { accountPasswordKey, createAccountService } from '../account-service';
import { AppFailure } from '../app-failure';
import { createEventBus } from '../event-bus';
import type { SipProxyOverride } from '../setup/twilio-line-fields';
import { createInvitationImportService } from './invitation-import-service';
import { openInvitation, sealInvitation } from './line-invitation-crypto';
import { fastScrypt, sampleInvitedLine, samplePassphrase, samplePassword } from './line-invitation-test-kit';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function setup(sipProxyOverride: SipProxyOverride | null = null) {
  const secrets = createMemorySecretStore();
  const events = createEventBus();
  const emitted: RecordedEvent[] = [];
  events.subscribe((event, payload) => void emitted.push({ event, payload }));
  const accounts = createAccountService({ queries: createAccountQueries(db), secrets, events });
  const service = createInvitationImportService({ accounts, sipProxyOverride, nearestEdge: 'sydney' });
  const router = createContractRouter(invitationHandlers(service) as InvokeHandlers, createMemoryLogger());
  return { service, accounts, secrets, emitted, router };
}

const allRows = () => JSON.stringify(db.prepare('SELECT * FROM accounts').all());
const seal = async (change: Partial<typeof sampleInvitedLine> = {}) =>
  (await sealInvitation({ ...sampleInvitedLine, ...change }, samplePassphrase, fastScrypt)).code;

describe('importing an invitation', () => {
  it('opens the shared sample invitation to the sample line', async () => {
    expect(await openInvitation(sampleInvitationCode, samplePassphrase)).toEqual(sampleInvitedLine);
  });

  it('saves a Twilio line for the invited user; its password goes to the secret store only', async () => {
    const { service, accounts, secrets, emitted } = setup();
    const imported = await service.importInvitation(await seal(), samplePassphrase);
    expect(imported).toEqual({
      account: {
        id: imported.account.id,
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
    });
    expect(await secrets.get(accountPasswordKey(imported.account.id))).toBe(samplePassword);
    expect(allRows()).toContain('alice@dialtone-ab12.sip.twilio.com');
    expect(allRows()).not.toContain(samplePassword);
    expect(JSON.stringify(imported)).not.toContain(samplePassword);
    expect(JSON.stringify(emitted)).not.toContain(samplePassword);
    expect(await accounts.list()).toEqual([imported.account]);
  });

  it("connects through this computer's nearest edge when the invitation leaves it open", async () => {
    const { service } = setup();
    const imported = await service.importInvitation(await seal({ edge: null }), samplePassphrase);
    expect(imported.account.outboundProxy).toBe('sip.sydney.twilio.com');
  });

  it('signs in through the lab registrar when the backend is told to (tests)', async () => {
    const { service } = setup({ host: '127.0.0.1:5061', trustedCaPem: null });
    const imported = await service.importInvitation(await seal(), samplePassphrase);
    expect(imported.account).toMatchObject({ outboundProxy: '127.0.0.1:5061', stunServer: null });
  });

  it('updates the account with the same SIP address instead of adding a second one, and says so', async () => {
    const { service, accounts, secrets } = setup();
    const first = await service.importInvitation(await seal(), samplePassphrase);
    const again = await service.importInvitation(
      await seal({ password: 'NewPassw0rd2026', edge: 'frankfurt', displayName: 'Alice L.' }),
      samplePassphrase,
    );
    expect(again.updated).toBe(true);
    expect(again.account).toMatchObject({ id: first.account.id, outboundProxy: 'sip.frankfurt.twilio.com' });
    expect(again.account.displayName).toBe('Alice L.');
    expect(await accounts.list()).toEqual([again.account]);
    expect(await secrets.get(accountPasswordKey(first.account.id))).toBe('NewPassw0rd2026');
  });

  it('counts an account typed by hand with the domain in capitals as the same line', async () => {
    const { service, accounts } = setup();
    const typed = await accounts.save({
      fields: { ...sampleAccountFields, sipAddress: 'alice@Dialtone-AB12.sip.twilio.com' },
      password: 'old',
    });
    const imported = await service.importInvitation(await seal(), samplePassphrase);
    expect(imported).toMatchObject({ updated: true, account: { id: typed.id } });
    expect(await accounts.list()).toHaveLength(1);
  });

  it('adds a second account for another user of the same domain', async () => {
    const { service, accounts } = setup();
    await service.importInvitation(await seal(), samplePassphrase);
    const bob = await service.importInvitation(await seal({ username: 'bob', displayName: 'Bob' }), samplePassphrase);
    expect(bob.updated).toBe(false);
    expect((await accounts.list()).map((account) => account.sipAddress)).toEqual([
      'alice@dialtone-ab12.sip.twilio.com',
      'bob@dialtone-ab12.sip.twilio.com',
    ]);
  });

  it('saves nothing when the invitation does not open, and says what to do', async () => {
    const { service, accounts, secrets, emitted } = setup();
    const failure = await service
      .importInvitation(await seal(), 'the wrong passphrase')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/^The passphrase is wrong/),
      words: { id: 'team.wrongPassphraseOrChanged' },
    });
    expect(await accounts.list()).toEqual([]);
    expect(await secrets.has(accountPasswordKey('anything'))).toBe(false);
    expect(emitted).toEqual([]);
  });
});

describe('setup:import-invitation over IPC', () => {
  it('imports through the contract and answers without the password', async () => {
    const { router } = setup();
    const result = await router.invoke('setup:import-invitation', { text: await seal(), passphrase: samplePassphrase });
    expect(result).toMatchObject({ ok: true, value: { updated: false, account: { hasPassword: true } } });
    expect(JSON.stringify(result)).not.toContain(samplePassword);
  });

  it('answers a wrong passphrase with an error Result that says what to do', async () => {
    const { router } = setup();
    const result = await router.invoke('setup:import-invitation', {
      text: await seal(),
      passphrase: 'not the passphrase',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringMatching(/^The passphrase is wrong or the invitation was changed/),
        words: { id: 'team.wrongPassphraseOrChanged' },
      },
    });
  });

  it('refuses hostile payloads in the contract, before the service opens anything', async () => {
    const { router, accounts } = setup();
    const text = await seal();
    const hostile: unknown[] = [
      { text: 'x'.repeat(10_000_000), passphrase: samplePassphrase },
      { text: `${text}${' '.repeat(8_192)}`, passphrase: samplePassphrase },
      { text, passphrase: 'p'.repeat(257) },
      { text, passphrase: 'short' },
      { text: '', passphrase: samplePassphrase },
      { text, passphrase: samplePassphrase, password: 'sneaky' },
      { text: { toString: () => text }, passphrase: samplePassphrase },
      [text, samplePassphrase],
      text,
      undefined,
    ];
    for (const payload of hostile) {
      const started = performance.now();
      const result = await router.invoke('setup:import-invitation', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(JSON.stringify(result)).toMatch(/The request setup:import-invitation was refused, nothing was changed/);
      expect(JSON.stringify(result)).not.toContain(samplePassphrase);
      expect(performance.now() - started).toBeLessThan(100);
    }
    expect(await accounts.list()).toEqual([]);
  });
});
