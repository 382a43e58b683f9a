// Lets a Function served by twilio-run call "Twilio" and reach the double instead: twilio-node sends its requests
// through HTTP_PROXY with CONNECT (twilio/lib/base/RequestClient.js, https-proxy-agent), so this proxy answers
// CONNECT for api.twilio.com and lookups.twilio.com, ends the TLS itself with a certificate of a lab CA (which
// twilio-run trusts through NODE_EXTRA_CA_CERTS), and sends each request on to the double. Any other host is
// refused and listed, so a test can check nothing left for the internet.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, TLSSocket } from 'node:tls';
import type { TwilioDouble } from '../twilio-double';

export interface TwilioApiProxy {
  /**
   * HTTP_PROXY and NODE_EXTRA_CA_CERTS, for twilio-run's .env: twilio-run replaces its process environment with that
   * file's variables (commands/start.js), and the process it forks for each request inherits them.
   */
  env: Record<string, string>;
  /** Every host:port a CONNECT asked for that is not one the double stands in for. */
  refused(): string[];
  /** Holds every request this long before sending it on (a slow Twilio); 0 again to stop. */
  setDelay(ms: number): void;
  stop(): Promise<void>;
}

/** A lab CA and a certificate it signed for the Twilio hosts, made by openssl in `dir` (P-256 keys: quick handshakes). */
function labCertificates(dir: string, hosts: string[]) {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...newKey, '-days', '1', '-subj', '/CN=Dialtone lab CA', '-keyout', 'ca.key', '-out', 'ca.pem');
  run('req', ...newKey, '-subj', `/CN=${hosts[0]}`, '-keyout', 'host.key', '-out', 'host.csr');
  writeFileSync(join(dir, 'host.ext'), `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}\n`);
  const sign = ['-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', 'host.ext'];
  run('x509', '-req', '-in', 'host.csr', ...sign, '-out', 'host.pem');
  return {
    caPath: join(dir, 'ca.pem'),
    key: readFileSync(join(dir, 'host.key')),
    cert: readFileSync(join(dir, 'host.pem')),
  };
}

/** Sends a request that arrived for a Twilio host on to `upstream` (http://127.0.0.1:port), as it came. */
function forward(upstream: string, request: IncomingMessage, response: ServerResponse) {
  const target = new URL(request.url ?? '/', upstream);
  const outgoing = httpRequest(
    target,
    { method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', (error) => response.destroy(error));
  request.pipe(outgoing);
}

export async function startTwilioApiProxy(double: Pick<TwilioDouble, 'endpoints'>): Promise<TwilioApiProxy> {
  const upstreams: Record<string, string> = {
    'api.twilio.com:443': double.endpoints.api,
    'lookups.twilio.com:443': double.endpoints.lookups,
  };
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-twilio-proxy-'));
  const refused: string[] = [];
  let delayMs = 0;
  const sockets = new Set<Socket>();
  let proxy: Server | undefined;
  try {
    const { caPath, key, cert } = labCertificates(
      dir,
      Object.keys(upstreams).map((host) => host.split(':')[0]!),
    );
    const secureContext = createSecureContext({ key, cert });
    const sites = new Map(
      Object.entries(upstreams).map(([host, upstream]) => [
        host,
        createServer((req, res) =>
          setTimeout(() => {
            if (!req.socket.destroyed) forward(upstream, req, res);
          }, delayMs),
        ),
      ]),
    );
    proxy = createServer((_request, response) => response.writeHead(403).end('CONNECT only'));
    proxy.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      const site = sites.get(request.url ?? '');
      if (!site) {
        refused.push(request.url ?? '');
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      site.emit('connection', new TLSSocket(socket, { isServer: true, secureContext }));
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    return {
      env: { HTTP_PROXY: `http://127.0.0.1:${port}`, NODE_EXTRA_CA_CERTS: caPath },
      refused: () => [...refused],
      setDelay(ms) {
        delayMs = ms;
      },
      async stop() {
        for (const socket of sockets) socket.destroy();
        await new Promise<void>((resolve) => proxy!.close(() => resolve()));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    proxy?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
