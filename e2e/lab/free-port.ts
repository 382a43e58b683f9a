import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that was free a moment ago; the OS picks it, so parallel callers get different
 * ones. (baresip needs none for SIP or RTP: it binds port 0 and registers whatever it got.)
 */
export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
