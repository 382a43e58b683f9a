import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultCallHandling } from '../../shared/models/call-handling';
import { emptyTeam } from '../../shared/models/team';
import { callHandlingVariables } from './call-handling-variables';
import { teamVariables } from './team-variables';
import type { ProvisionTask } from '../../shared/models/twilio-setup';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../logging/logger';
import { provisionPhoneLine, type ProvisionedResources, type ProvisionInput } from './provision-phone-line';
import { removeDialtone } from './remove-dialtone';
import { TwilioRemovalError } from './twilio-problem';
import { loadRoutingFunctions, routingFunctionFiles, type RoutingFunction } from './routing-functions';
import { generateSipPassword } from './sip-password';
import { connectTwilio, type TwilioConnection } from './twilio-account-api';
import { TwilioProblemError } from './twilio-problem';
import { inEnglish, type Words } from '../../shared/text/words';

const previousVoiceUrl = 'https://demo.twilio.com/welcome/voice/';
const account = (n: number): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'c')}`,
  authToken: `${String(n).padStart(2, '0')}${'d'.repeat(30)}`,
  friendlyName: `Provision ${n}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: '+15125550100', voiceUrl: previousVoiceUrl }],
});
const accounts = Array.from({ length: 11 }, (_, index) => account(index + 1));

let double: TwilioDouble;
let functions: RoutingFunction[];
const logger = createMemoryLogger();
const sipPassword = generateSipPassword();

beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
  functions = await loadRoutingFunctions(join(import.meta.dirname, '..', '..', 'assets'));
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => {
  double.assertNoValidationErrors();
  const logged = JSON.stringify(logger.records);
  expect(logged).not.toContain(sipPassword);
  for (const who of accounts) expect(logged).not.toContain(who.authToken);
});

async function lineFor(who: DoubleAccount) {
  const api = connectTwilio({ accountSid: who.sid, username: who.sid, password: who.authToken }, double.endpoints, {
    logger,
    retry: { maxRetries: 3, maxRetryDelayMs: 50 },
  });
  const number = await api.findOwnedNumber('+15125550100');
  const input: ProvisionInput = {
    number: { sid: number!.sid, phoneNumber: number!.phoneNumber },
    sipPassword,
    functions,
    ringTimeoutSeconds: 25,
    voicemailGreeting: 'Please leave a message.',
    allowedCountries: ['US'],
    callHandling: defaultCallHandling,
    team: emptyTeam,
    greetingAssets: [],
  };
  return { api, input, number: number! };
}

async function provision(api: TwilioConnection, input: ProvisionInput, known: ProvisionedResources = {}) {
  const tasks: ProvisionTask[] = [];
  let latest: ProvisionedResources = known;
  try {
    const result = await provisionPhoneLine(api, input, known, (task, resources) => {
      tasks.push(task);
      latest = resources;
    });
    return { ...result, tasks, latest, error: null };
  } catch (error) {
    return { sipDomainName: null, sipUsername: null, resources: null, tasks, latest, error };
  }
}

/** What the double holds for one account: every count must stay 1 (2 mappings, 5 versions) across reruns. */
function holdings(who: DoubleAccount) {
  const state = double.state();
  const mine = <T extends { accountSid: string }>(items: T[]) => items.filter((item) => item.accountSid === who.sid);
  const services = mine(state.services);
  return {
    domains: mine(state.domains),
    lists: mine(state.credentialLists),
    credentials: mine(state.credentials),
    mappings: mine(state.mappings),
    services,
    functions: mine(state.functions),
    environments: mine(state.environments),
    variables: mine(state.variables),
    number: mine(state.numbers).find((n) => n.phoneNumber === '+15125550100'),
  };
}

function expectOneLine(who: DoubleAccount) {
  const held = holdings(who);
  expect(held.domains).toHaveLength(1);
  expect(held.lists).toHaveLength(1);
  expect(held.credentials).toHaveLength(1);
  expect(held.mappings.map((m) => m.kind).sort()).toEqual(['calls', 'registrations']);
  expect(held.services).toHaveLength(1);
  expect(held.services[0]!.includeCredentials).toBe(false);
  expect(held.functions).toHaveLength(routingFunctionFiles.length);
  expect(held.environments).toHaveLength(1);
  // The line's 4, greeting and countries, and one for each call handling and team variable (no duplicates).
  const choices = { ...callHandlingVariables(defaultCallHandling), ...teamVariables(emptyTeam) };
  expect(held.variables).toHaveLength(6 + Object.keys(choices).length);
  return held;
}

const variablesOf = (who: DoubleAccount) => Object.fromEntries(holdings(who).variables.map((v) => [v.key, v.value]));

const taskIds = ['sip-domain', 'credential-list', 'credential', 'auth-mappings', 'routing', 'number-routing'];

describe('provisionPhoneLine against the double', () => {
  it('makes a phone line on a fresh account, and reruns (with or without known sids) duplicate nothing', async () => {
    const who = accounts[0]!;
    const { api, input } = await lineFor(who);
    const before = double.requests().length;
    const first = await provision(api, input);
    expect(first.error).toBeNull();
    const freshRequests = double.requests().length - before;
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(`fresh provision: ${freshRequests} REST requests`);

    expect(first.tasks.map((t) => `${t.id}:${t.status}`)).toEqual(
      taskIds.flatMap((id) => [`${id}:running`, `${id}:done`]),
    );
    expect(first.sipDomainName).toMatch(/^dialtone-15125550100-[a-z0-9]{4}\.sip\.twilio\.com$/);
    expect(first.sipUsername).toBe('+15125550100');
    const resources = first.resources!;
    expect(resources).toMatchObject({ previousVoiceUrl, previousSmsUrl: null, sipDomainName: first.sipDomainName });
    expect(resources.routingBaseUrl).toMatch(/^https:\/\/dialtone-15125550100-\d+\.twil\.io$/);
    expect(first.latest).toEqual(resources);

    const held = expectOneLine(who);
    const base = resources.routingBaseUrl!;
    expect(held.domains[0]).toMatchObject({
      secure: true,
      sipRegistration: true,
      friendlyName: 'Dialtone +15125550100',
    });
    expect(held.domains[0]!.fields).toMatchObject({ voice_url: `${base}/outbound`, voice_method: 'POST' });
    expect(held.credentials[0]!.username).toBe('+15125550100');
    expect(held.services[0]).toMatchObject({
      uniqueName: 'dialtone-15125550100',
      friendlyName: 'Dialtone +15125550100',
    });
    expect(held.number!.fields).toMatchObject({
      voice_url: `${base}/inbound`,
      sms_url: `${base}/sms`,
      voice_method: 'POST',
    });
    const versions = double.state().functionVersions.filter((v) => v.accountSid === who.sid);
    expect(versions.map((v) => [v.path, v.visibility]).sort()).toEqual([
      ['/auto-reply', 'private'],
      ['/call-rules', 'private'],
      ['/dial-rules', 'private'],
      ...['/forward', '/inbound', '/menu', '/outbound', '/recording-notice', '/sms'].map((p) => [p, 'protected']),
      ['/team-rules', 'private'],
      ...['/transfer', '/voicemail', '/voicemail-saved'].map((p) => [p, 'protected']),
    ]);
    expect(Object.fromEntries(held.variables.map((v) => [v.key, v.value]))).toEqual({
      DIALTONE_NUMBER: '+15125550100',
      DIALTONE_SIP_DOMAIN: first.sipDomainName,
      DIALTONE_SIP_USER: '+15125550100',
      RING_TIMEOUT_SECONDS: '25',
      VOICEMAIL_GREETING: 'Please leave a message.',
      DIALTONE_ALLOWED_COUNTRIES: 'US',
      ...callHandlingVariables(defaultCallHandling),
      ...teamVariables(emptyTeam),
    });
    const built = double.state().builds.filter((b) => b.accountSid === who.sid);
    expect(built.map((b) => b.dependencies)).toEqual([[{ name: 'libphonenumber-js', version: '1.13.16' }]]);

    const rerunStart = double.requests().length;
    const second = await provision(api, input, resources);
    expect(second.error).toBeNull();
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(`rerun with known sids: ${double.requests().length - rerunStart} REST requests`);
    expect(second.resources).toEqual(resources);
    expect(second.tasks.find((t) => t.id === 'credential' && t.status === 'done')!.detail).toBe('Updated +15125550100');
    expectOneLine(who);
    // Same Functions and settings: the deployed routing is kept, no second build.
    const builds = (from: number) =>
      double
        .requests()
        .slice(from)
        .filter((r) => r.method === 'POST' && /\/Builds$/.test(r.path));
    expect(builds(rerunStart)).toEqual([]);
    expect(second.tasks.find((t) => t.id === 'routing' && t.status === 'done')!.detail).toMatch(/already deployed/);
    // A new greeting is only a variable; a new ring timeout needs a new build.
    const greetingStart = double.requests().length;
    const greeted = await provision(api, { ...input, voicemailGreeting: 'Leave a message, please.' }, resources);
    expect(greeted.error).toBeNull();
    expect(builds(greetingStart)).toEqual([]);
    expect(variablesOf(who).VOICEMAIL_GREETING).toBe('Leave a message, please.');
    const changedStart = double.requests().length;
    const changed = await provision(api, { ...input, ringTimeoutSeconds: 30 }, resources);
    expect(changed.error).toBeNull();
    expect(builds(changedStart)).toHaveLength(1);
    expect(variablesOf(who)).toMatchObject({
      RING_TIMEOUT_SECONDS: '30',
      VOICEMAIL_GREETING: 'Please leave a message.',
    });
    expectOneLine(who);

    const third = await provision(api, { ...input, sipPassword: generateSipPassword() }, {});
    expect(third.error).toBeNull();
    expect(third.sipDomainName).toBe(first.sipDomainName);
    expect(third.resources).toMatchObject({ ...resources, previousVoiceUrl: null, previousSmsUrl: null });
    expectOneLine(who);
  });

  it('resumes after a failure in the auth mappings without duplicates', async () => {
    const who = accounts[1]!;
    const { api, input } = await lineFor(who);
    double.failNext({
      method: 'POST',
      path: /Auth\/Registrations\/CredentialListMappings\.json$/,
      status: 500,
      code: 20500,
      message: 'Internal Server Error',
    });
    const failed = await provision(api, input);
    expect(failed.error).toBeInstanceOf(TwilioProblemError);
    expect(failed.tasks.at(-1)).toMatchObject({ id: 'auth-mappings', status: 'failed' });
    expect(failed.latest.credentialSid).toMatch(/^CR/);
    const again = await provision(api, input, failed.latest);
    expect(again.error).toBeNull();
    expectOneLine(who);
  });

  it('resumes after a failed deploy without duplicate services or functions', async () => {
    const who = accounts[2]!;
    const { api, input } = await lineFor(who);
    double.failNext({
      method: 'POST',
      path: /^\/v1\/Services\/ZS\w+\/Builds$/,
      status: 500,
      code: 20500,
      message: 'Internal Server Error',
    });
    const failed = await provision(api, input);
    expect(failed.tasks.at(-1)).toMatchObject({ id: 'routing', status: 'failed', detail: 'Internal Server Error' });
    expect((failed.error as TwilioProblemError).problem.code).toBe(20500);
    expect(failed.latest.serviceSid).toMatch(/^ZS/);
    const again = await provision(api, input, {});
    expect(again.error).toBeNull();
    expectOneLine(who);
  });

  it('retries a SIP domain creation refused with 20429', async () => {
    const who = accounts[3]!;
    const { api, input } = await lineFor(who);
    double.failNext({
      method: 'POST',
      path: /SIP\/Domains\.json$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
    });
    const result = await provision(api, input);
    expect(result.error).toBeNull();
    expectOneLine(who);
  });

  it('retries a Serverless POST refused with 20429, and says what a failed upload was', async () => {
    const who = accounts[7]!;
    const { api, input } = await lineFor(who);
    double.failNext({
      method: 'POST',
      path: /^\/v1\/Services\/ZS\w+\/Functions$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
      times: 2,
    });
    double.failNext({ method: 'POST', path: /\/Versions$/, status: 400, code: 20001, message: 'Invalid Content' });
    const failed = await provision(api, input);
    expect((failed.error as TwilioProblemError).problem).toMatchObject({ code: 20001, message: 'Invalid Content' });
    const again = await provision(api, input, failed.latest);
    expect(again.error).toBeNull();
    expectOneLine(who);
  });

  it('counts the requests of a whole first-run setup', async () => {
    const who = { ...accounts[8]!, ownedNumbers: [] };
    const api = connectTwilio({ accountSid: who.sid, username: who.sid, password: who.authToken }, double.endpoints, {
      logger,
    });
    const before = double.requests().length;
    await api.fetchAccount();
    const found = await api.searchNumbers({ country: 'US', type: 'local', areaCode: '415', voice: true, sms: true });
    const { number } = await api.buyNumber(found[0]!.phoneNumber);
    const input = {
      number,
      sipPassword,
      functions,
      ringTimeoutSeconds: 20,
      voicemailGreeting: '',
      allowedCountries: [],
      callHandling: defaultCallHandling,
      team: emptyTeam,
      greetingAssets: [],
    };
    const line = await provision(api, input);
    expect(line.error).toBeNull();
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(
      `fresh setup (account, balance, search, pricing, buy, provision): ${double.requests().length - before} REST requests`,
    );
  });

  it('picks another domain name when the first is taken', async () => {
    const who = accounts[4]!;
    const { api, input } = await lineFor(who);
    double.failNext({
      method: 'POST',
      path: /SIP\/Domains\.json$/,
      status: 400,
      code: 21232,
      message: 'The domain already exists',
    });
    const result = await provision(api, input);
    expect(result.error).toBeNull();
    expectOneLine(who);
  });
});

describe('removeDialtone against the double', () => {
  it('removes everything, restores the adopted number, and keeps it', async () => {
    const who = accounts[5]!;
    const { api, input, number } = await lineFor(who);
    // The number had a Voice URL and no SMS URL: removal restores the first and clears the second with ''.
    const line = await provision(api, input);
    expect(line.resources).toMatchObject({ previousVoiceUrl, previousSmsUrl: null });
    const removed = await removeDialtone(api, line.resources!, input.number, { releaseNumber: false });
    expect(removed.map(inEnglish)).toEqual([
      'Number +15125550100 routing restored',
      `SIP domain ${line.sipDomainName}`,
      'SIP credentials Dialtone +15125550100',
      'Routing service dialtone-15125550100',
    ]);
    const held = holdings(who);
    expect([held.domains, held.lists, held.credentials, held.mappings, held.services]).toEqual([[], [], [], [], []]);
    expect(held.number).toBeDefined();
    expect(held.number!.fields).toMatchObject({
      voice_url: previousVoiceUrl,
      sms_url: null,
    });
    expect(await removeDialtone(api, line.resources!, input.number, { releaseNumber: false })).toEqual([]);
    expect(number.sid).toBe(input.number.sid);
  });

  it('says what it already removed when it stops part way, and finishes on a rerun', async () => {
    const who = accounts[9]!;
    const { api, input, number } = await lineFor(who);
    await api.rest.incomingPhoneNumbers(number.sid).update({ smsUrl: 'https://example.com/sms-before' });
    const line = await provision(api, input);
    double.failNext({
      method: 'DELETE',
      path: /\/SIP\/CredentialLists\/CL\w+\.json$/,
      status: 500,
      code: 20500,
      message: 'Internal',
    });
    const failure = await removeDialtone(api, line.resources!, input.number, { releaseNumber: false }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(TwilioRemovalError);
    expect((failure as TwilioRemovalError<Words>).removed.map(inEnglish)).toEqual([
      'Number +15125550100 routing restored',
      `SIP domain ${line.sipDomainName}`,
    ]);
    expect((failure as TwilioRemovalError).problem.code).toBe(20500);
    expect((await removeDialtone(api, line.resources!, input.number, { releaseNumber: false })).map(inEnglish)).toEqual(
      ['SIP credentials Dialtone +15125550100', 'Routing service dialtone-15125550100'],
    );
  });

  it('finds everything by name and releases the number when asked', async () => {
    const who = accounts[6]!;
    const { api, input } = await lineFor(who);
    await provision(api, input);
    const removed = await removeDialtone(api, {}, input.number, { releaseNumber: true });
    expect(removed).toHaveLength(4);
    expect(removed.at(-1)).toEqual({ id: 'setup.removedNumberReleased', values: { phoneNumber: '+15125550100' } });
    const held = holdings(who);
    expect([held.domains, held.lists, held.credentials, held.mappings, held.services]).toEqual([[], [], [], [], []]);
    expect(held.number).toBeUndefined();
  });
});
