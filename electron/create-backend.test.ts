import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeChannelNames } from '../shared/contract/channel-names';
import type { AccountSummary } from '../shared/models/account';
import { defaultSettings } from '../shared/models/settings';
import { createBackend, databaseFileName } from './create-backend';
import { DatabaseOpenError } from './db/open-database';
import { openSqlite } from './db/sqlite';
import { createMemoryLogger } from './logging/logger';
import { createMemorySecretStore } from './secrets/secret-store';
import { accountPasswordKey } from './services/account-service';
import {
  createTestBackend,
  fakeLoginItem,
  makeTempDir,
  sampleAccountFields,
  sampleAppInfo,
  repoAssetsDir,
  validPayloads,
  type TestBackend,
} from './test-support/backend-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.dispose());

const invoke = (channel: unknown, payload?: unknown) => t.backend.router.invoke(channel, payload);

function backendOptions() {
  return {
    secrets: createMemorySecretStore(),
    loginItem: fakeLoginItem(),
    logger: createMemoryLogger(),
    info: sampleAppInfo,
    assetsDir: repoAssetsDir,
  };
}

async function saveAccount(payload: unknown): Promise<AccountSummary> {
  const result = await invoke('accounts:save', payload);
  if (!result.ok) throw new Error(`accounts:save failed: ${result.error.message}`);
  return result.value as AccountSummary;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('createBackend', () => {
  it('creates its database in the data folder and answers every channel of the contract', async () => {
    expect(existsSync(join(t.dataDir, databaseFileName))).toBe(true);
    for (const channel of invokeChannelNames) {
      const result = await invoke(channel, validPayloads[channel]);
      // unsupported: the browser shell's updates:restart (it has no updater).
      if (!result.ok) {
        expect(['not-found', 'no-line', 'call-not-found', 'out-of-order', 'unsupported']).toContain(result.error.code);
      }
    }
    expect(await invoke('app:get-info')).toEqual({ ok: true, value: sampleAppInfo });
  });

  it('serves settings through the contract and emits settings:changed', async () => {
    expect(await invoke('settings:get')).toEqual({ ok: true, value: defaultSettings });
    const updated = { ...defaultSettings, theme: 'dark' };
    expect(await invoke('settings:update', { theme: 'dark' })).toEqual({ ok: true, value: updated });
    expect(t.events).toEqual([{ event: 'settings:changed', payload: updated }]);
  });

  it('starts the line for a saved account and follows it in the registration state', async () => {
    expect(await invoke('registration:get')).toEqual({ ok: true, value: { status: 'no-account' } });
    const unreachable = { ...sampleAccountFields, registrar: '127.0.0.1:1', outboundProxy: null, transport: 'tcp' };
    const account = await saveAccount({ fields: unreachable, password: 'pw' });
    const state = async () => ((await invoke('registration:get')) as { value: { status: string } }).value;
    await until(async () => (await state()).status === 'failed');
    expect(await state()).toMatchObject({ status: 'failed', accountId: account.id, reason: 'unreachable' });
    expect(await invoke('accounts:remove', { id: account.id })).toEqual({ ok: true, value: null });
    await until(async () => (await state()).status === 'no-account');
  });

  it('starts with the registration state of the accounts already saved', async () => {
    const account = await saveAccount({ fields: sampleAccountFields });
    await t.backend.close();
    const again = await createBackend({ ...backendOptions(), dataDir: t.dataDir });
    expect(again.registration.get()).toEqual({ status: 'unregistered', accountId: account.id });
    await again.close();
  });

  it('refuses a database from a newer Dialtone', async () => {
    const temp = makeTempDir();
    try {
      const first = await createBackend({ ...backendOptions(), dataDir: temp.dir });
      await first.close();
      const db = openSqlite(join(temp.dir, databaseFileName));
      db.exec('PRAGMA user_version = 99');
      db.close();
      await expect(createBackend({ ...backendOptions(), dataDir: temp.dir })).rejects.toBeInstanceOf(DatabaseOpenError);
    } finally {
      temp.remove();
    }
  });
});

describe('canary: a saved password never leaves the secret store', () => {
  it('appears in no response, no event and no log record', async () => {
    const canary = `CANARY-${randomBytes(12).toString('hex')}`;
    const responses: unknown[] = [];
    const call = async (channel: unknown, payload?: unknown) => {
      const result = await invoke(channel, payload);
      responses.push(result);
      return result;
    };

    const saved = await call('accounts:save', { fields: sampleAccountFields, password: canary });
    expect(saved.ok).toBe(true);
    const id = (saved as { ok: true; value: AccountSummary }).value.id;

    for (const channel of invokeChannelNames) await call(channel, validPayloads[channel]);
    await call('accounts:list');
    await call('settings:get');
    await call('registration:get');
    await call('accounts:save', { id, fields: { ...sampleAccountFields, label: 'Renamed' } });
    await call('accounts:save', { id, fields: { ...sampleAccountFields, label: '' }, password: canary });
    await call('accounts:save', { fields: sampleAccountFields, password: `${canary}${'x'.repeat(300)}` });
    await call('accounts:save', { fields: sampleAccountFields, password: canary, extra: canary });
    await call(canary, { password: canary });

    // The test can fail: the secret really is held, under the account's key.
    expect(await t.secrets.get(accountPasswordKey(id))).toBe(canary);
    expect(responses.length).toBeGreaterThan(invokeChannelNames.length);
    expect(t.events.some((recorded) => recorded.event === 'accounts:changed')).toBe(true);

    const list = responses.find((r) => JSON.stringify(r).includes('"hasPassword":true'));
    expect(list).toBeDefined();
    expect(JSON.stringify(responses)).not.toContain(canary);
    expect(JSON.stringify(t.events)).not.toContain(canary);
    expect(JSON.stringify(t.logger.records)).not.toContain(canary);

    await call('accounts:remove', { id });
    expect(await t.secrets.has(accountPasswordKey(id))).toBe(false);
    expect(JSON.stringify(responses)).not.toContain(canary);
    expect(JSON.stringify(t.events)).not.toContain(canary);
  });
});
