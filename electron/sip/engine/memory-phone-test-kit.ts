import { vi } from 'vitest';
import { createMemoryLogger } from '../../logging/logger';
import { createMediaSession } from '../../media/media-session';
import { memorySipLink } from '../transport/memory-transport-test-kit';
import { farEnd, isRequest, isResponse, type FarEndDialog } from './far-end-test-kit';
import type { PhoneRegistration } from './registration-outcome';
import type { SipAccount } from './sip-account';
import type { SipCall } from './sip-call';
import { startSipPhone, type SipPhone } from './sip-phone';
import { farEndSdp, type HeaderList, type SipText } from './sip-text-test-kit';

/** Fakes the clock only: sockets, microtasks and the far end's real-time waits keep running. */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

export const memoryAccount: SipAccount = {
  id: 'memory-alice',
  password: 'alice-secret',
  provider: 'sip',
  sipAddress: 'alice@127.0.0.1',
  authUsername: 'alice',
  registrar: '127.0.0.1:5060',
  outboundProxy: null,
  transport: 'tcp',
  srtp: 'off',
  displayName: 'Alice',
  stunServer: null,
};

/**
 * Test-only: Dialtone's phone (startSipPhone, real sip.js, real media on 127.0.0.1) connected in
 * memory to a far end the test plays. The phone is starting: the test answers its REGISTER.
 */
export function startingMemoryPhone(options: { random?: () => number; account?: Partial<SipAccount> } = {}) {
  const link = memorySipLink();
  const far = farEnd(link.wire);
  const logger = createMemoryLogger();
  const registrations: PhoneRegistration[] = [];
  const incoming: SipCall[] = [];
  const incomingWaiters: ((call: SipCall) => void)[] = [];
  const started = startSipPhone({
    account: { ...memoryAccount, ...options.account },
    logger,
    // A long RTP timeout: tests that fake the clock run minutes of a call without sending audio.
    createMedia: (media) => createMediaSession({ ...media, rtpTimeoutMs: 3_600_000 }, logger.child('media')),
    onRegistration: (state) => registrations.push(state),
    onIncomingCall: (call) => {
      incoming.push(call);
      incomingWaiters.shift()?.(call);
    },
    onConnectionLost: () => undefined,
    transportConstructor: link.transportConstructor,
    random: options.random,
  });
  /** The next call that comes in (timer-free, so it works under fake timers). */
  const nextIncomingCall = () => new Promise<SipCall>((resolve) => incomingWaiters.push(resolve));
  return { started, far, link, logger, registrations, incoming, nextIncomingCall };
}

/** A registered in-memory phone (its REGISTER answered 200 with the binding it asked for). */
export async function startMemoryPhone(options: Parameters<typeof startingMemoryPhone>[0] = {}) {
  const parts = startingMemoryPhone(options);
  const register = await parts.far.next(isRequest('REGISTER'), 'the REGISTER');
  parts.far.reply(register, 200, 'OK', { headers: [`Contact: ${register.header('contact')}`] });
  const phone: SipPhone = await parts.started;
  return {
    ...parts,
    phone,
    /** Stops the phone, answering its un-REGISTER and the BYEs of calls still up. */
    async stop() {
      parts.far.answerAutomatically((message) => message.method === 'REGISTER' || message.method === 'BYE', 200, 'OK');
      await phone.stop();
    },
  };
}

export type MemoryPhone = Awaited<ReturnType<typeof startMemoryPhone>>;

/** Dials the far end, which answers 200 with SDP and these headers; resolves once the phone ACKed. */
export async function connectOutgoingCall(lab: MemoryPhone, okHeaders: HeaderList = []) {
  const call = lab.phone.dial('sip:bob@127.0.0.1');
  await call.dial();
  const invite = await lab.far.next(isRequest('INVITE'), 'the INVITE');
  lab.far.reply(invite, 200, 'OK', {
    headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>', ...okHeaders],
    body: farEndSdp(40_000),
  });
  await lab.far.next(isRequest('ACK'), 'the ACK');
  const dialog: FarEndDialog = lab.far.dialogOfInvite(invite);
  return { call, invite, dialog };
}

/** The far end calls the phone with these headers and SDP; resolves once the phone answered and got the ACK. */
export async function connectIncomingCall(lab: MemoryPhone, inviteHeaders: HeaderList = []) {
  const arriving = lab.nextIncomingCall();
  const invitation = lab.far.invite({ to: 'sip:alice@127.0.0.1', headers: inviteHeaders, sdp: farEndSdp(40_002) });
  const call = await arriving;
  const answering = call.answer();
  const ok: SipText = await lab.far.next(isResponse(200), 'the 200 to the INVITE');
  const dialog = invitation.answeredBy(ok);
  await answering;
  return { call, ok, dialog };
}
