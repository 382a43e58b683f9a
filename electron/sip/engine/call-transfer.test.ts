import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSnapshotSchema, type CallSnapshot } from '../../../shared/models/call';
import { transferTimeoutSeconds } from '../../../shared/models/call-transfer';
import { inEnglish } from '../../../shared/text/words';
import { transferFarEnd } from './call-transfer-test-kit';
import { sipfragStatus } from './call-transfer';
import { isRequest, isResponse } from './far-end-test-kit';
import { connectOutgoingCall, startMemoryPhone, useFakeClock, type MemoryPhone } from './memory-phone-test-kit';
import { farEndSdp } from './sip-text-test-kit';

/** What the person reads about a failed transfer, in English. */
const failureText = (call: { state: CallSnapshot }) => {
  const failure = call.state.transfer?.failure;
  return failure ? inEnglish(failure) : null;
};

describe('the status line of a NOTIFY sipfrag', () => {
  it('reads the status code of a SIP/2.0 status line, with or without headers after it', () => {
    expect(sipfragStatus('SIP/2.0 100 Trying')).toBe(100);
    expect(sipfragStatus('SIP/2.0 180 Ringing\r\n')).toBe(180);
    expect(sipfragStatus('SIP/2.0 200 OK\r\nContact: <sip:carol@example.com>\r\n\r\n')).toBe(200);
    expect(sipfragStatus('SIP/2.0 603\r\n')).toBe(603);
  });

  it('finds nothing in garbage, requests, odd codes or a status line buried in a huge body', () => {
    expect(sipfragStatus('')).toBeNull();
    expect(sipfragStatus('hello')).toBeNull();
    expect(sipfragStatus('INVITE sip:carol@example.com SIP/2.0')).toBeNull();
    expect(sipfragStatus('SIP/2.0 2000 OK')).toBeNull();
    expect(sipfragStatus('SIP/2.0 099 Odd')).toBeNull();
    expect(sipfragStatus(`${'x'.repeat(1_000_000)}SIP/2.0 200 OK`)).toBeNull();
  });
});

describe('a blind transfer (REFER, RFC 3515)', () => {
  let lab: MemoryPhone;
  afterEach(async () => {
    vi.useRealTimers();
    await lab.stop();
  });

  /** A connected outgoing call, and the transfer started: the hold re-INVITE answered, the REFER read. */
  async function transferStarted(target: string, account: Parameters<typeof startMemoryPhone>[0] = {}) {
    lab ??= await startMemoryPhone(account);
    const { call, dialog, invite } = await connectOutgoingCall(lab);
    const far = transferFarEnd(lab, dialog);
    const phases: string[] = [];
    call.onChange((snapshot) => {
      const phase = snapshot.transfer?.phase;
      if (phase && phases.at(-1) !== phase) phases.push(phase);
    });
    const transferring = call.transfer(target);
    const hold = await far.answerReinvite('the hold re-INVITE');
    const refer = await lab.far.next(isRequest('REFER'), 'the REFER');
    return { call, dialog, invite, far, phases, transferring, hold, refer };
  }

  async function expectResumed(call: { state: CallSnapshot }, far: ReturnType<typeof transferFarEnd>) {
    const resume = await far.answerReinvite('the re-INVITE taking the call off hold');
    expect(resume.body).toMatch(/^a=sendrecv/m);
    await vi.waitFor(() => expect(call.state.onHold).toBe(false));
    expect(call.state.state).toBe('connected');
    expect(call.state.transfer?.phase).toBe('failed');
    expect(callSnapshotSchema.safeParse(call.state).success).toBe(true);
  }

  it('holds the call, sends REFER in its dialog to the number at the account domain, and ends the call as transferred after NOTIFY 200', async () => {
    lab = await startMemoryPhone();
    const { call, invite, far, phases, transferring, hold, refer } = await transferStarted('+15125550199');

    expect(hold.body).toMatch(/^a=sendonly/m);
    expect(lab.far.received.indexOf(hold)).toBeLessThan(lab.far.received.indexOf(refer));
    expect(refer.callId).toBe(invite.callId);
    expect(refer.header('to')).toMatch(/;tag=far-tag/);
    expect(refer.header('refer-to')).toBe('sip:+15125550199@127.0.0.1');
    expect(refer.header('referred-by')).toBe('<sip:alice@127.0.0.1>');
    lab.far.reply(refer, 202, 'Accepted');
    expect((await far.notify('SIP/2.0 100 Trying\r\n')).status).toBe(200);
    expect((await far.notify('SIP/2.0 180 Ringing\r\n')).status).toBe(200);
    expect((await far.notify('SIP/2.0 200 OK\r\n', 'terminated;reason=noresource')).status).toBe(200);
    const bye = await lab.far.next(isRequest('BYE'), 'the BYE after the transfer');
    lab.far.reply(bye, 200, 'OK');
    await transferring;

    await vi.waitFor(() => expect(call.state.state).toBe('ended'));
    expect(call.state.endReason).toBe('transferred');
    expect(call.state.transfer).toEqual({ kind: 'blind', target: '+15125550199', phase: 'ringing', failure: null });
    expect(phases).toEqual(['holding', 'sent', 'trying', 'ringing']);
    expect(callSnapshotSchema.safeParse(call.state).success).toBe(true);
  });

  it('refers a SIP address as it is', async () => {
    lab = await startMemoryPhone();
    const { refer, dialog } = await transferStarted('sip:carol@example.com');
    expect(refer.header('refer-to')).toBe('sip:carol@example.com');
    lab.far.reply(refer, 202, 'Accepted');
    await transferFarEnd(lab, dialog).notify('SIP/2.0 200 OK');
    lab.far.reply(await lab.far.next(isRequest('BYE'), 'the BYE'), 200, 'OK');
  });

  it('ends as transferred when the far end leaves the call after accepting the REFER, before its final NOTIFY', async () => {
    lab = await startMemoryPhone();
    const { call, dialog, refer, transferring } = await transferStarted('+15125550199');
    lab.far.reply(refer, 202, 'Accepted');
    dialog.request('BYE');
    await lab.far.next(isResponse(200, 'BYE'), 'the 200 to the BYE');
    await transferring;
    await vi.waitFor(() => expect(call.state.state).toBe('ended'));
    expect(call.state.endReason).toBe('transferred');
  });

  for (const [status, reason] of [
    [403, 'Forbidden'],
    [501, 'Not Implemented'],
  ] as const) {
    it(`takes the call off hold and says why when the REFER is answered ${status}`, async () => {
      lab = await startMemoryPhone();
      const { call, far, refer, transferring } = await transferStarted('+15125550199');
      lab.far.reply(refer, status, reason);
      await expectResumed(call, far);
      await transferring;
      expect(failureText(call)).toBe(
        `The other side refused the transfer (${status}). The call is back; you can hang up and call the person yourself.`,
      );
    });
  }

  it('names the Twilio Console setting when a Twilio line refuses the REFER', async () => {
    lab = await startMemoryPhone({ account: { provider: 'twilio' } });
    const { call, far, refer } = await transferStarted('+15125550199');
    lab.far.reply(refer, 403, 'Forbidden');
    await expectResumed(call, far);
    expect(failureText(call)).toMatch(
      /^Twilio refused the transfer \(403\): enable Enhanced Programmable SIP Features in the Twilio Console \(Voice > Settings\)/,
    );
  });

  for (const [status, words] of [
    [486, 'The transfer target is busy. The call is back.'],
    [603, 'The transfer target declined the call. The call is back.'],
    [404, 'The transfer target could not be reached (404). The call is back.'],
  ] as const) {
    it(`takes the call off hold when the NOTIFY reports ${status}`, async () => {
      lab = await startMemoryPhone();
      const { call, far, refer } = await transferStarted('+15125550199');
      lab.far.reply(refer, 202, 'Accepted');
      await far.notify('SIP/2.0 100 Trying');
      await far.notify(`SIP/2.0 ${status} Whatever\r\n`, 'terminated');
      await expectResumed(call, far);
      expect(failureText(call)).toBe(words);
      expect(lab.far.received.filter(isRequest('BYE'))).toEqual([]);
    });
  }

  it(`takes the call off hold when no final NOTIFY comes within ${transferTimeoutSeconds} s`, async () => {
    lab = await startMemoryPhone();
    useFakeClock();
    const { call, far, refer } = await transferStarted('+15125550199');
    lab.far.reply(refer, 202, 'Accepted');
    await far.notify('SIP/2.0 180 Ringing');
    await vi.advanceTimersByTimeAsync(transferTimeoutSeconds * 1000 - 100);
    expect(call.state.transfer?.phase).toBe('ringing');
    expect(lab.far.received.filter(isRequest('INVITE'))).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    await expectResumed(call, far);
    expect(call.state.transfer?.failure).toEqual({ id: 'calls.transferNoAnswer', values: { seconds: 30 } });
    expect(failureText(call)).toBe(
      `No answer from the transfer within ${transferTimeoutSeconds} seconds. The call is back.`,
    );
  });

  it('answers hostile NOTIFY bodies 200 and ignores them, then still completes on a real 200', async () => {
    lab = await startMemoryPhone();
    const { call, far, refer } = await transferStarted('+15125550199');
    lab.far.reply(refer, 202, 'Accepted');
    const hostile = [
      'x'.repeat(200_000),
      'SIP/2.0 2000 OK',
      '\u0000\u0001\u00ff garbage \r\n\r\n SIP/2.0 200 OK',
      `SIP/2.0 ${'9'.repeat(5000)} OK`,
      'INVITE sip:+15125550199@127.0.0.1 SIP/2.0',
    ];
    for (const body of hostile) expect((await far.notify(body)).status).toBe(200);
    expect(call.state.state).toBe('connected');
    expect(call.state.transfer?.phase).toBe('trying');
    await far.notify('SIP/2.0 200 OK');
    lab.far.reply(await lab.far.next(isRequest('BYE'), 'the BYE'), 200, 'OK');
    await vi.waitFor(() => expect(call.state.endReason).toBe('transferred'));
  });

  it('refuses a call that is not connected, and a second transfer while one runs', async () => {
    lab = await startMemoryPhone();
    const dialling = lab.phone.dial('sip:bob@127.0.0.1');
    await expect(dialling.transfer('+15125550199')).rejects.toMatchObject({
      message: 'Only a connected call can be transferred.',
      words: { id: 'calls.transferNeedsConnected' },
    });
    const { call, refer } = await transferStarted('+15125550199');
    await expect(call.transfer('+15125550100')).rejects.toThrow('This call is already being transferred.');
    await expect(call.transfer('not an address')).rejects.toThrow('Not an address a call can be transferred to');
    lab.far.reply(refer, 202, 'Accepted');
  });
});

describe('an attended transfer (REFER with Replaces, RFC 3891)', () => {
  let lab: MemoryPhone;
  afterEach(() => lab.stop());

  it('refers the held call to the consultation call, Replaces naming its dialog, and ends both as transferred', async () => {
    lab = await startMemoryPhone();
    const first = await connectOutgoingCall(lab);
    const consultCall = lab.phone.dial('sip:carol@127.0.0.1');
    await consultCall.dial();
    const consultInvite = await lab.far.next(isRequest('INVITE'), 'the consultation INVITE');
    lab.far.reply(consultInvite, 200, 'OK', {
      toTag: 'carol-tag',
      headers: ['Contact: <sip:carol@127.0.0.1:5098;transport=tcp>'],
      body: farEndSdp(40_004),
    });
    await lab.far.next(isRequest('ACK'), 'the ACK');
    const far = transferFarEnd(lab, first.dialog);

    const transferring = first.call.transferReplacing(consultCall);
    await far.answerReinvite('the hold re-INVITE');
    const refer = await lab.far.next(isRequest('REFER'), 'the REFER');
    const fromTag = /;tag=([^;>\s]+)/.exec(consultInvite.header('from') ?? '')?.[1];
    expect(refer.callId).toBe(first.invite.callId);
    expect(refer.header('refer-to')).toContain('<sip:carol@127.0.0.1:5098;transport=tcp?Replaces=');
    expect(decodeURIComponent(/Replaces=([^>]+)>/.exec(refer.header('refer-to') ?? '')?.[1] ?? '')).toBe(
      `${consultInvite.callId};to-tag=carol-tag;from-tag=${fromTag}`,
    );
    lab.far.reply(refer, 202, 'Accepted');
    await far.notify('SIP/2.0 200 OK', 'terminated');
    const byes = [await lab.far.next(isRequest('BYE'), 'a BYE'), await lab.far.next(isRequest('BYE'), 'another BYE')];
    for (const bye of byes) lab.far.reply(bye, 200, 'OK');
    await transferring;
    expect(byes.map((bye) => bye.callId).sort()).toEqual([first.invite.callId, consultInvite.callId].sort());
    await vi.waitFor(() => expect(consultCall.state.state).toBe('ended'));
    expect(first.call.state.endReason).toBe('transferred');
    expect(consultCall.state.endReason).toBe('transferred');
  });

  it('is refused on a Twilio line, which transfers blind only, without touching the call', async () => {
    lab = await startMemoryPhone({ account: { provider: 'twilio' } });
    const first = await connectOutgoingCall(lab);
    await expect(first.call.transferReplacing(first.call)).rejects.toThrow('Twilio transfers calls blind only');
    expect(first.call.state.onHold).toBe(false);
    expect(lab.far.received.filter(isRequest('REFER'))).toEqual([]);
  });
});
