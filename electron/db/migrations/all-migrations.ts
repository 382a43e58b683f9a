import { initialTables } from './0001-initial-tables';
import { accountTlsTrust } from './0002-account-tls-trust';
import type { Migration } from './migration';

/** In order; append new migrations, never reorder or edit shipped ones. */
export const allMigrations: readonly Migration[] = [initialTables, accountTlsTrust];
