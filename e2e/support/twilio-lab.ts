import { startBaresip, type LabBaresip } from '../lab/baresip';
import { startKamailio, type LabKamailio } from '../lab/kamailio';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../lab/twilio-double';
import { twilioDoubleEnvName } from '../browser-shell/twilio-double-env';
import { farEndTone } from './call-lab';

/** A phone somewhere on the public network, as far as the test call is concerned. */
export const bobNumber = '+15125550177';

export interface TwilioLab {
  double: TwilioDouble;
  kamailio: LabKamailio;
  /** Registered as bobNumber on the lab registrar: the test call's far end. */
  bob: LabBaresip;
  /** What the browser shell needs to use the double and register at the lab Kamailio. */
  shellEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * The Twilio cloud as far as e2e can reach it: the REST test double behind Prism, which writes the SIP
 * credentials the setup creates into the lab Kamailio (standing in for the SIP domain, any
 * *.sip.twilio.com accepted), and baresip bob, who answers the test call.
 */
export async function startTwilioLab(accounts: DoubleAccount[]): Promise<TwilioLab> {
  const kamailio = await startKamailio({ extraDomainPattern: '\\.sip\\.twilio\\.com$' });
  const stops: Array<() => Promise<void>> = [() => kamailio.stop()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    kamailio.addUser(bobNumber, 'bob-secret-Password1');
    const double = await startTwilioDouble({
      accounts,
      onSipCredential: ({ username, password }) => kamailio.addUser(username, password),
    });
    stops.push(() => double.stop());
    const bob = await startBaresip({
      name: 'bob',
      kamailio,
      user: bobNumber,
      password: 'bob-secret-Password1',
      transport: 'tcp',
      tone: { frequency: farEndTone },
      // The Twilio line is Secure: SDES-SRTP end to end here, as Twilio would insist.
      srtp: 'mandatory',
    });
    stops.push(() => bob.stop());
    await bob.waitForRegistered();
    // Not Lookup: Dialtone never calls it itself (only the routing Functions do, in the twilio-run tests).
    const { api, serverless, serverlessUpload, pricing, trunking } = double.endpoints;
    const shellEnv = {
      [twilioDoubleEnvName]: JSON.stringify({
        endpoints: { api, serverless, serverlessUpload, pricing, trunking },
        sipProxyOverride: { host: `127.0.0.1:${kamailio.tlsPort}`, trustedCaPem: kamailio.caCertPem },
      }),
    };
    return { double, kamailio, bob, shellEnv, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
