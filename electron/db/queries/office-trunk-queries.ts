import type { Database } from '../sqlite';
import { createSingleRowJsonQueries } from './single-row-json-queries';

/** The office trunk's single row. */
export const createOfficeTrunkQueries = (db: Database) => createSingleRowJsonQueries(db, 'office_trunk');

export type OfficeTrunkQueries = ReturnType<typeof createOfficeTrunkQueries>;
