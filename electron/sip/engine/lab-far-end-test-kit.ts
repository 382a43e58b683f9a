import { createHash, randomBytes } from 'node:crypto';
import { createMemoryLogger } from '../../logging/logger';
import type { SipWire } from '../transport/memory-transport-test-kit';
import { NodeTransport } from '../transport/node-transport';
import { farEnd } from './far-end-test-kit';
import { newBranch, newTag, sipMessage } from './sip-text-test-kit';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** The Authorization for a digest challenge (RFC 2617; qop=auth when offered). */
function digestAuthorization(challenge: string, user: string, password: string, method: string, uri: string) {
  const param = (name: string) => new RegExp(`${name}="?([^",]+)"?`, 'i').exec(challenge)?.[1];
  const realm = param('realm') ?? '';
  const nonce = param('nonce') ?? '';
  const qop = param('qop')
    ?.split(/\s*,\s*/)
    .includes('auth');
  const ha1 = md5(`${user}:${realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const cnonce = randomBytes(8).toString('hex');
  const response = qop ? md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${ha2}`) : md5(`${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username="${user}"`,
    `realm="${realm}"`,
    `nonce="${nonce}"`,
    `uri="${uri}"`,
    `response="${response}"`,
  ];
  if (qop) fields.push('qop=auth', 'nc=00000001', `cnonce="${cnonce}"`);
  return `Digest ${fields.join(', ')}, algorithm=MD5`;
}

/**
 * Test-only: the far-end kit over a real TCP connection to the lab's Kamailio, registered there as
 * `user`, so a test writes the exact SIP another phone would send through a real proxy.
 */
export async function startLabFarEnd(kamailio: { domain: string; tcpPort: number }, user: string, password: string) {
  const transport = new NodeTransport(createMemoryLogger(), {
    server: { host: '127.0.0.1', port: kamailio.tcpPort },
    protocol: 'tcp',
    keepAliveIntervalMs: 0,
  });
  const listeners = new Set<(message: string) => void>();
  transport.onMessage = (message) => listeners.forEach((listener) => listener(message));
  await transport.connect();
  const via = `127.0.0.1:${transport.localPort}`;
  const wire: SipWire = {
    send: (message) => void transport.send(message),
    onMessage: (listener) => void listeners.add(listener),
  };
  const contact = `<sip:${user}@${via};transport=tcp>`;
  const far = farEnd(wire, { contact, via });

  const aor = `sip:${user}@${kamailio.domain}`;
  const registrar = `sip:${kamailio.domain}`;
  const callId = `${newTag()}@lab-far-end`;
  const fromTag = newTag();
  let cseq = 0;
  const register = (expires: number, authorization?: string) =>
    far.send(
      sipMessage(`REGISTER ${registrar} SIP/2.0`, [
        `Via: SIP/2.0/TCP ${via};branch=${newBranch()};rport`,
        'Max-Forwards: 70',
        `From: <${aor}>;tag=${fromTag}`,
        `To: <${aor}>`,
        `Call-ID: ${callId}`,
        `CSeq: ${++cseq} REGISTER`,
        `Contact: ${contact};expires=${expires}`,
        authorization && `Authorization: ${authorization}`,
      ]),
    );
  const answered = (message: { status?: number; cseq: { method: string } }) =>
    message.cseq.method === 'REGISTER' && (message.status ?? 0) >= 200;

  async function registered(expires: number): Promise<void> {
    register(expires);
    const challenge = await far.next(answered, 'the answer to REGISTER');
    if (challenge.status === 401) {
      const header = challenge.header('www-authenticate') ?? '';
      register(expires, digestAuthorization(header, user, password, 'REGISTER', registrar));
      const final = await far.next(answered, 'the answer to the authenticated REGISTER');
      if (final.status !== 200) throw new Error(`Kamailio refused ${user}'s REGISTER: ${final.startLine}`);
    } else if (challenge.status !== 200) throw new Error(`Kamailio refused ${user}'s REGISTER: ${challenge.startLine}`);
  }

  await registered(600);
  return {
    far,
    contact,
    /** Un-registers and closes the connection. */
    async stop() {
      await registered(0).catch(() => undefined);
      await transport.dispose();
    },
  };
}
