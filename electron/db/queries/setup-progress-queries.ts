import type { Database } from '../sqlite';
import { createSingleRowJsonQueries } from './single-row-json-queries';

/** The setup wizard's single row. */
export const createSetupProgressQueries = (db: Database) => createSingleRowJsonQueries(db, 'setup_progress');

export type SetupProgressQueries = ReturnType<typeof createSetupProgressQueries>;
