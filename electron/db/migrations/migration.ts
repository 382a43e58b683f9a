import type { Database } from '../sqlite';

/** One numbered step of the schema. Files are named NNNN-what-it-does.ts and never edited once shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}: versions must start at 1 and increase by one`,
      );
    }
  });
}
