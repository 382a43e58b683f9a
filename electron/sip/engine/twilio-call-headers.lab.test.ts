import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBaresip, type LabBaresip } from '../../../e2e/lab/baresip';
import { startKamailio, type LabKamailio } from '../../../e2e/lab/kamailio';
import { labAccount, startLabPhone, waitFor } from './sip-phone-test-kit';

/*
 * The inbound Function's X- headers over a real connection: Kamailio stands in for Twilio and adds
 * them to bob's INVITEs (baresip cannot send its own), Dialtone's phone reads them on a Twilio line.
 */

const callSid = `CA${'0123456789abcdef'.repeat(2)}`;

describe('an INVITE through Kamailio with the headers Twilio adds', () => {
  let kamailio: LabKamailio;
  let bob: LabBaresip;
  let alice: Awaited<ReturnType<typeof startLabPhone>>;
  beforeAll(async () => {
    kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'bob', password: 'bob-secret' },
      ],
      inviteHeadersByCaller: {
        bob: ['X-Dialtone-Verstat: TN-Validation-Passed-A', `X-Dialtone-Call-Sid: ${callSid}`],
      },
    });
    bob = await startBaresip({
      name: 'bob',
      kamailio,
      user: 'bob',
      password: 'bob-secret',
      transport: 'tcp',
      tone: { frequency: 1000 },
    });
    await bob.waitForRegistered();
    const account = labAccount({
      user: 'alice',
      password: 'alice-secret',
      domain: kamailio.domain,
      port: kamailio.tlsPort,
      transport: 'tls',
      caCertPem: kamailio.caCertPem,
    });
    alice = await startLabPhone({ ...account, provider: 'twilio' });
  }, 30_000);
  afterAll(async () => {
    await alice?.phone.stop().catch(() => undefined);
    await bob?.stop();
    await kamailio?.stop();
  });

  it('rings as a verified caller, with the CallSid kept on the call', async () => {
    await bob.ctrl.dial(`sip:alice@${kamailio.domain}`);
    const call = await waitFor(() => alice.incoming[0], 10_000, 'the INVITE to arrive');
    expect(call.state).toMatchObject({ direction: 'incoming', remoteNumber: 'bob', callerVerified: true });
    expect(call.twilioCallSid).toBe(callSid);
    await call.decline(603);
    await bob.waitForEvent((event) => event.type === 'CALL_CLOSED');
  }, 30_000);
});
