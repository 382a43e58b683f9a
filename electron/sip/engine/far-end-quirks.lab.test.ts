import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type LabKamailio } from '../../../e2e/lab/kamailio';
import type { ReceivedFrame } from '../../media/media-session-types';
import { farEndMedia } from './far-end-media-test-kit';
import { isRequest, isResponse } from './far-end-test-kit';
import { startLabFarEnd } from './lab-far-end-test-kit';
import { labAccount, startLabPhone, waitFor } from './sip-phone-test-kit';
import { farEndSdp, sdpMediaAddress, uriOf } from './sip-text-test-kit';

/** A SIP URI without its parameters: Kamailio adds an alias to the Contacts it relays over TCP. */
const bare = (uri: string | undefined) => uri?.split(';')[0];

/*
 * What Linphone sends, written exactly by the test as bob's phone, through the lab's Kamailio
 * (Record-Route, Contact aliases over TCP) to Dialtone's phone as alice.
 */
describe('another phone’s SIP through Kamailio', () => {
  let kamailio: LabKamailio;
  beforeAll(async () => {
    kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'bob', password: 'bob-secret' },
      ],
    });
  }, 30_000);
  afterAll(() => kamailio.stop());

  it('1xx without Contact ring with early media; the call then takes keys, refreshes and BYE', async () => {
    const bob = await startLabFarEnd(kamailio, 'bob', 'bob-secret');
    const alice = await startLabPhone(
      labAccount({
        user: 'alice',
        password: 'alice-secret',
        domain: kamailio.domain,
        port: kamailio.tcpPort,
        transport: 'tcp',
      }),
    );
    const media = await farEndMedia();
    try {
      const call = alice.phone.dial(`sip:bob@${kamailio.domain}`);
      await call.dial();
      const invite = await bob.far.next(isRequest('INVITE'), 'the INVITE through Kamailio');
      expect(invite.headers('record-route')).not.toEqual([]);
      bob.far.reply(invite, 180, 'Ringing');
      await waitFor(() => call.state.state === 'ringing' || undefined, 5000, 'the call to ring');

      bob.far.reply(invite, 183, 'Session Progress', { body: farEndSdp(media.port) });
      await waitFor(() => call.state.earlyMedia || undefined, 5000, 'early media');
      const heard: ReceivedFrame[] = [];
      (await call.audioPort())!.onFrame((frame) => heard.push(frame));
      await media.sendPcmu(sdpMediaAddress(invite.body), 10);
      await waitFor(() => heard.length >= 5 || undefined, 5000, 'early media frames');
      expect(call.state.state).toBe('ringing');

      bob.far.reply(invite, 200, 'OK', {
        headers: [`Contact: ${bob.contact}`, 'Supported: timer', 'Session-Expires: 90;refresher=uas', 'Require: timer'],
        body: farEndSdp(media.port),
      });
      // To bob's phone, not to his address of record: the 2xx's Contact is the dialog's target.
      const ack = await bob.far.next(isRequest('ACK'), 'the ACK through Kamailio');
      expect(bare(ack.uri)).toBe(bare(uriOf(bob.contact)));
      expect(call.state.state).toBe('connected');

      const dialog = bob.far.dialogOfInvite(invite);
      dialog.request('INFO', [], 'Signal=7\r\nDuration=160\r\n', 'application/dtmf-relay');
      expect((await bob.far.next(isResponse(200, 'INFO'), 'the 200 to INFO')).status).toBe(200);
      await waitFor(() => call.state.receivedDtmf === '7' || undefined, 5000, 'the key to show');

      dialog.request('UPDATE', ['Supported: timer', 'Session-Expires: 90;refresher=uac']);
      const refreshed = await bob.far.next(isResponse(200, 'UPDATE'), 'the 200 to UPDATE');
      expect(refreshed.header('session-expires')).toBe('90;refresher=uac');

      await call.hangUp();
      const bye = await bob.far.next(isRequest('BYE'), 'the BYE through Kamailio');
      expect(bare(bye.uri)).toBe(bare(uriOf(bob.contact)));
      bob.far.reply(bye, 200, 'OK');
      await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
      expect(call.state.endReason).toBe('hung-up');
    } finally {
      media.close();
      await alice.phone.stop();
      await bob.stop();
    }
  }, 30_000);
});
