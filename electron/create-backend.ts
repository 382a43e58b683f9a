import { join } from 'node:path';
import type { AppInfo } from '../shared/models/app-info';
import { createAccountQueries } from './db/queries/account-queries';
import { createSettingsQueries } from './db/queries/settings-queries';
import { openDatabase } from './db/open-database';
import { accountHandlers } from './ipc/accounts.ipc';
import { appHandlers } from './ipc/app.ipc';
import { createContractRouter } from './ipc/contract-router';
import { settingsHandlers } from './ipc/settings.ipc';
import type { Logger } from './logging/logger';
import type { SecretStore } from './secrets/secret-store';
import { createAccountService } from './services/account-service';
import { createEventBus } from './services/event-bus';
import { createRegistrationStatus, idleStateFor } from './services/registration-status';
import { createSettingsService, type LoginItem } from './services/settings-service';

export interface BackendOptions {
  dataDir: string;
  secrets: SecretStore;
  loginItem: LoginItem;
  logger: Logger;
  info: AppInfo;
}

export const databaseFileName = 'dialtone.sqlite';

/**
 * Builds every main-process service and the contract router over them. Both shells call this:
 * the Electron main process and the browser shell, so they can never diverge.
 * Throws DatabaseOpenError when the database must be refused.
 */
export async function createBackend(options: BackendOptions) {
  const { dataDir, secrets, loginItem, logger, info } = options;
  const db = openDatabase(join(dataDir, databaseFileName));
  const events = createEventBus();
  const settings = createSettingsService({
    queries: createSettingsQueries(db),
    events,
    loginItem,
    logger: logger.child('settings'),
  });
  const accounts = createAccountService({ queries: createAccountQueries(db), secrets, events });
  const registration = createRegistrationStatus(events, idleStateFor(await accounts.list()));
  const stopFollowingAccounts = events.subscribe((event, payload) => {
    if (event !== 'accounts:changed') return;
    const current = registration.get();
    if (current.status === 'no-account' || current.status === 'unregistered') {
      registration.set(idleStateFor(payload as Parameters<typeof idleStateFor>[0]));
    }
  });

  const router = createContractRouter(
    {
      ...settingsHandlers(settings),
      ...accountHandlers(accounts),
      ...appHandlers(info, registration),
    },
    logger.child('ipc'),
  );

  return {
    router,
    events,
    settings,
    registration,
    close(): void {
      stopFollowingAccounts();
      db.close();
    },
  };
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;
