import type { Database } from '../db/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/models/settings';
import { openDatabase } from '../db/open-database';
import { createSettingsQueries } from '../db/queries/settings-queries';
import { createMemoryLogger } from '../logging/logger';
import { fakeLoginItem, type RecordedEvent } from '../test-support/backend-fixture';
import { createEventBus } from './event-bus';
import { createSettingsService } from './settings-service';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function setup(loginItemSupported = true) {
  const events = createEventBus();
  const emitted: RecordedEvent[] = [];
  events.subscribe((event, payload) => void emitted.push({ event, payload }));
  const loginItem = fakeLoginItem(loginItemSupported);
  const logger = createMemoryLogger();
  const service = createSettingsService({ queries: createSettingsQueries(db), events, loginItem, logger });
  return { service, emitted, loginItem, logger };
}

const storeRaw = (key: string, json: string) =>
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, json);

describe('settings service', () => {
  it('gives the defaults on a new database', () => {
    expect(setup().service.get()).toEqual(defaultSettings);
  });

  it('persists an update, returns the merged settings and emits settings:changed', () => {
    const { service, emitted } = setup();
    const expected: Settings = { ...defaultSettings, theme: 'dark', defaultCountry: 'GB' };
    expect(service.update({ theme: 'dark', defaultCountry: 'GB' })).toEqual(expected);
    expect(emitted).toEqual([{ event: 'settings:changed', payload: expected }]);
    expect(setup().service.get()).toEqual(expected);
  });

  it('keeps earlier changes when a later patch touches other keys', () => {
    const { service } = setup();
    service.update({ theme: 'light' });
    expect(service.update({ defaultCountry: 'FR' })).toEqual({
      ...defaultSettings,
      theme: 'light',
      defaultCountry: 'FR',
    });
  });

  it('ignores keys present but undefined in a patch (they survive structured clone)', () => {
    const { service, emitted } = setup();
    service.update({ theme: 'dark' });
    const patch: SettingsPatch = { theme: undefined, startAtLogin: undefined, defaultCountry: 'DE' };
    expect(service.update(patch)).toEqual({ ...defaultSettings, theme: 'dark', defaultCountry: 'DE' });
    expect(emitted).toHaveLength(2);
    expect(setup().service.get().theme).toBe('dark');
  });

  it('refuses an invalid patch: nothing stored, nothing emitted', () => {
    const { service, emitted } = setup();
    expect(() => service.update({ theme: 'neon' } as unknown as SettingsPatch)).toThrow();
    expect(() => service.update({ defaultCountry: 'XX' })).toThrow();
    expect(emitted).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('falls back to the default for an invalid or unparseable stored value, keeping the valid ones', () => {
    storeRaw('theme', '"neon"');
    storeRaw('defaultCountry', '{broken');
    storeRaw('startAtLogin', 'true');
    storeRaw('retiredSetting', '1');
    const { service, logger } = setup();
    expect(service.get()).toEqual({ ...defaultSettings, startAtLogin: true });
    const warned = logger.records.filter((record) => record.level === 'warn').map((record) => record.fields?.key);
    expect(warned.sort()).toEqual(['defaultCountry', 'theme']);
    expect(JSON.stringify(logger.records)).not.toContain('neon');
  });

  it('applies startAtLogin to the login item when it changes', () => {
    const { service, loginItem } = setup(true);
    service.update({ startAtLogin: true });
    service.update({ startAtLogin: false });
    expect(loginItem.applied).toEqual([true, false]);
  });

  it('does not touch the login item when startAtLogin is unchanged or absent', () => {
    const { service, loginItem } = setup(true);
    service.update({ startAtLogin: false });
    service.update({ theme: 'dark' });
    service.update({ startAtLogin: true });
    service.update({ startAtLogin: true, theme: 'light' });
    expect(loginItem.applied).toEqual([true]);
  });

  it('never calls the login item where it is not supported, but still stores the choice', () => {
    const { service, loginItem } = setup(false);
    expect(service.update({ startAtLogin: true }).startAtLogin).toBe(true);
    expect(loginItem.applied).toEqual([]);
  });
});
