import type { AccountSummary } from '../../../shared/models/account';
import type { RegistrationState } from '../../../shared/models/registration';
import type { Translate } from '../../i18n/message-values';
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
  t: Translate,
): RegistrationDescription {
  if (!account.enabled) return { text: t('accounts.lineOff'), tone: 'neutral' };
  if (!account.hasPassword) return { text: t('accounts.lineNoPassword'), tone: 'error' };
  if (registration === null) return describeUnknownRegistration(loadError, t);
  // Saved a moment ago: main has not picked the account up yet.
  if (registration.status === 'no-account') return { text: t('accounts.lineConnecting'), tone: 'progress' };
  if (registration.accountId !== account.id) return { text: t('accounts.lineNotInUse'), tone: 'neutral' };
  return describeRegistration(registration, t);
}
