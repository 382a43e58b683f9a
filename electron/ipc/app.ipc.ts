import type { AppInfo } from '../../shared/models/app-info';
import type { RegistrationStatus } from '../services/registration-status';
import type { InvokeHandlers } from './contract-router';

export function appHandlers(
  info: AppInfo,
  registration: RegistrationStatus,
): Pick<InvokeHandlers, 'app:get-info' | 'registration:get'> {
  return {
    'app:get-info': () => info,
    'registration:get': () => registration.get(),
  };
}
