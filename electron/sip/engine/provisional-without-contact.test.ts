import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivedFrame } from '../../media/media-session-types';
import { farEndMedia } from './far-end-media-test-kit';
import { isRequest, isResponse } from './far-end-test-kit';
import { startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';
import { waitFor } from './sip-phone-test-kit';
import { farEndSdp, sdpMediaAddress } from './sip-text-test-kit';

const bobContact = 'sip:bob@127.0.0.1:5099;transport=tcp';

// Linphone sends 180 and 183 without Contact; Kamailio and OpenSIPS pass them on unchanged.
describe('provisional responses without Contact', () => {
  let lab: MemoryPhone;
  beforeEach(async () => {
    lab = await startMemoryPhone();
  });
  afterEach(() => lab.stop());

  it('ring, and the 2xx Contact then carries the ACK and the BYE', async () => {
    const call = lab.phone.dial('sip:bob@127.0.0.1');
    await call.dial();
    const invite = await lab.far.next(isRequest('INVITE'), 'the INVITE');
    lab.far.reply(invite, 100, 'Trying');
    lab.far.reply(invite, 180, 'Ringing');
    await waitFor(() => call.state.state === 'ringing' || undefined, 2000, 'the call to ring');
    expect(call.state.earlyMedia).toBe(false);

    lab.far.reply(invite, 200, 'OK', { headers: [`Contact: <${bobContact}>`], body: farEndSdp(40_000) });
    const ack = await lab.far.next(isRequest('ACK'), 'the ACK');
    expect(ack.uri).toBe(bobContact);
    expect(call.state.state).toBe('connected');

    await call.hangUp();
    const bye = await lab.far.next(isRequest('BYE'), 'the BYE');
    expect(bye.uri).toBe(bobContact);
    lab.far.reply(bye, 200, 'OK');
    await waitFor(() => call.state.state === 'ended' || undefined, 2000, 'the call to end');
    expect(call.state.endReason).toBe('hung-up');
  });

  it('play the early media of a 183 with SDP, then cancel cleanly', async () => {
    const farMedia = await farEndMedia();
    try {
      const call = lab.phone.dial('sip:bob@127.0.0.1');
      await call.dial();
      const invite = await lab.far.next(isRequest('INVITE'), 'the INVITE');
      lab.far.reply(invite, 183, 'Session Progress', { body: farEndSdp(farMedia.port) });
      await waitFor(() => call.state.earlyMedia || undefined, 2000, 'early media');
      expect(call.state.state).toBe('ringing');

      const port = (await call.audioPort())!;
      const heard: ReceivedFrame[] = [];
      port.onFrame((frame) => heard.push(frame));
      await farMedia.sendPcmu(sdpMediaAddress(invite.body), 10);
      await waitFor(() => heard.length >= 5 || undefined, 2000, 'early media frames');
      expect(heard[0]!.codec).toBe('PCMU');
      expect(call.state.state).toBe('ringing');

      await call.hangUp();
      const cancel = await lab.far.next(isRequest('CANCEL'), 'the CANCEL');
      lab.far.reply(cancel, 200, 'OK');
      lab.far.reply(invite, 487, 'Request Terminated');
      await lab.far.next(isRequest('ACK'), 'the ACK of the 487');
      await waitFor(() => call.state.state === 'ended' || undefined, 2000, 'the call to end');
      expect(call.state.endReason).toBe('cancelled');
      expect(lab.far.received.some(isResponse(200))).toBe(false);
    } finally {
      farMedia.close();
    }
  });
});
