import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SipMessageFramer } from '../../electron/sip/transport/sip-message-framer';
import type { SipRewrite } from './sip-media-detour';

export interface TcpRelay {
  port: number;
  /** Resets every relayed connection (RST both ways), as a NAT or a flaky network would. */
  resetAll(): void;
  /**
   * While on, nothing passes: the connections open now are reset (the network changed under
   * them), and new ones are accepted but carry nothing until it ends, as if their packets were
   * lost; then they go through with what was sent meanwhile.
   */
  setOutage(on: boolean): void;
  connections(): number;
  stop(): Promise<void>;
}

export interface TcpRelayOptions {
  /** Makes the relay SIP-aware: each whole message passes through these (keep-alives go as they are). */
  sip?: SipRewrite;
}

/** A TCP relay on 127.0.0.1 in front of a lab server, so a test can cut connections mid-call. */
export async function startTcpRelay(
  target: { host: string; port: number },
  options: TcpRelayOptions = {},
): Promise<TcpRelay> {
  const pairs = new Set<[Socket, Socket]>();
  const waiting = new Set<Socket>();
  let outage = false;

  function join(client: Socket): void {
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (options.sip) {
      relayMessages(client, upstream, options.sip.toServer);
      relayMessages(upstream, client, options.sip.toClient);
    } else {
      client.pipe(upstream).pipe(client);
    }
    client.resume();
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  }

  function resetAll(): void {
    for (const [client, upstream] of pairs) {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    pairs.clear();
  }

  const server = createServer((client) => {
    if (!outage) return join(client);
    client.pause();
    waiting.add(client);
    client.on('error', () => client.destroy()).on('close', () => waiting.delete(client));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    resetAll,
    setOutage(on) {
      outage = on;
      if (on) return resetAll();
      for (const client of waiting) join(client);
      waiting.clear();
    },
    connections: () => pairs.size,
    async stop() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      for (const client of waiting) client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Frames `from`'s stream into SIP messages and writes each, rewritten, to `to`. */
function relayMessages(from: Socket, to: Socket, rewrite: (message: string) => string): void {
  const framer = new SipMessageFramer();
  from.on('data', (chunk: Buffer) => {
    framer.push(chunk);
    try {
      for (let item = framer.next(); item; item = framer.next()) {
        to.write(item.type === 'message' ? rewrite(item.message) : item.type === 'ping' ? '\r\n\r\n' : '\r\n');
      }
    } catch (error) {
      from.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
