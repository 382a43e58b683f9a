import type { DoubleAccount, TwilioDouble } from './index';
import { serverlessClientFor } from './serverless-client-for-double';

/**
 * Changes a routing variable the way someone in the Twilio Console would: behind Dialtone's back, through the
 * Serverless API (and Prism), with the account's own sign-in. Every environment of the account with that key.
 */
export async function changeVariableInConsole(
  double: Pick<TwilioDouble, 'endpoints' | 'state'>,
  account: Pick<DoubleAccount, 'sid' | 'authToken'>,
  key: string,
  value: string,
): Promise<void> {
  const client = serverlessClientFor(double, account.sid, account.authToken);
  const variables = double.state().variables.filter((v) => v.accountSid === account.sid && v.key === key);
  if (variables.length === 0) throw new Error(`The double has no variable ${key} for ${account.sid}`);
  for (const variable of variables) {
    await client.request(
      'post',
      `Services/${variable.serviceSid}/Environments/${variable.environmentSid}/Variables/${variable.sid}`,
      { form: { Key: key, Value: value } },
    );
  }
}
