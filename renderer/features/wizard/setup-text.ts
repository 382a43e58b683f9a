import type { TwilioAccountInfo, TwilioProblem } from '../../../shared/models/twilio-setup';

/** "Connected to Acme · Trial account · Balance 15.50 USD". */
export function accountSummaryText(account: TwilioAccountInfo): string {
  const parts = [`Connected to ${account.friendlyName || account.sid}`];
  if (account.isTrial !== null) parts.push(account.isTrial ? 'Trial account' : 'Paid account');
  if (account.balance !== null) {
    parts.push(`Balance ${account.balance}${account.currency ? ` ${account.currency}` : ''}`);
  }
  return parts.join(' · ');
}

/** "Twilio error 21631", or null for a failure that was not Twilio's (the network, say). */
export function problemCodeText(problem: Pick<TwilioProblem, 'code'>): string | null {
  return problem.code === null ? null : `Twilio error ${problem.code}`;
}
