import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { defaultCallHandling } from '../../shared/models/call-handling';
import { emptyTeam } from '../../shared/models/team';
import { greetingAssetPath } from '../../shared/models/greeting-recording';
import { provisionPhoneLine, updateRoutingChoices, type ProvisionInput } from './provision-phone-line';
import { loadRoutingFunctions, type RoutingFunction } from './routing-functions';
import { generateSipPassword } from './sip-password';
import { connectTwilio } from './twilio-account-api';

/*
 * Recorded greetings reach Twilio as public Assets of the routing, against the double behind Prism: a new or
 * removed recording builds and deploys again (every build carries every current asset), the variable points at
 * the asset, and the deployed domain serves it.
 */

const who: DoubleAccount = {
  sid: `AC${'7'.repeat(32)}`,
  authToken: 'c'.repeat(32),
  friendlyName: 'Recorded greetings',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: '+15125550100' }],
};

let double: TwilioDouble;
let functions: RoutingFunction[];

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [who] });
  functions = await loadRoutingFunctions(join(import.meta.dirname, '..', '..', 'assets'));
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => double.assertNoValidationErrors());

const busyId = 'b'.repeat(32);
const busyAudio = Buffer.from('RIFF....WAVE the busy greeting');
const variable = (key: string) => double.state().variables.find((v) => v.key === key)?.value;
const deployedAssets = () => {
  const state = double.state();
  const build = state.builds.find((b) => b.sid === state.environments[0]?.buildSid);
  return state.assetVersions.filter((v) => build?.assetVersions.includes(v.sid)).map((v) => [v.path, v.visibility]);
};

describe('recorded greetings as routing assets', () => {
  it('deploys a recording as a public asset, builds again only when the recordings change', async () => {
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
    expect(deployedAssets()).toEqual([]);
    expect(variable('DIALTONE_RECORDED_BUSY')).toBe('none');

    const recorded: ProvisionInput = {
      ...input,
      callHandling: {
        ...defaultCallHandling,
        greetingRecordings: { voicemail: null, afterHours: null, busy: busyId, menu: null },
      },
      greetingAssets: [{ path: greetingAssetPath(busyId), content: busyAudio }],
    };
    const withRecording = await updateRoutingChoices(api, recorded, resources, () => undefined);
    expect(double.state().builds).toHaveLength(2);
    expect(deployedAssets()).toEqual([[`/greetings/${busyId}.wav`, 'public']]);
    expect(variable('DIALTONE_RECORDED_BUSY')).toBe(`/greetings/${busyId}.wav`);
    const domain = double.state().environments[0]!.domainName;
    const served = await fetch(`${double.servedDomains}/${domain}/greetings/${busyId}.wav`);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(busyAudio);

    // Another choice alone: variables only, the asset stays.
    const quiet = { ...recorded, callHandling: { ...recorded.callHandling, doNotDisturb: true } };
    const afterQuiet = await updateRoutingChoices(api, quiet, withRecording, () => undefined);
    expect(double.state().builds).toHaveLength(2);
    expect(variable('DIALTONE_DO_NOT_DISTURB')).toBe('on');

    // The recording removed: a build without the asset.
    await updateRoutingChoices(
      api,
      {
        ...quiet,
        callHandling: { ...quiet.callHandling, greetingRecordings: input.callHandling.greetingRecordings },
        greetingAssets: [],
      },
      afterQuiet,
      () => undefined,
    );
    expect(double.state().builds).toHaveLength(3);
    expect(deployedAssets()).toEqual([]);
    expect(variable('DIALTONE_RECORDED_BUSY')).toBe('none');
  }, 60_000);
});
