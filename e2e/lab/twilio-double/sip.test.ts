// SIP provisioning against the double, as the wizard does it (Twilio's sip-quickstart sequence, FACTS §1).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type SipCredentialEvent, type TwilioDouble } from './index';
import { twilioClientFor } from './twilio-client-for-double';

let double: TwilioDouble;
const announced: SipCredentialEvent[] = [];
const client = () => twilioClientFor(double, defaultAccount.sid, defaultAccount.authToken);
const other = { ...defaultAccount, sid: 'AC0e4e0000000000000000000000000003', authToken: 'f'.repeat(32) };

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [defaultAccount, other], onSipCredential: (c) => announced.push(c) });
}, 40_000);
afterAll(() => double?.stop());

describe('Twilio double: SIP domain, credential list, mappings', () => {
  test('the quickstart sequence; onSipCredential fires once the registration mapping exists, and on a new password', async () => {
    const sip = client().sip;
    const domain = await sip.domains.create({ domainName: 'dialtone-ab12.sip.twilio.com', friendlyName: 'Dialtone' });
    expect(domain).toMatchObject({
      sid: expect.stringMatching(/^SD[0-9a-f]{32}$/),
      sipRegistration: false,
      secure: false,
    });
    await sip.domains(domain.sid).update({ voiceUrl: 'https://dialtone-1234.twil.io/sip-out', voiceMethod: 'POST' });
    const list = await sip.credentialLists.create({ friendlyName: 'Dialtone phones' });
    const credential = await sip
      .credentialLists(list.sid)
      .credentials.create({ username: '+15125550100', password: 'IWasAtSignal2018' });
    expect(credential).toMatchObject({ username: '+15125550100', credentialListSid: list.sid });
    expect(JSON.stringify(credential.toJSON())).not.toContain('IWasAtSignal2018');
    expect(announced).toEqual([]);

    const calls = await sip
      .domains(domain.sid)
      .auth.calls.credentialListMappings.create({ credentialListSid: list.sid });
    expect(calls.sid).toBe(list.sid);
    expect(announced).toEqual([]);
    await sip.domains(domain.sid).auth.registrations.credentialListMappings.create({ credentialListSid: list.sid });
    expect(announced).toEqual([
      { username: '+15125550100', password: 'IWasAtSignal2018', domainName: 'dialtone-ab12.sip.twilio.com' },
    ]);

    // Credentials added after the mapping are announced as well, and password changes.
    await sip.credentialLists(list.sid).credentials.create({ username: 'desk', password: 'An0therGoodOne' });
    await sip.credentialLists(list.sid).credentials(credential.sid).update({ password: 'N3wPasswordHere' });
    expect(announced.slice(1).map((c) => `${c.username}:${c.password}`)).toEqual([
      'desk:An0therGoodOne',
      '+15125550100:N3wPasswordHere',
    ]);

    const updated = await sip.domains(domain.sid).update({ sipRegistration: true, secure: true });
    expect(updated).toMatchObject({
      sipRegistration: true,
      secure: true,
      voiceUrl: 'https://dialtone-1234.twil.io/sip-out',
      authType: 'CREDENTIAL_LIST',
    });
    expect(await sip.domains(domain.sid).auth.registrations.credentialListMappings.list()).toHaveLength(1);
    expect(await sip.credentialLists(list.sid).credentials.list()).toHaveLength(2);
    expect(double.state().credentials.map((c) => c.username)).toEqual(['+15125550100', 'desk']);
    expect(double.state().mappings.map((m) => m.kind)).toEqual(['calls', 'registrations']);
    double.assertNoValidationErrors();
  });

  test('weak passwords, long usernames and taken domain names are refused with 400', async () => {
    const list = await client().sip.credentialLists.create({ friendlyName: 'rules' });
    for (const password of ['Short1A', 'alllowercase123', 'ALLUPPERCASE123', 'NoDigitsAtAllHere']) {
      await expect(
        client().sip.credentialLists(list.sid).credentials.create({ username: 'u', password }),
      ).rejects.toMatchObject({
        status: 400,
        message: expect.stringMatching(/12 characters.*digit.*mixed case/),
      });
    }
    await expect(
      client()
        .sip.credentialLists(list.sid)
        .credentials.create({ username: 'x'.repeat(33), password: 'IWasAtSignal2018' }),
    ).rejects.toMatchObject({ status: 400 });
    const asOther = twilioClientFor(double, other.sid, other.authToken);
    await expect(asOther.sip.domains.create({ domainName: 'dialtone-ab12.sip.twilio.com' })).rejects.toMatchObject({
      status: 400,
      code: 21232,
    });
    await expect(asOther.sip.domains.create({ domainName: 'dialtone.example.com' })).rejects.toMatchObject({
      status: 400,
    });
    await client().sip.credentialLists(list.sid).remove();
    double.assertNoValidationErrors();
  });

  test('a request that breaks the contract is refused by Prism with 422 and listed', async () => {
    const answered = double.requests().length;
    const response = await fetch(
      `${double.endpoints.api}/2010-04-01/Accounts/${defaultAccount.sid}/SIP/CredentialLists.json`,
      {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${defaultAccount.sid}:${defaultAccount.authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'Name=missing-friendly-name',
      },
    );
    expect(response.status).toBe(422);
    expect(double.validationErrors()).toEqual([
      expect.stringMatching(/POST .*CredentialLists\.json -> 422 .*required property 'FriendlyName'/),
    ]);
    expect(() => double.assertNoValidationErrors()).toThrow(/FriendlyName/);
    expect(double.requests()).toHaveLength(answered); // Prism refused it: the double never saw it
  });
});
