// deployProject from @twilio-labs/serverless-api against the double (Serverless v1 through Prism, uploads direct).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { serverlessClientFor } from './serverless-client-for-double';
import { twilioClientFor } from './twilio-client-for-double';

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble();
}, 40_000);
afterAll(() => double?.stop());

// sapi's DeployProjectConfig type asks for the credentials again (they are merged over the client's config).
const auth = { username: defaultAccount.sid, password: defaultAccount.authToken };
const functions = [
  {
    name: 'voice',
    path: '/voice',
    access: 'protected' as const,
    content: 'exports.handler = (c, e, cb) => cb(null, "v1");',
  },
  {
    name: 'sip-out',
    path: '/sip-out',
    access: 'protected' as const,
    content: Buffer.from('exports.handler = () => {};'),
  },
];

describe('Twilio double: Serverless deploy', () => {
  test('deployProject with two functions and variables, then again onto the same service', async () => {
    const sapi = serverlessClientFor(double, defaultAccount.sid, defaultAccount.authToken);
    const first = await sapi.deployProject({
      ...auth,
      serviceName: 'dialtone',
      functionsEnv: '',
      env: { SIP_DOMAIN: 'dialtone-ab12.sip.twilio.com', CALLER_ID: '+15125550100' },
      pkgJson: { dependencies: { twilio: '^5.0.0' } },
      functions,
      assets: [],
      runtime: 'node22',
      overrideExistingService: true,
    });
    expect(first).toMatchObject({
      serviceSid: expect.stringMatching(/^ZS/),
      environmentSid: expect.stringMatching(/^ZE/),
      buildSid: expect.stringMatching(/^ZB/),
      runtime: 'node22',
    });
    expect(first.domain).toMatch(/^dialtone-\d{4}\.twil\.io$/);
    const state = double.state();
    expect(state.functionVersions.map((v) => [v.path, v.visibility, v.content])).toEqual([
      ['/voice', 'protected', functions[0]!.content],
      ['/sip-out', 'protected', 'exports.handler = () => {};'],
    ]);
    expect(state.builds[0]).toMatchObject({ dependencies: [{ name: 'twilio', version: '^5.0.0' }], runtime: 'node22' });
    expect(state.environments[0]).toMatchObject({ buildSid: first.buildSid, domainName: first.domain });
    expect(state.variables.map((v) => [v.key, v.value])).toEqual([
      ['SIP_DOMAIN', 'dialtone-ab12.sip.twilio.com'],
      ['CALLER_ID', '+15125550100'],
    ]);

    const again = await sapi.deployProject({
      ...auth,
      serviceName: 'dialtone',
      functionsEnv: '',
      env: { SIP_DOMAIN: 'dialtone-ab12.sip.twilio.com', CALLER_ID: '+15125550199' },
      pkgJson: {},
      functions: [{ ...functions[0]!, content: 'exports.handler = (c, e, cb) => cb(null, "v2");' }, functions[1]!],
      assets: [],
      runtime: 'node22',
      overrideExistingService: true,
    });
    expect(again).toMatchObject({
      serviceSid: first.serviceSid,
      environmentSid: first.environmentSid,
      domain: first.domain,
    });
    const after = double.state();
    expect(after.services).toHaveLength(1);
    expect(after.functions).toHaveLength(2);
    expect(after.functionVersions.at(-2)?.content).toContain('"v2"');
    expect(after.environments[0]?.buildSid).toBe(again.buildSid);
    expect(after.variables.map((v) => [v.key, v.value])).toEqual([
      ['SIP_DOMAIN', 'dialtone-ab12.sip.twilio.com'],
      ['CALLER_ID', '+15125550199'],
    ]);

    const third = await sapi.deployProject({
      ...auth,
      serviceName: 'ignored-when-serviceSid-is-given',
      serviceSid: first.serviceSid,
      functionsEnv: '',
      env: {},
      pkgJson: {},
      functions,
      assets: [],
      overrideExistingService: true,
    });
    expect(third).toMatchObject({ serviceSid: first.serviceSid, serviceName: 'dialtone' });
    double.assertNoValidationErrors();
  }, 30_000);

  test('deployProject with assets: each build holds the versions given, the domain serves the public ones', async () => {
    const sapi = serverlessClientFor(double, defaultAccount.sid, defaultAccount.authToken);
    const audio = Buffer.from('RIFF0000WAVEfmt ');
    const deploy = (assets: { name: string; path: string; access: 'public' | 'private'; content: Buffer }[]) =>
      sapi.deployProject({
        ...auth,
        serviceName: 'with-assets',
        functionsEnv: '',
        env: {},
        pkgJson: {},
        functions,
        assets,
        runtime: 'node22',
        overrideExistingService: true,
      });
    const first = await deploy([
      { name: 'greeting.wav', path: '/greetings/ab.wav', access: 'public', content: audio },
      { name: 'notes.json', path: '/notes.json', access: 'private', content: Buffer.from('{}') },
    ]);
    const build = double.state().builds.find((b) => b.sid === first.buildSid);
    const versions = double.state().assetVersions.filter((v) => build?.assetVersions.includes(v.sid));
    expect(versions.map((v) => [v.path, v.visibility, v.size])).toEqual([
      ['/greetings/ab.wav', 'public', audio.length],
      ['/notes.json', 'private', 2],
    ]);
    const served = (path: string) => fetch(`${double.servedDomains}/${first.domain}${path}`);
    const greeting = await served('/greetings/ab.wav');
    expect(greeting.status).toBe(200);
    expect(greeting.headers.get('content-type')).toBe('audio/wave');
    expect(Buffer.from(await greeting.arrayBuffer())).toEqual(audio);
    expect((await served('/notes.json')).status).toBe(404);

    // A build without the asset no longer serves it.
    await deploy([]);
    expect((await served('/greetings/ab.wav')).status).toBe(404);
    double.assertNoValidationErrors();
  }, 30_000);

  test('twilio-node reads what was deployed; pricing is served', async () => {
    const client = twilioClientFor(double, defaultAccount.sid, defaultAccount.authToken);
    const [service] = await client.serverless.v1.services.list();
    expect(service).toMatchObject({ uniqueName: 'dialtone', includeCredentials: true });
    const environments = await client.serverless.v1.services(service!.sid).environments.list();
    expect(environments[0]?.domainName).toMatch(/\.twil\.io$/);
    const prices = await client.pricing.v1.phoneNumbers.countries('GB').fetch();
    expect(prices.phoneNumberPrices).toContainEqual(
      expect.objectContaining({ numberType: 'mobile', basePrice: '1.15' }),
    );
    double.assertNoValidationErrors();
  });
});
