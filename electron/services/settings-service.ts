import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/models/settings';
import type { SettingsQueries } from '../db/queries/settings-queries';
import type { Logger } from '../logging/logger';
import type { EventBus } from './event-bus';

/** How the shell starts Dialtone at login; the browser shell cannot, and says so. */
export interface LoginItem {
  readonly supported: boolean;
  apply(startAtLogin: boolean): void;
}

export function createSettingsService(deps: {
  queries: SettingsQueries;
  events: EventBus;
  loginItem: LoginItem;
  logger: Logger;
}) {
  const { queries, events, loginItem, logger } = deps;

  /** A stored value that no longer validates falls back to its default instead of breaking start-up. */
  function read(): Settings {
    const stored = queries.readAll();
    const settings = { ...defaultSettings };
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      if (!stored.has(key)) continue;
      const candidate = { ...settings, [key]: stored.get(key) };
      if (settingsSchema.safeParse(candidate).success) Object.assign(settings, candidate);
      else logger.warn('Ignoring an invalid stored setting; using its default', { key });
    }
    return settings;
  }

  return {
    get: read,
    update(patch: SettingsPatch): Settings {
      const previous = read();
      // A key sent as undefined (structured clone keeps it) means "unchanged", not "store nothing".
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next = settingsSchema.parse({ ...previous, ...changes });
      queries.writeAll(changes);
      if (loginItem.supported && next.startAtLogin !== previous.startAtLogin) loginItem.apply(next.startAtLogin);
      events.emit('settings:changed', next);
      return next;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
