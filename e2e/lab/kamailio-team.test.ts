// The lab Kamailio standing in for a team's SIP domain: an extension reaches its user (as the routing Functions map
// extensions at Twilio), and a user on several phones is rung on all of them; the first to answer takes the call
// and the others are cancelled with RFC 3326's "answered elsewhere", which Dialtone's phones tell from a missed call.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SipCall } from '../../electron/sip/engine/sip-call';
import { labAccount, startLabPhone, waitFor } from '../../electron/sip/engine/sip-phone-test-kit';
import { startKamailio, type LabKamailio } from './kamailio';

type LabPhone = Awaited<ReturnType<typeof startLabPhone>>;

let kamailio: LabKamailio;
const phones: LabPhone[] = [];
/** The caller in both tests. */
let ada: LabPhone;

async function phone(user: string): Promise<LabPhone> {
  const started = await startLabPhone(
    labAccount({ user, password: `${user}-secret`, domain: kamailio.domain, port: kamailio.tcpPort, transport: 'tcp' }),
  );
  phones.push(started);
  expect(started.phone.initial).toMatchObject({ status: 'registered' });
  return started;
}

const ringing = (lab: LabPhone, index: number) => waitFor(() => lab.incoming[index], 10_000, 'the call to ring');
const ended = (call: SipCall) => waitFor(() => call.state.state === 'ended' || undefined, 10_000, 'the call to end');

beforeAll(async () => {
  kamailio = await startKamailio({
    users: ['ada', 'sam', 'kim'].map((user) => ({ user, password: `${user}-secret` })),
  });
  ada = await phone('ada');
}, 30_000);
afterAll(async () => {
  for (const lab of phones) await lab.phone.stop();
  await kamailio?.stop();
});

describe('Kamailio as a team’s SIP domain', () => {
  test('an extension rings its user; aliases can be replaced while Kamailio runs', async () => {
    const kim = await phone('kim');
    kamailio.setAliases({ '101': 'kim' });
    const call = ada.phone.dial(`sip:101@${kamailio.domain}`);
    await call.dial();
    const arrived = await ringing(kim, 0);
    expect(arrived.state.remoteNumber).toBe('ada');
    await arrived.decline(603);
    await ended(call);
    expect(call.state.endReason).toBe('declined');

    kamailio.setAliases({ '102': 'kim' });
    const gone = ada.phone.dial(`sip:101@${kamailio.domain}`);
    await gone.dial();
    await ended(gone);
    expect(gone.state.endReason).toBe('not-found');
  }, 30_000);

  test('a user on two phones: both ring, the first to answer takes the call, the other ends as answered elsewhere', async () => {
    const samHere = await phone('sam');
    const samThere = await phone('sam');
    const call = ada.phone.dial(`sip:sam@${kamailio.domain}`);
    await call.dial();
    const [here, there] = await Promise.all([ringing(samHere, 0), ringing(samThere, 0)]);
    await Promise.all([here.ring(), there.ring()]);
    await here.answer();
    await waitFor(() => call.state.state === 'connected' || undefined, 10_000, 'the caller to connect');
    await ended(there);
    expect(there.state).toMatchObject({ endReason: 'answered-elsewhere', answeredAt: null });
    expect(here.state.state).toBe('connected');
    await call.hangUp();
    await ended(here);
    expect(here.state.endReason).toBe('remote-hung-up');
  }, 30_000);
});
