import type { AccountSummary } from '../../../shared/models/account';
import type { RegistrationState } from '../../../shared/models/registration';
import {
  describeRegistration,
  describeUnknownRegistration,
  type RegistrationDescription,
} from '../shell/describe-registration';

/**
 * The line state shown beside one account. Main registers the first enabled account that has a
 * password; the registration state names the account it is about.
 */
export function describeAccountLine(
  account: Pick<AccountSummary, 'id' | 'enabled' | 'hasPassword'>,
  registration: RegistrationState | null,
  loadError: string | null,
): RegistrationDescription {
  if (!account.enabled) return { text: 'Turned off', tone: 'neutral' };
  if (!account.hasPassword) {
    return { text: 'Not connected: no password is saved. Use Edit to enter it.', tone: 'error' };
  }
  if (registration === null) return describeUnknownRegistration(loadError);
  // Saved a moment ago: main has not picked the account up yet.
  if (registration.status === 'no-account') return { text: 'Connecting…', tone: 'progress' };
  if (registration.accountId !== account.id) {
    return { text: 'Not in use: another account is the phone line', tone: 'neutral' };
  }
  return describeRegistration(registration);
}
