import type { SettingsService } from '../services/settings-service';
import type { InvokeHandlers } from './contract-router';

export function settingsHandlers(settings: SettingsService): Pick<InvokeHandlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
