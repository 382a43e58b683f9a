import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import type { ProvisionTask } from '../../shared/models/twilio-setup';
import { provisionPhoneLine, updateAllowedCountries, type ProvisionInput } from './provision-phone-line';
import { loadRoutingFunctions, type RoutingFunction } from './routing-functions';
import { generateSipPassword } from './sip-password';
import { connectTwilio } from './twilio-account-api';

/*
 * Changing the countries a phone line may call, against the double behind Prism: a variable on the
 * deployed routing when it is current, the routing deployed again when Dialtone's Functions changed.
 */

const account = (n: number): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'a')}`,
  authToken: `${String(n).padStart(2, '0')}${'b'.repeat(30)}`,
  friendlyName: `Countries ${n}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: '+15125550100' }],
});
const accounts = [account(1), account(2)];

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
    voicemailGreeting: '',
    allowedCountries: ['US'],
  };
  const { resources } = await provisionPhoneLine(api, input, {}, () => undefined);
  return { api, input, resources };
}

const variable = (who: DoubleAccount) =>
  double
    .state()
    .variables.filter((v) => v.accountSid === who.sid && v.key === 'DIALTONE_ALLOWED_COUNTRIES')
    .map((v) => v.value);
const builds = (who: DoubleAccount) => double.state().builds.filter((b) => b.accountSid === who.sid).length;

describe('updateAllowedCountries', () => {
  it('changes only the variable of a current routing: no build, no deployment, three requests', async () => {
    const who = accounts[0]!;
    const { api, input, resources } = await provisioned(who);
    expect(variable(who)).toEqual(['US']);
    const tasks: ProvisionTask[] = [];
    const before = double.requests().length;

    const after = await updateAllowedCountries(
      api,
      { ...input, allowedCountries: ['US', 'CA', 'GB'] },
      resources,
      (task) => void tasks.push(task),
    );
    const requests = double.requests().slice(before);
    // eslint-disable-next-line no-console -- the request count is reported to the lead
    console.log(`allowed countries changed: ${requests.length} REST requests`);
    expect(requests.map((r) => `${r.method} ${r.path.replace(/[A-Z]{2}[0-9a-f]{32}/g, '…')}`)).toEqual([
      'GET /v1/Services/…',
      'GET /v1/Services/…/Environments/…/Variables',
      'POST /v1/Services/…/Environments/…/Variables/…',
    ]);
    expect(variable(who)).toEqual(['US,CA,GB']);
    expect(after).toEqual(resources);
    expect(tasks).toEqual([]);
    expect(builds(who)).toBe(1);

    await updateAllowedCountries(api, { ...input, allowedCountries: [] }, resources, () => undefined);
    expect(variable(who)).toEqual(['none']);
  });

  it('deploys the routing again when Dialtone’s Functions changed since, with the new countries', async () => {
    const who = accounts[1]!;
    const { api, input, resources } = await provisioned(who);
    const updated = functions.map((fn) =>
      fn.name === 'outbound' ? { ...fn, content: Buffer.concat([fn.content, Buffer.from('\n// v2\n')]) } : fn,
    );
    const tasks: ProvisionTask[] = [];
    const after = await updateAllowedCountries(
      api,
      { ...input, functions: updated, allowedCountries: ['US', 'MX'] },
      resources,
      (task) => void tasks.push(task),
    );
    expect(builds(who)).toBe(2);
    expect(variable(who)).toEqual(['US,MX']);
    expect(after.routingFingerprint).not.toBe(resources.routingFingerprint);
    expect(after.routingBaseUrl).toBe(resources.routingBaseUrl);
    expect(tasks.filter((task) => task.status === 'done').map((task) => task.id)).toContain('routing');
    const versions = double.state().functionVersions.filter((v) => v.accountSid === who.sid && v.path === '/outbound');
    expect(versions.at(-1)!.content).toMatch(/\/\/ v2/);
  });
});
