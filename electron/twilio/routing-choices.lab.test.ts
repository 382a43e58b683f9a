import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { startTwilioRun } from '../../e2e/lab/twilio-run/twilio-run';
import { el, phoneCall, twiml } from '../../e2e/lab/twilio-run/twilio-run-test-kit';
import { defaultCallHandling } from '../../shared/models/call-handling';
import { emptyTeam } from '../../shared/models/team';
import type { ProvisionTask } from '../../shared/models/twilio-setup';
import { provisionPhoneLine, updateRoutingChoices, type ProvisionInput } from './provision-phone-line';
import { loadRoutingFunctions, type RoutingFunction } from './routing-functions';
import { generateSipPassword } from './sip-password';
import { connectTwilio } from './twilio-account-api';
import { TwilioProblemError } from './twilio-problem';

/*
 * Changing what a phone line's routing holds for the person (the countries it may call, the voicemail
 * greeting, do not disturb and blocked callers), against the double behind Prism: variables on the deployed routing when it is current, the
 * routing deployed again when Dialtone's Functions changed.
 */

const account = (n: number): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'a')}`,
  authToken: `${String(n).padStart(2, '0')}${'b'.repeat(30)}`,
  friendlyName: `Routing choices ${n}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: '+15125550100' }],
});
const accounts = [account(1), account(2), account(3), account(4), account(5)];

let double: TwilioDouble;
let functions: RoutingFunction[];

beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
  functions = await loadRoutingFunctions(join(import.meta.dirname, '..', '..', 'assets'));
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => double.assertNoValidationErrors());

async function provisioned(who: DoubleAccount) {
  const api = connectTwilio({ accountSid: who.sid, username: who.sid, password: who.authToken }, double.endpoints);
  const number = (await api.findOwnedNumber('+15125550100'))!;
  const input: ProvisionInput = {
    number: { sid: number.sid, phoneNumber: number.phoneNumber },
    sipPassword: generateSipPassword(),
    functions,
    ringTimeoutSeconds: 25,
    voicemailGreeting: 'Please leave a message.',
    allowedCountries: ['US'],
    callHandling: defaultCallHandling,
    team: emptyTeam,
    greetingAssets: [],
  };
  const { resources } = await provisionPhoneLine(api, input, {}, () => undefined);
  return { api, input, resources };
}

const variables = (who: DoubleAccount) =>
  Object.fromEntries(
    double
      .state()
      .variables.filter((v) => v.accountSid === who.sid)
      .map((v) => [v.key, v.value]),
  );
const builds = (who: DoubleAccount) => double.state().builds.filter((b) => b.accountSid === who.sid).length;
const requestsSince = (start: number) =>
  double
    .requests()
    .slice(start)
    .map((r) => `${r.method} ${r.path.replace(/[A-Z]{2}[0-9a-f]{32}/g, '…')}`);
const variableChange = [
  'GET /v1/Services/…',
  'GET /v1/Services/…/Environments/…/Variables',
  'POST /v1/Services/…/Environments/…/Variables/…',
];

describe('updateRoutingChoices', () => {
  it('changes only the countries variable of a current routing: no build, no deployment, three requests', async () => {
    const who = accounts[0]!;
    const { api, input, resources } = await provisioned(who);
    expect(variables(who).DIALTONE_ALLOWED_COUNTRIES).toBe('US');
    const tasks: ProvisionTask[] = [];
    const before = double.requests().length;

    const after = await updateRoutingChoices(
      api,
      { ...input, allowedCountries: ['US', 'CA', 'GB'] },
      resources,
      (task) => void tasks.push(task),
    );
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(`allowed countries changed: ${double.requests().length - before} REST requests`);
    expect(requestsSince(before)).toEqual(variableChange);
    expect(variables(who)).toMatchObject({
      DIALTONE_ALLOWED_COUNTRIES: 'US,CA,GB',
      VOICEMAIL_GREETING: 'Please leave a message.',
    });
    expect(after).toEqual(resources);
    expect(tasks).toEqual([]);
    expect(builds(who)).toBe(1);

    await updateRoutingChoices(api, { ...input, allowedCountries: [] }, resources, () => undefined);
    expect(variables(who).DIALTONE_ALLOWED_COUNTRIES).toBe('none');
  });

  it('changes the greeting as a variable, which the voicemail Function then speaks', async () => {
    const who = accounts[1]!;
    const { api, input, resources } = await provisioned(who);
    const greeting = 'Hi, this is Sam. I can’t take your call: leave a message & I’ll call you back.';
    const before = double.requests().length;

    const after = await updateRoutingChoices(api, { ...input, voicemailGreeting: greeting }, resources, () => {
      throw new Error('no provisioning task should run');
    });
    expect(requestsSince(before)).toEqual(variableChange);
    expect(variables(who)).toMatchObject({ VOICEMAIL_GREETING: greeting, DIALTONE_ALLOWED_COUNTRIES: 'US' });
    expect(after).toEqual(resources);
    expect(builds(who)).toBe(1);

    // The Functions, served by twilio-run with the variables the double now holds, greet with the new words.
    const functionsRun = await startTwilioRun({ env: variables(who) });
    try {
      const noAnswer = phoneCall({ CallStatus: 'in-progress', DialCallStatus: 'no-answer' });
      const answer = twiml(await functionsRun.post('/voicemail', noAnswer));
      expect(answer.children[0]).toEqual(el('Say', {}, greeting));
    } finally {
      await functionsRun.stop();
    }
  }, 60_000);

  it('refuses a greeting Twilio cannot keep before sending anything', async () => {
    const who = accounts[1]!;
    const { api, input, resources } = await provisioned(who);
    const before = double.requests().length;
    const tooLong = 'Leave a message. '.repeat(27);
    const refused = updateRoutingChoices(api, { ...input, voicemailGreeting: tooLong }, resources, () => undefined);
    await expect(refused).rejects.toBeInstanceOf(TwilioProblemError);
    await expect(refused).rejects.toMatchObject({ problem: { whatToDo: /Shorten the greeting/ } });
    expect(requestsSince(before).filter((r) => r.startsWith('POST'))).toEqual([]);
    expect(variables(who).VOICEMAIL_GREETING).toBe('Please leave a message.');
  });

  it('switches do not disturb with one variable, and blocks 100 callers across the variables, which /inbound then follows', async () => {
    const who = accounts[3]!;
    const { api, input, resources } = await provisioned(who);
    expect(variables(who)).toMatchObject({ DIALTONE_DO_NOT_DISTURB: 'off', DIALTONE_BLOCKED_1: 'none' });

    const before = double.requests().length;
    const quiet = { ...input, callHandling: { ...defaultCallHandling, doNotDisturb: true } };
    await updateRoutingChoices(api, quiet, resources, () => {
      throw new Error('no provisioning task should run');
    });
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(`do not disturb switched: ${double.requests().length - before} REST requests`);
    expect(requestsSince(before)).toEqual(variableChange);
    expect(builds(who)).toBe(1);

    const blockedCallers = [
      ...Array.from({ length: 98 }, (_, n) => `+4477009${String(n).padStart(5, '0')}`),
      '+1900*',
      'withheld',
    ];
    const blocking = {
      ...quiet,
      callHandling: { ...quiet.callHandling, blockedCallersHear: 'busy' as const, blockedCallers },
    };
    await updateRoutingChoices(api, blocking, resources, () => undefined);
    const held = variables(who);
    const blockedHeld = Object.keys(held).filter((key) => /^DIALTONE_BLOCKED_\d$/.test(key) && held[key] !== 'none');
    expect(blockedHeld.sort()).toEqual([
      'DIALTONE_BLOCKED_1',
      'DIALTONE_BLOCKED_2',
      'DIALTONE_BLOCKED_3',
      'DIALTONE_BLOCKED_4',
    ]);
    const functionsRun = await startTwilioRun({ env: held });
    try {
      const call = (from: string) => functionsRun.post('/inbound', phoneCall({ From: from }));
      expect(twiml(await call('+447700900097'))).toEqual(el('Response', {}, el('Reject', { reason: 'busy' })));
      expect(twiml(await call('Anonymous'))).toEqual(el('Response', {}, el('Reject', { reason: 'busy' })));
      expect(twiml(await call('+447700900123'))).toEqual(
        el('Response', {}, el('Redirect', { method: 'POST' }, '/voicemail')),
      );
    } finally {
      await functionsRun.stop();
    }

    await updateRoutingChoices(api, input, resources, () => undefined);
    expect(variables(who)).toMatchObject({
      DIALTONE_DO_NOT_DISTURB: 'off',
      DIALTONE_BLOCKED_1: 'none',
      DIALTONE_BLOCKED_4: 'none',
    });
  }, 60_000);

  it('gives the Functions the account’s credentials only while the auto-reply is on, deploying the same build again', async () => {
    const who = accounts[4]!;
    const { api, input, resources } = await provisioned(who);
    const service = () => double.state().services.find((s) => s.accountSid === who.sid)!;
    const deployments = () => double.state().deployments.filter((d) => d.accountSid === who.sid);
    expect(service().includeCredentials).toBe(false);
    const firstBuild = deployments().at(-1)!.buildSid;
    const autoReply = (enabled: boolean, text: string) => ({
      ...input,
      callHandling: { ...defaultCallHandling, autoReply: { enabled, text } },
    });
    const noTask = () => {
      throw new Error('no provisioning task should run');
    };

    let before = double.requests().length;
    await updateRoutingChoices(api, autoReply(true, 'Sorry I missed you'), resources, noTask);
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(`auto-reply turned on: ${double.requests().length - before} REST requests`);
    expect(requestsSince(before)).toEqual([
      ...variableChange,
      'POST /v1/Services/…',
      'GET /v1/Services/…/Environments/…',
      'POST /v1/Services/…/Environments/…/Deployments',
    ]);
    expect(service().includeCredentials).toBe(true);
    expect(variables(who).DIALTONE_AUTO_REPLY).toBe('Sorry I missed you');
    expect(deployments().map((d) => d.buildSid)).toEqual([firstBuild, firstBuild]);
    expect(builds(who)).toBe(1);

    before = double.requests().length;
    await updateRoutingChoices(api, autoReply(true, 'Back soon'), resources, noTask);
    expect(requestsSince(before)).toEqual(variableChange);

    await updateRoutingChoices(api, autoReply(false, 'Back soon'), resources, noTask);
    expect(service().includeCredentials).toBe(false);
    expect(variables(who).DIALTONE_AUTO_REPLY).toBe('none');
    expect(deployments()).toHaveLength(3);
  });

  it('deploys the routing again when Dialtone’s Functions changed since, with the new choices', async () => {
    const who = accounts[2]!;
    const { api, input, resources } = await provisioned(who);
    const updated = functions.map((fn) =>
      fn.name === 'outbound' ? { ...fn, content: Buffer.concat([fn.content, Buffer.from('\n// v2\n')]) } : fn,
    );
    const tasks: ProvisionTask[] = [];
    const after = await updateRoutingChoices(
      api,
      { ...input, functions: updated, allowedCountries: ['US', 'MX'], voicemailGreeting: 'New words.' },
      resources,
      (task) => void tasks.push(task),
    );
    expect(builds(who)).toBe(2);
    expect(variables(who)).toMatchObject({ DIALTONE_ALLOWED_COUNTRIES: 'US,MX', VOICEMAIL_GREETING: 'New words.' });
    expect(after.routingFingerprint).not.toBe(resources.routingFingerprint);
    expect(after.routingBaseUrl).toBe(resources.routingBaseUrl);
    expect(tasks.filter((task) => task.status === 'done').map((task) => task.id)).toContain('routing');
    const versions = double.state().functionVersions.filter((v) => v.accountSid === who.sid && v.path === '/outbound');
    expect(versions.at(-1)!.content).toMatch(/\/\/ v2/);
  });
});
