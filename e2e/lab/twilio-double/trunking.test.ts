// Elastic SIP Trunking against the double behind Prism, with the IP access control lists trunks authenticate with.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { twilioClientFor } from './twilio-client-for-double';

let double: TwilioDouble;
const other = { ...defaultAccount, sid: 'AC0e4e0000000000000000000000000004', authToken: 'e'.repeat(32) };
const owner = { ...defaultAccount, ownedNumbers: [{ phoneNumber: '+15125550142', voiceUrl: 'https://example.com/v' }] };
const client = () => twilioClientFor(double, owner.sid, owner.authToken);
const numberSid = () => double.state().numbers.find((n) => n.phoneNumber === '+15125550142')!.sid;

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [owner, other] });
}, 60_000);
afterAll(() => double?.stop());

describe('Twilio double: Elastic SIP Trunking', () => {
  test('a trunk with origination, both kinds of termination authentication and a number; deleting it undoes them', async () => {
    const { trunking, sip } = client();
    const trunk = await trunking.v1.trunks.create({
      friendlyName: 'Office PBX',
      domainName: 'office-4821.pstn.twilio.com',
      secure: true,
    });
    expect(trunk).toMatchObject({
      sid: expect.stringMatching(/^TK[0-9a-f]{32}$/),
      domainName: 'office-4821.pstn.twilio.com',
      secure: true,
      transferMode: 'disable-all',
      authTypeSet: [],
    });
    const origination = await trunking.v1.trunks(trunk.sid).originationUrls.create({
      sipUrl: 'sip:203.0.113.7:5061;transport=tls',
      priority: 10,
      weight: 10,
      enabled: true,
      friendlyName: 'Office PBX',
    });
    expect(origination).toMatchObject({ trunkSid: trunk.sid, priority: 10, weight: 10, enabled: true });

    const credentials = await sip.credentialLists.create({ friendlyName: 'Office PBX' });
    const acl = await sip.ipAccessControlLists.create({ friendlyName: 'Office PBX' });
    const address = await sip
      .ipAccessControlLists(acl.sid)
      .ipAddresses.create({ friendlyName: 'PBX', ipAddress: '203.0.113.7' });
    expect(address).toMatchObject({ ipAddress: '203.0.113.7', cidrPrefixLength: 32, ipAccessControlListSid: acl.sid });
    await trunking.v1.trunks(trunk.sid).credentialsLists.create({ credentialListSid: credentials.sid });
    await trunking.v1.trunks(trunk.sid).ipAccessControlLists.create({ ipAccessControlListSid: acl.sid });
    const associated = await trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: numberSid() });
    expect(associated).toMatchObject({ sid: numberSid(), trunkSid: trunk.sid, phoneNumber: '+15125550142' });

    expect((await trunking.v1.trunks(trunk.sid).fetch()).authTypeSet).toEqual(['CREDENTIAL_LIST', 'IP_ACL']);
    expect(await trunking.v1.trunks(trunk.sid).credentialsLists.list()).toEqual([
      expect.objectContaining({ sid: credentials.sid, friendlyName: 'Office PBX' }),
    ]);
    expect(await trunking.v1.trunks(trunk.sid).ipAccessControlLists.list()).toHaveLength(1);
    expect(await trunking.v1.trunks(trunk.sid).originationUrls.list()).toHaveLength(1);
    expect(await trunking.v1.trunks(trunk.sid).phoneNumbers.list()).toHaveLength(1);
    expect(await trunking.v1.trunks.list()).toEqual([expect.objectContaining({ sid: trunk.sid })]);
    const number = await client().incomingPhoneNumbers(numberSid()).fetch();
    expect(number).toMatchObject({ trunkSid: trunk.sid, voiceUrl: 'https://example.com/v' });

    await trunking.v1.trunks(trunk.sid).remove();
    expect((await client().incomingPhoneNumbers(numberSid()).fetch()).trunkSid).toBeNull();
    const state = double.state();
    expect([state.trunks, state.originationUrls, state.trunkLinks]).toEqual([[], [], []]);
    expect(state.ipAccessControlLists).toHaveLength(1); // the lists are the account's, not the trunk's
    await expect(trunking.v1.trunks(trunk.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    await sip.ipAccessControlLists(acl.sid).remove();
    await sip.credentialLists(credentials.sid).remove();
    expect(double.state().ipAddresses).toEqual([]);
    double.assertNoValidationErrors();
  });

  test('disassociating a number takes it off the trunk; a voice application takes it off too', async () => {
    const { trunking } = client();
    const trunk = await trunking.v1.trunks.create({ friendlyName: 'links' });
    await trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: numberSid() });
    await expect(
      trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: numberSid() }),
    ).rejects.toMatchObject({ status: 400 });
    await trunking.v1.trunks(trunk.sid).phoneNumbers(numberSid()).remove();
    expect(double.state().numbers.find((n) => n.sid === numberSid())!.trunkSid).toBeNull();
    await expect(trunking.v1.trunks(trunk.sid).phoneNumbers(numberSid()).remove()).rejects.toMatchObject({
      status: 404,
    });

    await trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: numberSid() });
    const app = `AP${'a'.repeat(32)}`;
    const updated = await client().incomingPhoneNumbers(numberSid()).update({ voiceApplicationSid: app });
    expect(updated).toMatchObject({ trunkSid: null, voiceApplicationSid: app });
    await trunking.v1.trunks(trunk.sid).phoneNumbers.create({ phoneNumberSid: numberSid() });
    expect(double.state().numbers.find((n) => n.sid === numberSid())!.fields.voice_application_sid).toBeNull();
    await trunking.v1.trunks(trunk.sid).remove();
    double.assertNoValidationErrors();
  });

  test('termination domains are unique across accounts (21248); bad names, URLs, weights and addresses get 400', async () => {
    const { trunking, sip } = client();
    const trunk = await trunking.v1.trunks.create({ domainName: 'taken-77.pstn.twilio.com' });
    const asOther = twilioClientFor(double, other.sid, other.authToken);
    await expect(asOther.trunking.v1.trunks.create({ domainName: 'TAKEN-77.pstn.twilio.com' })).rejects.toMatchObject({
      status: 400,
      code: 21248,
    });
    await expect(asOther.trunking.v1.trunks(trunk.sid).fetch()).rejects.toMatchObject({ status: 404 });
    await expect(trunking.v1.trunks.create({ domainName: 'office.sip.twilio.com' })).rejects.toMatchObject({
      status: 400,
    });
    const origination = { priority: 0, weight: 1, enabled: true, friendlyName: 'x' };
    await expect(
      trunking.v1.trunks(trunk.sid).originationUrls.create({ ...origination, sipUrl: 'https://pbx.example.com' }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      trunking.v1
        .trunks(trunk.sid)
        .originationUrls.create({ ...origination, weight: 0, sipUrl: 'sip:pbx.example.com' }),
    ).rejects.toMatchObject({ status: 400 });
    const acl = await sip.ipAccessControlLists.create({ friendlyName: 'rules' });
    await expect(
      sip.ipAccessControlLists(acl.sid).ipAddresses.create({ friendlyName: 'x', ipAddress: 'pbx.example.com' }),
    ).rejects.toMatchObject({ status: 400 });
    await sip.ipAccessControlLists(acl.sid).remove();
    await trunking.v1.trunks(trunk.sid).remove();
    double.assertNoValidationErrors();
  });

  test('a trunking request that breaks the contract is refused by Prism with 422 and listed', async () => {
    const answered = double.requests().length;
    const trunk = await client().trunking.v1.trunks.create({ friendlyName: 'contract' });
    const response = await fetch(`${double.endpoints.trunking}/v1/Trunks/${trunk.sid}/OriginationUrls`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${owner.sid}:${owner.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'SipUrl=sip%3Apbx.example.com&Weight=1&Priority=1&Enabled=true',
    });
    expect(response.status).toBe(422);
    expect(double.validationErrors()).toEqual([
      expect.stringMatching(/POST .*OriginationUrls -> 422 .*required property 'FriendlyName'/),
    ]);
    expect(() => double.assertNoValidationErrors()).toThrow(/FriendlyName/);
    expect(double.requests()).toHaveLength(answered + 1); // the trunk's creation only: Prism refused the other
  });
});
