import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultCallHandling } from '../../shared/models/call-handling';
import { emptyTeam } from '../../shared/models/team';
import type { ProvisionTask } from '../../shared/models/twilio-setup';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { provisionPhoneLine, type ProvisionedResources, type ProvisionInput } from './provision-phone-line';
import { loadRoutingFunctions, type RoutingFunction } from './routing-functions';
import { generateSipPassword } from './sip-password';
import { connectTwilio } from './twilio-account-api';
import { TwilioProblemError } from './twilio-problem';

/*
 * Twilio's answers with the fields its OpenAPI description lets be null (or odd) set so, by the double
 * behind Prism, which checks that each such answer is still one Twilio may send. The setup must stop
 * with words before it builds on the value, and a rerun must finish without making anything twice.
 */

const owned = '+15125550100';
const account = (n: number, extra: Partial<DoubleAccount> = {}): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'e')}`,
  authToken: `${String(n).padStart(2, '0')}${'f'.repeat(30)}`,
  friendlyName: `Answers ${n}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: owned, voiceUrl: 'https://demo.twilio.com/welcome/voice/' }],
  ...extra,
});
const forSale = (phoneNumber: string) => ({
  availableNumbers: [{ phoneNumber, isoCountry: 'US', type: 'local' as const }],
});
const accounts = [
  account(1, { ownedNumbers: [], ...forSale('+16465550161') }),
  account(2, { ownedNumbers: [], ...forSale('+16465550162') }),
  account(3),
  account(4),
  account(5),
  account(6),
  account(7, {
    ownedNumbers: [],
    availableNumbers: [
      { phoneNumber: '+16465550171', isoCountry: 'US', type: 'local' },
      { phoneNumber: '+16465550172', isoCountry: 'US', type: 'local' },
    ],
  }),
];

let double: TwilioDouble;
let functions: RoutingFunction[];
const sipPassword = generateSipPassword();

beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
  functions = await loadRoutingFunctions(join(import.meta.dirname, '..', '..', 'assets'));
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => {
  // Every changed answer was still one Twilio's OpenAPI description allows.
  double.assertNoValidationErrors();
});

const connect = (who: DoubleAccount) =>
  connectTwilio({ accountSid: who.sid, username: who.sid, password: who.authToken }, double.endpoints, {
    retry: { maxRetries: 0, maxRetryDelayMs: 1 },
  });

const mine = <T extends { accountSid: string }>(who: DoubleAccount, items: T[]) =>
  items.filter((item) => item.accountSid === who.sid);

async function failure(work: Promise<unknown>): Promise<TwilioProblemError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TwilioProblemError);
  return error as TwilioProblemError;
}

/** The problem of an unusable answer: its English, and the words (`id`, `values`) the renderer translates. */
const stopped = (what: string, fields: string, where: string, id: string, values: object = {}) => {
  const keyAdvice = where.endsWith('(delete the unusable key there)');
  return {
    code: null,
    message: `Twilio’s answer about ${what} lacked something Dialtone needs (${fields})`,
    whatToDo: `Dialtone stopped before using it, so nothing was built on it. Try again in a few minutes: what was already made is found again, not made twice. If it keeps happening, check ${where} in the Twilio Console.`,
    moreInfo: null,
    messageWords: { id, values: { fields, ...values } },
    whatToDoWords: keyAdvice
      ? { id: 'setup.answerLackedKeyAdvice', values: { where: 'Account > API keys & tokens' } }
      : { id: 'setup.answerLackedAdvice', values: { where } },
  };
};

describe('buying a number', () => {
  it('finds the number it bought when the purchase answer has no phone_number', async () => {
    const who = accounts[0]!;
    double.corruptNext({ method: 'POST', path: /IncomingPhoneNumbers\.json$/, set: { phone_number: null } });
    const { number, purchased } = await connect(who).buyNumber('+16465550161');
    expect(number).toMatchObject({ phoneNumber: '+16465550161', sid: expect.stringMatching(/^PN/) });
    expect(purchased).toBe(true);
    expect(mine(who, double.state().purchases)).toHaveLength(1);
  });

  it('stops with words when neither the purchase nor the account’s list gives an E.164 number; a rerun buys nothing', async () => {
    const who = accounts[1]!;
    const api = connect(who);
    double.corruptNext({ method: 'POST', path: /IncomingPhoneNumbers\.json$/, set: { phone_number: '6465550162' } });
    // The lookup before the purchase (empty) and the one after it.
    double.corruptNext({
      method: 'GET',
      path: /IncomingPhoneNumbers\.json$/,
      list: 'incoming_phone_numbers',
      set: { phone_number: null },
      times: 2,
    });
    const problem = (await failure(api.buyNumber('+16465550162'))).problem;
    expect(problem).toEqual(
      stopped(
        'the number +16465550162 it just sold',
        'phone_number',
        'Phone Numbers > Manage > Active numbers',
        'setup.answerAboutSoldNumber',
        { phoneNumber: '+16465550162' },
      ),
    );
    expect(await api.listOwnedNumbers()).toEqual([
      expect.objectContaining({ phoneNumber: '+16465550162', sid: expect.stringMatching(/^PN/) }),
    ]);
    const again = await api.buyNumber('+16465550162');
    expect(again.number.phoneNumber).toBe('+16465550162');
    expect(mine(who, double.state().purchases)).toHaveLength(1);
  });

  it('leaves out numbers for sale without an E.164 number, and keeps those without a country', async () => {
    const who = accounts[6]!;
    double.corruptNext({
      method: 'GET',
      path: /AvailablePhoneNumbers\/US\/Local\.json$/,
      list: 'available_phone_numbers',
      set: { iso_country: null, friendly_name: null, capabilities: null, address_requirements: null },
    });
    const found = await connect(who).searchNumbers({ country: 'US', type: 'local', voice: false, sms: false });
    expect(found.map((number) => [number.phoneNumber, number.isoCountry, number.friendlyName])).toEqual([
      ['+16465550171', 'US', '+16465550171'],
      ['+16465550172', 'US', '+16465550172'],
    ]);
    expect(found[0]).toMatchObject({ addressRequirements: 'any', capabilities: { voice: false, sms: false } });
    double.corruptNext({
      method: 'GET',
      path: /AvailablePhoneNumbers\/US\/Local\.json$/,
      list: 'available_phone_numbers',
      set: { phone_number: null },
    });
    expect(await connect(who).searchNumbers({ country: 'US', type: 'local', voice: false, sms: false })).toEqual([]);
  });
});

describe('signing in', () => {
  it('stops with words on an account answer without a sid, and on an API key without its secret', async () => {
    const who = accounts[2]!;
    const api = connect(who);
    double.corruptNext({ method: 'GET', path: /^\/2010-04-01\/Accounts\/AC\w+\.json$/, set: { sid: null } });
    expect((await failure(api.fetchAccount())).problem).toEqual(
      stopped('your account', 'sid', 'Account > Account details', 'setup.answerAboutAccount'),
    );
    double.corruptNext({ method: 'POST', path: /\/Keys\.json$/, set: { secret: null } });
    expect((await failure(api.createApiKey('Dialtone test'))).problem).toEqual(
      stopped(
        'the API key it just made',
        'secret',
        'Account > API keys & tokens (delete the unusable key there)',
        'setup.answerAboutApiKey',
      ),
    );
  });
});

describe('provisioning a phone line', () => {
  async function provision(who: DoubleAccount, known: ProvisionedResources = {}) {
    const api = connect(who);
    const number = (await api.findOwnedNumber(owned))!;
    const input: ProvisionInput = {
      number: { sid: number.sid, phoneNumber: number.phoneNumber },
      sipPassword,
      functions,
      ringTimeoutSeconds: 25,
      voicemailGreeting: '',
      allowedCountries: ['US'],
      callHandling: defaultCallHandling,
      team: emptyTeam,
      greetingAssets: [],
    };
    const tasks: ProvisionTask[] = [];
    let latest = known;
    const error = await provisionPhoneLine(api, input, known, (task, resources) => {
      tasks.push(task);
      latest = resources;
    }).then(
      () => null,
      (caught: unknown) => caught,
    );
    return { error, tasks, latest };
  }

  const holdings = (who: DoubleAccount) => {
    const state = double.state();
    return {
      domains: mine(who, state.domains).length,
      lists: mine(who, state.credentialLists).length,
      credentials: mine(who, state.credentials).length,
      services: mine(who, state.services).length,
      environments: mine(who, state.environments).length,
      voiceUrl: mine(who, state.numbers)[0]!.fields.voice_url,
    };
  };

  it('stops at the SIP domain whose answer has no domain_name; the rerun uses that domain', async () => {
    const who = accounts[3]!;
    double.corruptNext({ method: 'POST', path: /\/SIP\/Domains\.json$/, set: { domain_name: null } });
    const first = await provision(who);
    const words = stopped(
      'Dialtone’s SIP domain',
      'domain_name',
      'Voice > Manage > SIP domains',
      'setup.answerAboutSipDomain',
    );
    expect((first.error as TwilioProblemError).problem).toEqual(words);
    expect(first.tasks.at(-1)).toEqual({
      id: 'sip-domain',
      status: 'failed',
      detail: words.message,
      detailWords: words.messageWords,
    });
    expect(first.latest.sipDomainName).toBeUndefined();
    expect(holdings(who)).toMatchObject({ domains: 1, lists: 0 });

    const again = await provision(who, first.latest);
    expect(again.error).toBeNull();
    expect(holdings(who)).toMatchObject({ domains: 1, lists: 1, credentials: 1, services: 1, environments: 1 });
  });

  it('never takes a listed domain of its own without a name for a missing one', async () => {
    const who = accounts[4]!;
    const first = await provision(who);
    expect(first.error).toBeNull();
    double.corruptNext({
      method: 'GET',
      path: /\/SIP\/Domains\.json$/,
      list: 'domains',
      set: { domain_name: null },
    });
    const again = await provision(who, {});
    expect((again.error as TwilioProblemError).problem.message).toMatch(/SIP domain lacked .*\(domain_name\)/);
    expect(holdings(who).domains).toBe(1);
  });

  it('stops before routing the number to https://null when the environment has no domain_name', async () => {
    const who = accounts[5]!;
    double.corruptNext({ method: 'POST', path: /\/Environments$/, set: { domain_name: null } });
    const first = await provision(who);
    const words = stopped(
      'Dialtone’s call routing',
      'domain',
      'Functions and Assets > Services',
      'setup.answerAboutRouting',
    );
    expect((first.error as TwilioProblemError).problem).toEqual(words);
    expect(first.tasks.at(-1)).toMatchObject({ id: 'routing', status: 'failed' });
    expect(first.latest.routingBaseUrl).toBeUndefined();
    expect(holdings(who).voiceUrl).toBe('https://demo.twilio.com/welcome/voice/');

    const again = await provision(who, first.latest);
    expect(again.error).toBeNull();
    expect(again.latest.routingBaseUrl).toMatch(/^https:\/\/dialtone-15125550100-\d+\.twil\.io$/);
    expect(holdings(who)).toMatchObject({
      services: 1,
      environments: 1,
      voiceUrl: `${again.latest.routingBaseUrl}/inbound`,
    });
  });
});
