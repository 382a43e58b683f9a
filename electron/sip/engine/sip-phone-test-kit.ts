import { createMemoryLogger } from '../../logging/logger';
import { createMediaSession } from '../../media/media-session';
import type { PhoneRegistration } from './registration-outcome';
import type { SipAccount } from './sip-account';
import type { SipCall } from './sip-call';
import { startSipPhone } from './sip-phone';

/** A phone against the lab's Kamailio, recording what it reports; for the engine's lab tests. */
export async function startLabPhone(account: SipAccount) {
  const registrations: PhoneRegistration[] = [];
  const incoming: SipCall[] = [];
  const lost: (Error | undefined)[] = [];
  const logger = createMemoryLogger();
  const phone = await startSipPhone({
    account,
    logger,
    createMedia: (options) => createMediaSession(options, logger.child('media')),
    onRegistration: (state) => registrations.push(state),
    onIncomingCall: (call) => incoming.push(call),
    onConnectionLost: (error) => lost.push(error),
  });
  return { phone, registrations, incoming, lost, logger };
}

export function labAccount(options: {
  user: string;
  password: string;
  domain: string;
  port: number;
  transport: 'tcp' | 'tls';
  caCertPem?: string;
  srtp?: SipAccount['srtp'];
}): SipAccount {
  return {
    id: `lab-${options.user}`,
    password: options.password,
    provider: 'sip',
    sipAddress: `${options.user}@${options.domain}`,
    authUsername: options.user,
    registrar: `${options.domain}:${options.port}`,
    outboundProxy: null,
    transport: options.transport,
    srtp: options.srtp ?? 'off',
    displayName: options.user,
    stunServer: null,
    tls: options.caCertPem ? { extraCaPem: options.caCertPem } : undefined,
  };
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
