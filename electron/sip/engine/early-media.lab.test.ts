import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBaresip, type LabBaresip } from '../../../e2e/lab/baresip';
import { startKamailio, type LabKamailio } from '../../../e2e/lab/kamailio';
import { labAccount, startLabPhone, waitFor } from './sip-phone-test-kit';

describe('early media', () => {
  let kamailio: LabKamailio;
  let announcer: LabBaresip;
  beforeAll(async () => {
    kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'announcer', password: 'announcer-secret' },
      ],
    });
    announcer = await startBaresip({
      name: 'announcer',
      kamailio,
      user: 'announcer',
      password: 'announcer-secret',
      transport: 'tcp',
      tone: { frequency: 800 },
      answerMode: 'early',
    });
    await announcer.waitForRegistered();
  }, 30_000);
  afterAll(async () => {
    await announcer.stop();
    await kamailio.stop();
  });

  // baresip 1.0 answers "early" with a 183 and SDP but sends no RTP before 200 OK, so this checks the
  // signalling and negotiation of early media; the audio path is the same port as after answer.
  it('negotiates media on a 183 before answer, keeps ringing, then cancels cleanly', async () => {
    const lab = await startLabPhone(
      labAccount({
        user: 'alice',
        password: 'alice-secret',
        domain: kamailio.domain,
        port: kamailio.tcpPort,
        transport: 'tcp',
      }),
    );
    const call = lab.phone.dial(announcer.sipUri);
    await call.dial();
    await waitFor(() => call.state.earlyMedia || undefined, 5000, 'early media');
    expect(call.state.state).toBe('ringing');
    const media = (await call.media())!;
    expect(media.direction).toBe('sendrecv');
    expect((await call.audioPort())?.codec).toBe('PCMU');
    await call.hangUp();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
    expect(call.state.endReason).toBe('cancelled');
    expect(call.state.answeredAt).toBeNull();
    await lab.phone.stop();
  }, 30_000);
});
