import type { AvailableNumber, NumberSearch, OwnedNumber, TwilioAccountInfo } from '../../shared/models/twilio-setup';
import { createLogger, type Logger } from '../logging/logger';
import type { TwilioEndpoints } from './endpoints';
import { buyNumber, findOwnedNumber, listOwnedNumbers } from './owned-numbers';
import { searchNumbers } from './number-search';
import { createStepRunner, type ProvisioningApi } from './provisioning-api';
import { createRestClient, defaultRetry, type RetryPolicy, type TwilioRestClient } from './rest-client';
import { createServerlessClient } from './serverless-client';
import type { TwilioCredentials } from './twilio-credentials';
import { accountAnswer, apiKeyAnswer, checkAnswer } from './twilio-answers';

export interface TwilioAccountApi {
  /** The account, and its balance from Balance.json (null when Twilio will not tell these credentials). */
  fetchAccount(): Promise<Omit<TwilioAccountInfo, 'credential'>>;
  createApiKey(friendlyName: string): Promise<{ sid: string; secret: string }>;
  listOwnedNumbers(): Promise<OwnedNumber[]>;
  findOwnedNumber(phoneNumber: string): Promise<OwnedNumber | null>;
  /** Numbers for sale with their monthly price (null if Twilio's pricing could not say). */
  searchNumbers(search: NumberSearch): Promise<AvailableNumber[]>;
  /** Buys the number; if it is already on the account (an earlier purchase whose answer was lost), returns it instead of buying again. */
  buyNumber(phoneNumber: string): Promise<{ number: OwnedNumber; purchased: boolean }>;
}

/** One signed-in connection: the wizard's account calls, and what provisionPhoneLine / removeDialtone need. */
export type TwilioConnection = TwilioAccountApi & ProvisioningApi;

export interface ConnectOptions {
  logger?: Logger;
  retry?: RetryPolicy;
  /** Per request; defaultRequestTimeoutMs unless a test waits less. */
  timeoutMs?: number;
}

const silent = createLogger(() => undefined);

async function balanceOf(rest: TwilioRestClient, accountSid: string, logger: Logger) {
  try {
    const { balance, currency } = await rest.api.v2010.accounts(accountSid).balance.fetch();
    const text = (value: unknown, max: number) => (typeof value === 'string' && value ? value.slice(0, max) : null);
    return { balance: text(balance, 32), currency: text(currency, 8) };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    // Subaccounts' API keys and restricted keys may not read the balance: that is no reason to fail.
    if (typeof status !== 'number') throw error;
    logger.info('balance unavailable', { status });
    return { balance: null, currency: null };
  }
}

/**
 * The Account resource; a Standard API key may not read it (twilio.com/docs/iam/api-keys), so with a
 * key that is refused the sign-in is proven on the phone numbers instead and the name and trial are unknown.
 */
async function accountOf(rest: TwilioRestClient, credentials: TwilioCredentials) {
  const { accountSid } = credentials;
  try {
    const account = checkAnswer(accountAnswer, await rest.api.v2010.accounts(accountSid).fetch(), {
      what: 'your account',
      where: 'Account > Account details',
    });
    return {
      sid: account.sid,
      friendlyName: (account.friendlyName ?? account.sid).slice(0, 200),
      isTrial: account.type === 'Trial',
    };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (!credentials.username.startsWith('SK') || status !== 403) throw error;
    await rest.api.v2010.accounts(accountSid).incomingPhoneNumbers.page({ pageSize: 1 });
    return { sid: accountSid, friendlyName: accountSid, isTrial: null };
  }
}

export function connectTwilio(
  credentials: TwilioCredentials,
  endpoints: TwilioEndpoints,
  options: ConnectOptions = {},
): TwilioConnection {
  const logger = (options.logger ?? silent).child('twilio');
  const retry = options.retry ?? defaultRetry;
  const rest = createRestClient(credentials, endpoints, retry, options.timeoutMs);
  const serverless = createServerlessClient(credentials, endpoints, retry, options.timeoutMs);
  const step = createStepRunner(logger, [credentials.password]);
  const { accountSid } = credentials;

  return {
    rest,
    serverless,
    logger,
    step,
    fetchAccount: () =>
      step('fetch-account', async () => {
        const [account, balance] = await Promise.all([
          accountOf(rest, credentials),
          balanceOf(rest, accountSid, logger),
        ]);
        return { ...account, ...balance };
      }),
    createApiKey: (friendlyName) =>
      step('create-api-key', async () => {
        const key = await rest.newKeys.create({ friendlyName: friendlyName.slice(0, 64) });
        const { sid, secret } = checkAnswer(apiKeyAnswer, key, {
          what: 'the API key it just made',
          where: 'Account > API keys & tokens',
        });
        return { sid, secret };
      }),
    listOwnedNumbers: () => step('list-numbers', () => listOwnedNumbers(rest)),
    findOwnedNumber: (phoneNumber) => step('find-number', () => findOwnedNumber(rest, phoneNumber)),
    searchNumbers: (search) => step('search-numbers', () => searchNumbers(rest, search, logger)),
    buyNumber: (phoneNumber) =>
      step('buy-number', async () => {
        const result = await buyNumber(rest, phoneNumber);
        logger.info('number ready', { purchased: result.purchased });
        return result;
      }),
  };
}
