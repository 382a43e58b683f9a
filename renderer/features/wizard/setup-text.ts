import type { TwilioAccountInfo, TwilioEdge, TwilioProblem } from '../../../shared/models/twilio-setup';

/*
 * Words for the setup state. The edge list is local, not twilioEdges from shared/models, so zod
 * stays out of the bundle; setup-text.test.ts checks that both agree.
 */
export const edgeOptions: readonly { value: TwilioEdge; label: string }[] = [
  { value: 'ashburn', label: 'Ashburn (US East)' },
  { value: 'umatilla', label: 'Umatilla (US West)' },
  { value: 'dublin', label: 'Dublin (Ireland)' },
  { value: 'frankfurt', label: 'Frankfurt (Germany)' },
  { value: 'singapore', label: 'Singapore' },
  { value: 'tokyo', label: 'Tokyo (Japan)' },
  { value: 'sydney', label: 'Sydney (Australia)' },
  { value: 'sao-paulo', label: 'São Paulo (Brazil)' },
];

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
