import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';

/** Test-only: SIP peers on 127.0.0.1, port 0, for the transport tests. */
export type LocalServer = {
  port: number;
  /** Resolves with the next accepted connection (TLS: once its handshake is done). */
  nextConnection(): Promise<AcceptedConnection>;
  close(): Promise<void>;
};

export type AcceptedConnection = {
  socket: net.Socket;
  /** Everything received so far, as text. */
  received(): string;
  /** Resolves once the received text satisfies the predicate. */
  waitFor(predicate: (text: string) => boolean): Promise<string>;
  closed: Promise<void>;
};

export type TestCertificate = { certPem: string; keyPem: string; sha256: string };

export function startTcpServer(): Promise<LocalServer> {
  return listen(net.createServer(), 'connection');
}

export function startTlsServer(certificate: TestCertificate): Promise<LocalServer> {
  return listen(tls.createServer({ cert: certificate.certPem, key: certificate.keyPem }), 'secureConnection');
}

/** A self-signed certificate for localhost and 127.0.0.1, made by openssl in a temporary folder. */
export function makeCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' }); // prettier-ignore
    const certPem = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const keyPem = readFileSync(join(dir, 'key.pem'), 'utf8');
    return { certPem, keyPem, sha256: new X509Certificate(certPem).fingerprint256 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = await startTcpServer();
  await server.close();
  return server.port;
}

async function listen(server: net.Server, event: 'connection' | 'secureConnection'): Promise<LocalServer> {
  const accepted: AcceptedConnection[] = [];
  const waiting: ((connection: AcceptedConnection) => void)[] = [];
  const sockets = new Set<net.Socket>();
  server.on(event, (socket: net.Socket) => {
    sockets.add(socket);
    const connection = accept(socket);
    void connection.closed.then(() => sockets.delete(socket));
    const waiter = waiting.shift();
    if (waiter) waiter(connection);
    else accepted.push(connection);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    nextConnection: () => {
      const ready = accepted.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function accept(socket: net.Socket): AcceptedConnection {
  const chunks: Buffer[] = [];
  const text = () => Buffer.concat(chunks).toString('utf8');
  const watchers = new Set<() => void>();
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    for (const watcher of [...watchers]) watcher();
  });
  socket.on('error', () => {}); // resets are what several tests provoke
  return {
    socket,
    received: text,
    waitFor: (predicate) =>
      new Promise((resolve) => {
        const check = () => {
          const now = text();
          if (!predicate(now)) return;
          watchers.delete(check);
          resolve(now);
        };
        watchers.add(check);
        check();
      }),
    closed: new Promise((resolve) => socket.once('close', () => resolve())),
  };
}
