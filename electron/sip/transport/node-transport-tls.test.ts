import type tls from 'node:tls';
import { TransportState } from 'sip.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificate, startTlsServer, type LocalServer, type TestCertificate } from './local-test-server';
import type { NodeTransportOptions } from './node-transport';
import { failure, sipOptions as options, transportKit } from './transport-test-kit';

const { makeTransport, tcpServer } = transportKit();

describe('NodeTransport over TLS', () => {
  let certificate: TestCertificate;
  let server: LocalServer;
  beforeAll(async () => {
    certificate = makeCertificate();
    server = await startTlsServer(certificate);
  });
  afterAll(() => server.close());

  const tlsTransport = (tlsOptions: NodeTransportOptions['tls'], host = '127.0.0.1') =>
    makeTransport({ port: server.port, host, protocol: 'tls', tls: tlsOptions });

  it('refuses a certificate nobody vouches for', async () => {
    const t = tlsTransport({});
    expect(t.transport.protocol).toBe('TLS');
    const error = await failure(t.transport.connect());
    expect(error).toMatchObject({
      kind: 'tls-certificate',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      words: { id: 'calls.sipCertificateUntrusted' },
    });
    expect(error.message).toBe(
      'The SIP server’s certificate is not trusted. If this is your own PBX, add its certificate in the account settings.',
    );
  });

  it('trusts an extra CA, checks the name against it and sends SNI for names only', async () => {
    const byIp = tlsTransport({ extraCaPem: certificate.certPem });
    await byIp.transport.connect();
    expect((await server.nextConnection()).socket).toMatchObject({ servername: false });

    const byName = tlsTransport({ extraCaPem: certificate.certPem }, 'localhost');
    await byName.transport.connect();
    const peer = await server.nextConnection();
    expect((peer.socket as tls.TLSSocket).servername).toBe('localhost');
    await byName.transport.send(options('over tls'));
    await peer.waitFor((text) => text.endsWith('over tls'));

    const wrongName = tlsTransport({ extraCaPem: certificate.certPem, servername: 'pbx.example.org' });
    expect(await failure(wrongName.transport.connect())).toMatchObject({
      kind: 'tls-certificate',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
  });

  it('accepts exactly the pinned certificate', async () => {
    const pinned = tlsTransport({ pinnedCertSha256: certificate.sha256.toLowerCase() });
    await pinned.transport.connect();
    expect(pinned.transport.isConnected()).toBe(true);
    await server.nextConnection();

    const wrongPin = tlsTransport({ pinnedCertSha256: 'AB'.repeat(32) });
    const error = await failure(wrongPin.transport.connect());
    expect(error).toMatchObject({ kind: 'tls-certificate', code: 'CERT_PIN_MISMATCH' });
    expect(wrongPin.transport.state).toBe(TransportState.Disconnected);
  });

  it('times out when the server never completes the handshake', async () => {
    const silent = await tcpServer();
    const t = makeTransport({ port: silent.port, protocol: 'tls', connectTimeoutMs: 200 });
    const started = Date.now();
    expect(await failure(t.transport.connect())).toMatchObject({ kind: 'timeout', code: 'CONNECT_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
