import { describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { checkMigrationOrder, type Migration } from './migration';

const step = (version: number, name = `step ${version}`): Migration => ({ version, name, up: () => undefined });

describe('checkMigrationOrder', () => {
  it('accepts the shipped list: versions 1..n in order', () => {
    expect(() => checkMigrationOrder(allMigrations)).not.toThrow();
    expect(allMigrations.map((migration) => migration.version)).toEqual(allMigrations.map((_, index) => index + 1));
  });

  it('accepts an empty list and a contiguous one', () => {
    expect(() => checkMigrationOrder([])).not.toThrow();
    expect(() => checkMigrationOrder([step(1), step(2), step(3)])).not.toThrow();
  });

  it('rejects a gap and names the migration at fault', () => {
    expect(() => checkMigrationOrder([step(1), step(3, 'skips two')])).toThrow(/"skips two" has version 3; expected 2/);
  });

  it('rejects a reordering', () => {
    expect(() => checkMigrationOrder([step(2), step(1)])).toThrow(/has version 2; expected 1/);
  });

  it('rejects a duplicate version', () => {
    expect(() => checkMigrationOrder([step(1), step(1, 'again')])).toThrow(/"again" has version 1; expected 2/);
  });

  it('rejects a list that does not start at 1', () => {
    expect(() => checkMigrationOrder([step(0)])).toThrow(/must start at 1/);
  });

  it('gives every migration a distinct, non-empty name', () => {
    const names = allMigrations.map((migration) => migration.name);
    expect(names.every((name) => name.trim().length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
