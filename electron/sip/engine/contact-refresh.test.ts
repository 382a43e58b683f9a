import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryLocalPort } from '../transport/memory-transport-test-kit';
import { isRequest } from './far-end-test-kit';
import { connectIncomingCall, connectOutgoingCall, startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';
import type { SipCall } from './sip-call';
import { farEndSdp } from './sip-text-test-kit';

const portOf = (contact: string | undefined) => Number(/:(\d+)[;>]/.exec(contact ?? '')?.[1]);

describe('a call through a new signalling connection', () => {
  let lab: MemoryPhone;
  afterEach(() => lab.stop());

  /** Drops the connection and reconnects; the far end answers the new REGISTER. */
  async function reconnect() {
    lab.link.drop();
    const registering = lab.phone.reconnect();
    const register = await lab.far.next(isRequest('REGISTER'), 'the REGISTER on the new connection');
    lab.far.reply(register, 200, 'OK', { headers: [`Contact: ${register.header('contact')}`] });
    await registering;
  }

  const connectors = { outgoing: connectOutgoingCall, incoming: connectIncomingCall };

  it.each(['outgoing', 'incoming'] as const)(
    'sends the new Contact in a re-INVITE (%s call), keeping the audio as it was',
    async (direction) => {
      lab = await startMemoryPhone();
      const { call } = await connectors[direction](lab);
      const firstContact = lab.far.received.find((message) => message.method === 'INVITE' || message.status === 200)!;
      expect(portOf(firstContact.header('contact'))).toBe(memoryLocalPort);
      await reconnect();
      const refresh = await lab.far.next(isRequest('INVITE'), 'the target-refresh re-INVITE');
      expect(portOf(refresh.header('contact'))).toBe(memoryLocalPort + 1);
      expect(refresh.body).toMatch(/^a=sendrecv/m);
      lab.far.reply(refresh, 200, 'OK', {
        headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>'],
        body: farEndSdp(40_000),
      });
      await lab.far.next(isRequest('ACK'), 'the ACK of the re-INVITE');
      expect(call.state).toMatchObject({ state: 'connected', onHold: false });
    },
  );

  it('keeps a held call on hold', async () => {
    lab = await startMemoryPhone();
    const { call } = await connectOutgoingCall(lab);
    const holding = call.setHold(true);
    const hold = await lab.far.next(isRequest('INVITE'), 'the hold re-INVITE');
    lab.far.reply(hold, 200, 'OK', {
      headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>'],
      body: farEndSdp(40_000, 'recvonly'),
    });
    await holding;
    await reconnect();
    const refresh = await lab.far.next(isRequest('INVITE'), 'the target-refresh re-INVITE');
    expect(refresh.body).toMatch(/^a=sendonly/m);
  });

  it.each([481, 408])('ends a call the far end no longer knows (%i)', async (status) => {
    lab = await startMemoryPhone();
    const { call } = await connectOutgoingCall(lab);
    const ended = endOf(call);
    await reconnect();
    lab.far.reply(await lab.far.next(isRequest('INVITE'), 'the target-refresh re-INVITE'), status, 'Gone');
    expect(await ended).toBe('network-error');
  });

  it('leaves a call that is still ringing alone', async () => {
    lab = await startMemoryPhone();
    const call = lab.phone.dial('sip:bob@127.0.0.1');
    await call.dial();
    const invite = await lab.far.next(isRequest('INVITE'), 'the INVITE');
    lab.far.reply(invite, 180, 'Ringing', { headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>'] });
    await vi.waitFor(() => expect(call.state.state).toBe('ringing'));
    await reconnect();
    expect(await call.refreshContact('<sip:alice@127.0.0.1:1>')).toBeUndefined();
    expect(lab.far.received.filter(isRequest('INVITE'))).toHaveLength(1);
    expect(lab.logger.records.map((record) => record.message)).not.toContain(
      'The far end refused the new contact of a call',
    );
    lab.far.reply(invite, 486, 'Busy Here');
  });

  it('keeps a call whose far end refuses the re-INVITE for another reason', async () => {
    lab = await startMemoryPhone();
    const { call } = await connectOutgoingCall(lab);
    await reconnect();
    lab.far.reply(await lab.far.next(isRequest('INVITE'), 'the target-refresh re-INVITE'), 488, 'Not Here');
    await lab.far.next(isRequest('ACK'), 'the ACK of the 488');
    await vi.waitFor(() =>
      expect(lab.logger.records.map((record) => record.message)).toContain(
        'The far end refused the new contact of a call',
      ),
    );
    expect(call.state.state).toBe('connected');
  });
});

function endOf(call: SipCall): Promise<string | null> {
  return new Promise((resolve) => {
    call.onChange((snapshot) => {
      if (snapshot.state === 'ended') resolve(snapshot.endReason);
    });
  });
}
