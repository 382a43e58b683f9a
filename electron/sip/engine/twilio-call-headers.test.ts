import { afterEach, describe, expect, it } from 'vitest';
import { callSnapshotSchema } from '../../../shared/models/call';
import { isResponse } from './far-end-test-kit';
import { connectIncomingCall, connectOutgoingCall, startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';
import type { SipAccount } from './sip-account';
import type { SipCall } from './sip-call';
import type { HeaderList } from './sip-text-test-kit';

/*
 * The X- headers Dialtone's inbound Function puts on the <Sip> URI, as Twilio sends them on the
 * INVITE: read through real sip.js from an in-memory connection, whatever the network does to them.
 */

const callSid = `CA${'0123456789abcdef'.repeat(2)}`;
const verstatValues = [
  ['TN-Validation-Passed-A', true],
  ['TN-Validation-Passed-B', false],
  ['TN-Validation-Passed-C', false],
  ['TN-Validation-Failed-A', false],
  ['TN-Validation-Failed-B', false],
  ['TN-Validation-Failed-C', false],
  ['TN-Validation-Failed', false],
  ['No-TN-Validation', false],
] as const;

let lab: MemoryPhone;
afterEach(() => lab.stop());

async function phoneOn(provider: SipAccount['provider']): Promise<MemoryPhone> {
  lab = await startMemoryPhone({ account: { provider } });
  return lab;
}

/** The far end calls with these headers; the phone's call as it rings, then declined. */
async function ringWith(headers: HeaderList): Promise<SipCall> {
  const arriving = lab.nextIncomingCall();
  lab.far.invite({ to: 'sip:alice@127.0.0.1', headers });
  const call = await arriving;
  expect(callSnapshotSchema.safeParse(call.state).error).toBeUndefined();
  await call.decline();
  await lab.far.next(isResponse(603), 'the 603');
  return call;
}

const facts = (call: SipCall) => ({ verified: call.state.callerVerified, sid: call.twilioCallSid });

describe('an incoming call on a Twilio line', () => {
  it.each(verstatValues)('with X-Dialtone-Verstat: %s is verified: %s', async (value, verified) => {
    await phoneOn('twilio');
    const call = await ringWith([`X-Dialtone-Verstat: ${value}`, `X-Dialtone-Call-Sid: ${callSid}`]);
    expect(facts(call)).toEqual({ verified, sid: callSid });
  });

  it('without the headers is not verified and has no CallSid', async () => {
    await phoneOn('twilio');
    expect(facts(await ringWith([]))).toEqual({ verified: false, sid: null });
  });

  it('reads header names in any case, and a value with spaces around it', async () => {
    await phoneOn('twilio');
    const call = await ringWith(['x-dialtone-verstat:   TN-Validation-Passed-A  ', `X-DIALTONE-CALL-SID: ${callSid}`]);
    expect(facts(call)).toEqual({ verified: true, sid: callSid });
  });

  it.each([
    ['an unknown value', 'TN-Validation-Passed-D'],
    ['the right value in other case', 'tn-validation-passed-a'],
    ['the right value quoted', '"TN-Validation-Passed-A"'],
    ['the right value with a parameter', 'TN-Validation-Passed-A;attest=A'],
    ['two values in one header', 'TN-Validation-Passed-A, TN-Validation-Passed-A'],
    ['an empty value', ''],
    ['control characters', 'TN-Validation-Passed-A\u0007'],
    ['100 kB', `TN-Validation-Passed-A${'A'.repeat(100_000)}`],
  ])('with %s in X-Dialtone-Verstat is not verified', async (_what, value) => {
    await phoneOn('twilio');
    expect((await ringWith([`X-Dialtone-Verstat: ${value}`])).state.callerVerified).toBe(false);
  });

  it('with X-Dialtone-Verstat repeated is not verified, even when both say Passed-A', async () => {
    await phoneOn('twilio');
    const twice = ['X-Dialtone-Verstat: TN-Validation-Passed-A', 'X-Dialtone-Verstat: TN-Validation-Passed-A'];
    expect((await ringWith(twice)).state.callerVerified).toBe(false);
    const mixed = ['X-Dialtone-Verstat: TN-Validation-Failed', 'X-Dialtone-Verstat: TN-Validation-Passed-A'];
    expect((await ringWith(mixed)).state.callerVerified).toBe(false);
  });

  it.each([
    ['upper-case hex', `CA${'0123456789ABCDEF'.repeat(2)}`],
    ['another kind of SID', `PN${'0123456789abcdef'.repeat(2)}`],
    ['one digit too many', `${callSid}0`],
    ['one digit too few', callSid.slice(0, -1)],
    ['a parameter', `${callSid};x=1`],
    ['100 kB', `${callSid}${'f'.repeat(100_000)}`],
  ])('ignores a CallSid with %s', async (_what, value) => {
    await phoneOn('twilio');
    expect((await ringWith([`X-Dialtone-Call-Sid: ${value}`])).twilioCallSid).toBeNull();
  });

  it('ignores a repeated CallSid', async () => {
    await phoneOn('twilio');
    const call = await ringWith([`X-Dialtone-Call-Sid: ${callSid}`, `X-Dialtone-Call-Sid: CA${'f'.repeat(32)}`]);
    expect(call.twilioCallSid).toBeNull();
  });

  it('keeps the CallSid on the call after it is answered', async () => {
    await phoneOn('twilio');
    const { call } = await connectIncomingCall(lab, [`X-Dialtone-Call-Sid: ${callSid}`]);
    expect(call.state.state).toBe('connected');
    expect(call.twilioCallSid).toBe(callSid);
  });
});

describe('the same headers elsewhere', () => {
  it('are ignored on a line to any other SIP server, where a caller could have written them', async () => {
    await phoneOn('sip');
    const call = await ringWith(['X-Dialtone-Verstat: TN-Validation-Passed-A', `X-Dialtone-Call-Sid: ${callSid}`]);
    expect(facts(call)).toEqual({ verified: false, sid: null });
  });

  it('are not read from the answer to an outgoing call', async () => {
    await phoneOn('twilio');
    const { call, dialog } = await connectOutgoingCall(lab, [
      'X-Dialtone-Verstat: TN-Validation-Passed-A',
      `X-Dialtone-Call-Sid: ${callSid}`,
    ]);
    expect(facts(call)).toEqual({ verified: false, sid: null });
    dialog.request('BYE');
    await lab.far.next(isResponse(200, 'BYE'), 'the 200 to the BYE');
  });
});
