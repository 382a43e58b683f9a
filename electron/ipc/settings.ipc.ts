import type { HotkeyStatus } from '../../shared/models/hotkey-status';
import type { SettingsService } from '../services/settings-service';
import type { InvokeHandlers } from './contract-router';

export function settingsHandlers(
  settings: SettingsService,
  hotkeyStatus: () => HotkeyStatus,
): Pick<InvokeHandlers, 'settings:get' | 'settings:update' | 'settings:get-hotkey-status'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'settings:get-hotkey-status': () => hotkeyStatus(),
  };
}
