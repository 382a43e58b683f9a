// The lab Kamailio serving Twilio-style SIP domains on 127.0.0.1, fed by the Twilio double: the credential the
// wizard creates through the API is the one the phone then registers with, as against Twilio.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SipAccount } from '../../electron/sip/engine/sip-account';
import { startLabPhone, waitFor } from '../../electron/sip/engine/sip-phone-test-kit';
import { startKamailio, type LabKamailio } from './kamailio';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './twilio-double/index';
import { twilioClientFor } from './twilio-double/twilio-client-for-double';

const domainName = 'dialtone-ab12.sip.twilio.com';
let kamailio: LabKamailio;
let double: TwilioDouble;

function account(user: string, password: string): SipAccount {
  return {
    id: `twilio-${user}`,
    password,
    provider: 'twilio',
    sipAddress: `${user}@${domainName}`,
    authUsername: user,
    registrar: domainName,
    outboundProxy: `127.0.0.1:${kamailio.tcpPort}`,
    transport: 'tcp',
    srtp: 'off',
    displayName: user,
    stunServer: null,
  };
}

beforeAll(async () => {
  kamailio = await startKamailio({ extraDomainPattern: '\\.sip\\.twilio\\.com$' });
  double = await startTwilioDouble({
    onSipCredential: ({ username, password }) => kamailio.addUser(username, password),
  });
}, 40_000);
afterAll(async () => {
  await double?.stop();
  await kamailio?.stop();
});

describe('Kamailio with Twilio-style domains', () => {
  test('a credential created through the double registers as +15125550100 at the SIP domain; a wrong password does not', async () => {
    const sip = twilioClientFor(double, defaultAccount.sid, defaultAccount.authToken).sip;
    const domain = await sip.domains.create({ domainName, sipRegistration: true });
    const list = await sip.credentialLists.create({ friendlyName: 'Dialtone' });
    await sip.domains(domain.sid).auth.registrations.credentialListMappings.create({ credentialListSid: list.sid });
    await sip.credentialLists(list.sid).credentials.create({ username: '+15125550100', password: 'IWasAtSignal2018' });

    const lab = await startLabPhone(account('+15125550100', 'IWasAtSignal2018'));
    expect(lab.phone.initial).toMatchObject({ status: 'registered' });
    const registeredAtDomain = /REGISTER ok sip:\+15125550100@dialtone-ab12\.sip\.twilio\.com /;
    await waitFor(() => registeredAtDomain.test(kamailio.logs()), 5_000, 'REGISTER ok in the Kamailio log');
    await lab.phone.stop();

    const wrong = await startLabPhone(account('+15125550100', 'NotThePassw0rd'));
    expect(wrong.phone.initial).toMatchObject({ status: 'failed', reason: 'bad-credentials' });
    await wrong.phone.stop();
    double.assertNoValidationErrors();
  });
});
