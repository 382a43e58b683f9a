import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import { inEnglish, words } from '../../../shared/text/words';
import { TwilioRemovalError } from '../twilio-problem';
import { removeTrunk } from './remove-trunk';
import {
  countRequests,
  officeNumber,
  previousVoiceUrl,
  provisionReported,
  trunkAccount,
  trunkHoldings,
  trunkLab,
} from './trunking-test-kit';

const accounts = Array.from({ length: 4 }, (_, index) => trunkAccount(index + 11));
let double: TwilioDouble;

beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
}, 60_000);
afterAll(() => double?.stop());
afterEach(() => double.assertNoValidationErrors());

async function provisioned(who: DoubleAccount) {
  const lab = await trunkLab(double, who);
  const run = await provisionReported(lab.api, lab.setup);
  expect(run.error).toBeNull();
  return { ...lab, resources: run.result!.resources };
}

function expectNothingLeft(who: DoubleAccount) {
  const { number, ...held } = trunkHoldings(double, who);
  expect(held).toEqual({
    trunks: [],
    originationUrls: [],
    credentialLists: [],
    credentials: [],
    ipAccessControlLists: [],
    ipAddresses: [],
    trunkLinks: [],
  });
  expect(number.trunkSid).toBeNull();
  expect(number.fields.voice_url).toBe(previousVoiceUrl);
  return number;
}

describe('removeTrunk against the double behind Prism', () => {
  it('deletes everything provisionTrunk made and gives the number back; a second removal finds nothing to do', async () => {
    const who = accounts[0]!;
    const { api, resources } = await provisioned(who);
    const removal = await countRequests(double, () => removeTrunk(api, resources));
    expect(removal.value).toEqual([
      words('office.removedNumberOffTrunk', { number: officeNumber }),
      words('office.removedTrunk', { domain: resources.trunkDomainName! }),
      words('office.removedCredentials', { name: `Dialtone PBX ${officeNumber}` }),
      words('office.removedAddresses', { name: `Dialtone PBX ${officeNumber}` }),
    ]);
    expect(removal.total).toBe(8);
    expectNothingLeft(who);

    const again = await countRequests(double, () => removeTrunk(api, resources));
    expect(again.value).toEqual([]);
    expect(again.total).toBe(7);
    expectNothingLeft(who);
  });

  it('gives back the voice application Twilio deleted when the number joined the trunk', async () => {
    const who = accounts[1]!;
    const lab = await trunkLab(double, who);
    const application = `AP${'b'.repeat(32)}`;
    await lab.api.rest.incomingPhoneNumbers(lab.number.sid).update({ voiceApplicationSid: application });
    const run = await provisionReported(lab.api, lab.setup);
    expect(run.result?.resources.previousVoiceApplicationSid).toBe(application);
    expect(trunkHoldings(double, who).number.fields.voice_application_sid).toBeNull();

    expect((await removeTrunk(lab.api, run.result!.resources)).map(inEnglish)).toContain(
      `Number ${officeNumber} off the trunk, routing restored`,
    );
    expect(expectNothingLeft(who).fields.voice_application_sid).toBe(application);
  });

  it('with the sids lost, finds what to remove by name from the number alone', async () => {
    const who = accounts[2]!;
    const { api, resources } = await provisioned(who);
    const removed = await removeTrunk(api, { numberSid: resources.numberSid, phoneNumber: officeNumber });
    expect(removed).toHaveLength(4);
    expectNothingLeft(who);
  });

  it('a removal stopped part way says what is already gone; running it again finishes', async () => {
    const who = accounts[3]!;
    const { api, resources } = await provisioned(who);
    double.failNext({
      method: 'DELETE',
      path: /\/SIP\/CredentialLists\/CL\w+\.json$/,
      status: 500,
      code: 20500,
      message: 'Internal Server Error',
    });
    const stopped = await removeTrunk(api, resources).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(TwilioRemovalError);
    expect((stopped as TwilioRemovalError).removed).toEqual([
      `Number ${officeNumber} off the trunk`,
      `SIP trunk ${resources.trunkDomainName}`,
    ]);
    expect(await removeTrunk(api, resources)).toEqual([
      words('office.removedCredentials', { name: `Dialtone PBX ${officeNumber}` }),
      words('office.removedAddresses', { name: `Dialtone PBX ${officeNumber}` }),
    ]);
    expectNothingLeft(who);
  });
});
