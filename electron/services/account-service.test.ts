import type { Database } from '../db/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountIdSchema, accountSummarySchema } from '../../shared/models/account';
import { openDatabase } from '../db/open-database';
import { createAccountQueries } from '../db/queries/account-queries';
import { createMemorySecretStore, type SecretStore } from '../secrets/secret-store';
import { sampleAccountFields, sampleAccountId, type RecordedEvent } from '../test-support/backend-fixture';
import { accountPasswordKey, createAccountService } from './account-service';
import { AppFailure } from './app-failure';
import { createEventBus } from './event-bus';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function setup(secrets: SecretStore = createMemorySecretStore()) {
  const events = createEventBus();
  const emitted: RecordedEvent[] = [];
  events.subscribe((event, payload) => void emitted.push({ event, payload }));
  const service = createAccountService({ queries: createAccountQueries(db), secrets, events });
  return { service, secrets, emitted };
}

const allRows = () => JSON.stringify(db.prepare('SELECT * FROM accounts').all());

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof AppFailure) return error;
  throw new Error(`expected an AppFailure, got ${String(error)}`);
}

describe('account service', () => {
  it('saves a new account with a fresh id; the password goes to the secret store only', async () => {
    const { service, secrets, emitted } = setup();
    const summary = await service.save({ fields: sampleAccountFields, password: 'pw-only-in-secrets' });
    expect(accountIdSchema.safeParse(summary.id).success).toBe(true);
    expect(summary).toEqual({ ...sampleAccountFields, id: summary.id, hasPassword: true });
    expect(await secrets.get(accountPasswordKey(summary.id))).toBe('pw-only-in-secrets');
    expect(allRows()).not.toContain('pw-only-in-secrets');
    expect(JSON.stringify(summary)).not.toContain('pw-only-in-secrets');
    expect(emitted).toEqual([{ event: 'accounts:changed', payload: [summary] }]);
  });

  it('saves without a password: hasPassword is false', async () => {
    const { service } = setup();
    const summary = await service.save({ fields: sampleAccountFields });
    expect(summary.hasPassword).toBe(false);
    expect(await service.password(summary.id)).toBeUndefined();
  });

  it('updates an existing account, keeping the password when none is given', async () => {
    const { service, emitted } = setup();
    const created = await service.save({ fields: sampleAccountFields, password: 'first' });
    const updated = await service.save({ id: created.id, fields: { ...sampleAccountFields, label: 'Home' } });
    expect(updated).toEqual({ ...created, label: 'Home' });
    expect(await service.password(created.id)).toBe('first');
    expect(await service.list()).toEqual([updated]);
    expect(emitted.at(-1)).toEqual({ event: 'accounts:changed', payload: [updated] });
  });

  it('replaces the password when a new one is given', async () => {
    const { service } = setup();
    const created = await service.save({ fields: sampleAccountFields, password: 'first' });
    await service.save({ id: created.id, fields: sampleAccountFields, password: 'second' });
    expect(await service.password(created.id)).toBe('second');
  });

  it('refuses to save under an unknown id: not-found, nothing written, nothing emitted', async () => {
    const { service, secrets, emitted } = setup();
    const failure = await failureOf(service.save({ id: sampleAccountId, fields: sampleAccountFields, password: 'x' }));
    expect(failure.code).toBe('not-found');
    expect(failure.message).toMatch(/try again/);
    expect(await secrets.has(accountPasswordKey(sampleAccountId))).toBe(false);
    expect(await service.list()).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('saves no account when the secret store refuses the password', async () => {
    const refusing: SecretStore = {
      ...createMemorySecretStore(),
      set: async () => {
        throw new AppFailure('secret-storage-unavailable', 'No keyring.');
      },
    };
    const { service, emitted } = setup(refusing);
    const failure = await failureOf(service.save({ fields: sampleAccountFields, password: 'pw' }));
    expect(failure.code).toBe('secret-storage-unavailable');
    expect(await service.list()).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('removes an account together with its password, and announces it', async () => {
    const { service, secrets, emitted } = setup();
    const kept = await service.save({ fields: { ...sampleAccountFields, label: 'Kept' }, password: 'kept' });
    const gone = await service.save({ fields: sampleAccountFields, password: 'gone' });
    await service.remove(gone.id);
    expect(await secrets.has(accountPasswordKey(gone.id))).toBe(false);
    expect(await secrets.get(accountPasswordKey(kept.id))).toBe('kept');
    expect(await service.list()).toEqual([kept]);
    expect(emitted.at(-1)).toEqual({ event: 'accounts:changed', payload: [kept] });
  });

  it('refuses to remove an unknown account with not-found', async () => {
    const { service, emitted } = setup();
    expect((await failureOf(service.remove(sampleAccountId))).code).toBe('not-found');
    expect(emitted).toEqual([]);
  });

  it('lists an account saved before header fields refused control characters, without them', async () => {
    const { service } = setup();
    createAccountQueries(db).save({
      ...sampleAccountFields,
      id: sampleAccountId,
      sipAddress: 'alice\u0000@sip.example.com',
      authUsername: '\r\n',
      displayName: 'Alice\r\nX-Injected: 1',
    });
    const [account] = await service.list();
    expect(account).toMatchObject({
      sipAddress: 'alice@sip.example.com',
      authUsername: 'alice',
      displayName: 'AliceX-Injected: 1',
    });
    expect(accountSummarySchema.safeParse(account).error).toBeUndefined();
  });
});
