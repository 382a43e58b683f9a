import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserAgent } from 'sip.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpServer, type AcceptedConnection, type LocalServer } from './local-test-server';
import { NodeTransport, type NodeTransportOptions } from './node-transport';
import { SipMessageFramer } from './sip-message-framer';
import type { TransportError } from './transport-error';

/**
 * RFC 4475 torture messages, written by a server over TCP to a sip.js UserAgent (user@example.com)
 * on NodeTransport, each followed by an OPTIONS probe. Every row records what really happened:
 * the responses sip.js sent (a 404 means parsed, then refused as not for this user), what it
 * logged when it dropped the message, and whether the probe was answered. "probe swallowed": the
 * first probe was read as part of the torture message and only a second one was answered;
 * "probes lost": the connection was closed (framing) or waits for bytes that will never come.
 */
const OUTCOMES: Record<string, string> = {
  // 3.1.1 valid messages
  wsinv: 'answered 404 | Request-URI does not point to us. | probe answered',
  intmeth: 'answered 405 | probe answered',
  esc01: 'answered 404 | Request-URI does not point to us. | probe answered',
  escnull: 'answered 404 | Request-URI does not point to us. | probe answered',
  esc02: 'answered 405 | probe answered',
  lwsdisp: 'answered 200 | probe answered',
  longreq: 'answered 100,486 | probe answered',
  // On a stream the "noise" after the REGISTER is a second request; its short Content-Length leaves "C".
  dblreq:
    'answered 404,404 | Request-URI does not point to us. | Request-URI does not point to us. | ' +
    'error parsing first line of SIP message: "C" | Failed to parse incoming message. Dropping. | probe answered',
  semiuri: 'answered 404 | Request-URI does not point to us. | probe answered',
  transports: 'answered 200 | probe answered',
  mpart01: 'answered 404 | Request-URI does not point to us. | probe answered',
  unreason: 'no answer | Via sent-by in the response does not match UA Via host value. Dropping. | probe answered',
  noreason: 'no answer | Via sent-by in the response does not match UA Via host value. Dropping. | probe answered',
  // 3.1.2 invalid messages
  badinv01: "no answer | error parsing header 'Via' | Failed to parse incoming message. Dropping. | probe answered",
  clerr: 'no answer | probes lost',
  ncl: 'no answer | probes lost | disconnected: framing',
  scalar02: 'answered 404 | Request-URI does not point to us. | probe answered',
  scalarlg: 'no answer | Via sent-by in the response does not match UA Via host value. Dropping. | probe answered',
  quotbal: "no answer | error parsing header 'To' | Failed to parse incoming message. Dropping. | probe answered",
  ltgtruri:
    'no answer | error parsing first line of SIP message: "INVITE <sip:user@example.com> SIP/2.0" | ' +
    'Failed to parse incoming message. Dropping. | probe answered',
  lwsruri:
    'no answer | error parsing first line of SIP message: "INVITE sip:user@example.com; lr SIP/2.0" | ' +
    'Failed to parse incoming message. Dropping. | probe answered',
  lwsstart:
    'no answer | error parsing first line of SIP message: "INVITE  sip:user@example.com  SIP/2.0" | ' +
    'Failed to parse incoming message. Dropping. | probe answered',
  trws:
    'no answer | error parsing first line of SIP message: "OPTIONS sip:remote-target@example.com SIP/2.0  " | ' +
    'Failed to parse incoming message. Dropping. | probe answered',
  escruri: 'answered 100,486 | probe answered',
  baddate: 'answered 100,486 | probe answered',
  regbadct: "no answer | error parsing header 'Contact' | Failed to parse incoming message. Dropping. | probe answered",
  badaspec: "no answer | error parsing header 'To' | Failed to parse incoming message. Dropping. | probe answered",
  baddn: "no answer | error parsing header 'From' | Failed to parse incoming message. Dropping. | probe answered",
  badvers: 'answered 404 | Request-URI does not point to us. | probe answered',
  mismatch01: 'answered 200 | probe answered',
  mismatch02: 'answered 405 | probe answered',
  bigcode:
    'no answer | error parsing first line of SIP message: "SIP/2.0 4294967301 better not break the receiver" | ' +
    'Failed to parse incoming message. Dropping. | probe answered',
  // 3.3 and 3.4
  insuf:
    'no answer | Missing mandatory header field : from. | Request missing mandatory header field. Dropping. | ' +
    'probe answered',
  multi01: 'answered 100,486 | probe answered',
  mcl01: 'no answer | probes lost | disconnected: framing',
  inv2543:
    'answered 404 | Request-URI does not point to us. | error parsing first line of SIP message: "v=0" | ' +
    'Failed to parse incoming message. Dropping. | probe swallowed',
};

const fixture = (tag: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'rfc4475', `${tag}.dat`));

let probes = 0;
function probe() {
  const n = ++probes;
  const callId = `probe-${n}`;
  return {
    callId,
    bytes: Buffer.from(
      `OPTIONS sip:user@example.com SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5999;branch=z9hG4bK-probe-${n}\r\n` +
        `Max-Forwards: 70\r\nTo: <sip:user@example.com>\r\nFrom: <sip:probe@example.net>;tag=p${n}\r\n` +
        `Call-ID: ${callId}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n`,
    ),
  };
}

/** Status code and Call-ID of every response the UserAgent wrote on the connection. */
function responses(peer: AcceptedConnection) {
  const framer = new SipMessageFramer(1024 * 1024);
  framer.push(Buffer.from(peer.received()));
  const found: { status: string; callId: string }[] = [];
  for (let item = framer.next(); item; item = framer.next()) {
    if (item.type !== 'message') continue;
    const status = /^SIP\/2\.0 (\d+)/.exec(item.message)?.[1] ?? 'request';
    const callId = /^(?:Call-ID|i)\s*:\s*(.*)$/im.exec(item.message)?.[1]?.trim() ?? '';
    found.push({ status, callId });
  }
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForAnswer(peer: AcceptedConnection, callId: string, transport: NodeTransport, ms: number) {
  const started = Date.now();
  while (Date.now() - started < ms && transport.isConnected()) {
    if (responses(peer).some((response) => response.callId === callId)) return true;
    await sleep(5);
  }
  return false;
}

describe('RFC 4475 torture messages through NodeTransport and a sip.js UserAgent', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startTcpServer();
  });
  afterAll(() => server.close());

  it.each(Object.entries(OUTCOMES))('%s', async (tag, expected) => {
    const logs: string[] = [];
    const disconnects: (Error | undefined)[] = [];
    const userAgent = new UserAgent({
      uri: UserAgent.makeURI('sip:user@example.com'),
      transportConstructor: NodeTransport,
      transportOptions: {
        server: { host: '127.0.0.1', port: server.port },
        protocol: 'tcp',
        keepAliveIntervalMs: 0,
      } satisfies NodeTransportOptions,
      viaHost: '127.0.0.1',
      contactParams: { transport: 'tcp' },
      logBuiltinEnabled: false,
      logConnector: (level, category, _label, content) => {
        if ((level === 'warn' || level === 'error') && category !== 'sip.Transport') logs.push(content);
      },
      delegate: { onDisconnect: (error) => disconnects.push(error) },
    });
    const transport = userAgent.transport as NodeTransport;
    await userAgent.start();
    const peer = await server.nextConnection();
    const first = probe();
    peer.socket.write(Buffer.concat([fixture(tag), first.bytes]));
    let probeOutcome = 'probe answered';
    if (!(await waitForAnswer(peer, first.callId, transport, 300))) {
      const second = probe();
      if (transport.isConnected()) peer.socket.write(second.bytes);
      probeOutcome = (await waitForAnswer(peer, second.callId, transport, 300)) ? 'probe swallowed' : 'probes lost';
    }
    await sleep(20);
    const answers = responses(peer)
      .filter((response) => !response.callId.startsWith('probe-'))
      .map((response) => response.status);
    const lost = disconnects.map((error) => `disconnected: ${(error as TransportError | undefined)?.kind}`);
    const outcome = [answers.length ? `answered ${answers.join(',')}` : 'no answer', ...logs, probeOutcome, ...lost];
    await userAgent.stop();
    expect(outcome.join(' | ')).toBe(expected);
  });
});
