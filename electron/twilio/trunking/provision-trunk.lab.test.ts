import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import { TwilioProblemError } from '../twilio-problem';
import { trunkInputSchema } from './trunk-input';
import {
  countRequests,
  officeNumber,
  previousVoiceUrl,
  provisionReported,
  trunkAccount,
  trunkHoldings,
  trunkLab,
} from './trunking-test-kit';

const accounts = Array.from({ length: 5 }, (_, index) => trunkAccount(index + 1));
const taskIds = ['trunk', 'origination', 'credentials', 'ip-access', 'termination-auth', 'number'];
let double: TwilioDouble;

beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
}, 60_000);
afterAll(() => double?.stop());
afterEach(() => double.assertNoValidationErrors());

const lab = (who: DoubleAccount) => trunkLab(double, who);

/** Exactly one of each thing a trunk needs, wired together as the PBX at 203.0.113.7:5061 (TLS) needs it. */
function expectOneTrunk(who: DoubleAccount) {
  const held = trunkHoldings(double, who);
  expect(held.trunks).toHaveLength(1);
  const trunk = held.trunks[0]!;
  expect(held.originationUrls).toEqual([
    expect.objectContaining({ trunkSid: trunk.sid, sipUrl: 'sip:203.0.113.7:5061;transport=tls', priority: 10 }),
  ]);
  expect(held.credentialLists.map((l) => l.friendlyName)).toEqual([`Dialtone PBX ${officeNumber}`]);
  expect(held.credentials.map((c) => c.username)).toEqual(['pbx15125550100']);
  expect(held.ipAccessControlLists.map((l) => l.friendlyName)).toEqual([`Dialtone PBX ${officeNumber}`]);
  expect(held.ipAddresses.map((a) => `${a.ipAddress}/${a.cidrPrefixLength}`)).toEqual(['203.0.113.7/32']);
  expect(held.trunkLinks.map((link) => `${link.kind}:${link.sid}`).sort()).toEqual([
    `credential-list:${held.credentialLists[0]!.sid}`,
    `ip-access-control-list:${held.ipAccessControlLists[0]!.sid}`,
  ]);
  expect(held.number.trunkSid).toBe(trunk.sid);
  return held;
}

describe('provisionTrunk against the double behind Prism', () => {
  it('makes the trunk and everything around it; reruns, with or without the known sids, make nothing new', async () => {
    const who = accounts[0]!;
    const { api, setup, logger } = await lab(who);
    const fresh = await countRequests(double, () => provisionReported(api, setup));
    expect(fresh.value.error).toBeNull();
    expect(fresh.value.tasks).toEqual(taskIds.flatMap((id) => [`${id}:running`, `${id}:done`]));
    const result = fresh.value.result!;
    expect(result.terminationDomain).toMatch(/^dialtone-15125550100-[a-z0-9]{4}\.pstn\.twilio\.com$/);
    expect(result).toMatchObject({ username: 'pbx15125550100', originationUrl: 'sip:203.0.113.7:5061;transport=tls' });
    const held = expectOneTrunk(who);
    expect(held.trunks[0]).toMatchObject({
      secure: true,
      friendlyName: 'Office PBX',
      domainName: result.terminationDomain,
    });
    expect(result.resources).toEqual({
      trunkSid: held.trunks[0]!.sid,
      trunkDomainName: result.terminationDomain,
      originationUrlSid: held.originationUrls[0]!.sid,
      credentialListSid: held.credentialLists[0]!.sid,
      credentialSid: held.credentials[0]!.sid,
      ipAccessControlListSid: held.ipAccessControlLists[0]!.sid,
      ipAddressSid: held.ipAddresses[0]!.sid,
      numberSid: held.number.sid,
      phoneNumber: officeNumber,
      previousVoiceUrl,
      previousSmsUrl: null,
      previousVoiceApplicationSid: null,
    });
    expect(fresh.value.latest).toEqual(result.resources);
    expect(held.number.fields.voice_url).toBe(previousVoiceUrl); // ignored while on the trunk, kept for after
    expect([fresh.total, fresh.creates]).toEqual([13, 9]);

    const rerun = await countRequests(double, () => provisionReported(api, setup, result.resources));
    expect(rerun.value.result?.resources).toEqual(result.resources);
    expect([rerun.total, rerun.creates]).toEqual([10, 0]);
    const lost = await countRequests(double, () => provisionReported(api, setup, {}));
    expect(lost.value.result?.resources).toEqual(result.resources);
    expect([lost.total, lost.creates]).toEqual([10, 0]);
    // The same things, none added: the credential's password was set again, the rest untouched.
    const sids = (holdings: typeof held) =>
      Object.values(holdings)
        .flat()
        .map((item) => item.sid);
    expect(sids(trunkHoldings(double, who))).toEqual(sids(held));
    expect(trunkHoldings(double, who).trunks).toEqual(held.trunks);
    expect(JSON.stringify(logger.records)).not.toContain(setup.password);
  });

  it('a failure part way stops with words; the rerun finishes it without duplicates', async () => {
    const who = accounts[1]!;
    const { api, setup } = await lab(who);
    double.failNext({
      method: 'POST',
      path: /^\/v1\/Trunks\/TK\w+\/IpAccessControlLists$/,
      status: 500,
      code: 20500,
      message: 'Internal Server Error',
    });
    const failed = await provisionReported(api, setup);
    expect(failed.error).toBeInstanceOf(TwilioProblemError);
    expect(failed.tasks.slice(-2)).toEqual(['termination-auth:running', 'termination-auth:failed']);
    expect(failed.latest.ipAccessControlListSid).toMatch(/^AL/);
    expect(trunkHoldings(double, who).number.trunkSid).toBeNull();

    const again = await provisionReported(api, setup, failed.latest);
    expect(again.error).toBeNull();
    expectOneTrunk(who);
  });

  it('a termination domain someone else holds (21248) is retried under another name', async () => {
    const who = accounts[2]!;
    const { api, setup } = await lab(who);
    double.failNext({
      method: 'POST',
      path: /^\/v1\/Trunks$/,
      status: 400,
      code: 21248,
      message: 'Trunk Domain already taken',
    });
    const run = await provisionReported(api, setup);
    expect(run.error).toBeNull();
    expectOneTrunk(who);
  });

  it('a PBX that moved (host name, another source address, no TLS) is followed by a rerun, nothing duplicated', async () => {
    const who = accounts[3]!;
    const { api, setup } = await lab(who);
    const first = await provisionReported(api, setup);
    const moved = trunkInputSchema.parse({
      ...setup.input,
      pbxAddress: 'PBX.Example.com',
      port: undefined,
      secure: false,
      sourceAddress: '198.51.100.20',
    });
    const again = await provisionReported(api, { ...setup, input: moved }, first.result!.resources);
    expect(again.error).toBeNull();
    const held = trunkHoldings(double, who);
    expect(held.trunks.map((t) => t.secure)).toEqual([false]);
    expect(held.originationUrls.map((o) => o.sipUrl)).toEqual(['sip:pbx.example.com']);
    expect(held.ipAddresses.map((a) => a.ipAddress)).toEqual(['198.51.100.20']);
    expect([held.credentialLists, held.credentials, held.ipAccessControlLists]).toEqual([
      [expect.anything()],
      [expect.anything()],
      [expect.anything()],
    ]);
  });

  it('an unusable answer about the trunk stops the setup before anything is built on it', async () => {
    const who = accounts[4]!;
    const { api, setup } = await lab(who);
    double.corruptNext({ method: 'POST', path: /^\/v1\/Trunks$/, set: { domain_name: null } });
    const run = await provisionReported(api, setup);
    expect(run.error).toBeInstanceOf(TwilioProblemError);
    expect((run.error as TwilioProblemError).problem.message).toMatch(/SIP trunk.*domain_name/);
    expect(run.tasks).toEqual(['trunk:running', 'trunk:failed']);
    expect(trunkHoldings(double, who).originationUrls).toEqual([]);
  });
});
