import type { AppUpdates } from '../updates/update-policy';
import type { InvokeHandlers } from './contract-router';

export function updateHandlers(updates: AppUpdates): Pick<InvokeHandlers, 'updates:get' | 'updates:restart'> {
  return {
    'updates:get': () => updates.get(),
    'updates:restart': () => (updates.restartToUpdate(), null),
  };
}
