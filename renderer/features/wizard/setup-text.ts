import type { IntlShape } from 'react-intl';
import type { TwilioAccountInfo, TwilioProblem } from '../../../shared/models/twilio-setup';
import { translatorOf, type Translate } from '../../i18n/message-values';
import { twilioAmount } from './number-text';

/** "Connected to Acme · Trial account · Balance $15.50". */
export function accountSummaryText(account: TwilioAccountInfo, intl: IntlShape): string {
  const t = translatorOf(intl);
  const parts = [t('wizard.accountConnectedTo', { name: account.friendlyName || account.sid })];
  if (account.isTrial !== null) parts.push(account.isTrial ? t('wizard.accountTrial') : t('wizard.accountPaid'));
  if (account.balance !== null) {
    parts.push(t('wizard.accountBalance', { amount: twilioAmount(intl, account.balance, account.currency) }));
  }
  return parts.join(' · ');
}

/** "Twilio error 21631", or null for a failure that was not Twilio's (the network, say). */
export function problemCodeText(problem: Pick<TwilioProblem, 'code'>, t: Translate): string | null {
  return problem.code === null ? null : t('wizard.problemCode', { code: String(problem.code) });
}
