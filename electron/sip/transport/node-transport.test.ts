import { StateTransitionError, TransportState } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { closedPort } from './local-test-server';
import { failure, sipOptions as options, transportKit, until } from './transport-test-kit';

const { logger, makeTransport, tcpServer } = transportKit();

describe('NodeTransport over TCP', () => {
  it('connects, sends, receives whole messages and exposes its local address', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    expect(t.transport.protocol).toBe('TCP');
    expect(t.transport.state).toBe(TransportState.Disconnected);
    const connected = t.transport.connect();
    expect(t.transport.state).toBe(TransportState.Connecting);
    expect(t.transport.connect()).toBe(connected);
    await connected;
    const peer = await server.nextConnection();
    expect(t.states).toEqual([TransportState.Connecting, TransportState.Connected]);
    expect(t.transport.localAddress).toBe('127.0.0.1');
    expect(t.transport.localPort).toBe(peer.socket.remotePort);
    expect(t.ports).toEqual([peer.socket.remotePort]);

    await t.transport.send(options('héllo'));
    await peer.waitFor((text) => text === options('héllo'));
    const two = options('ünïcode ☎') + options('second');
    peer.socket.write(two.slice(0, 30));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.messages).toEqual([]);
    peer.socket.write(two.slice(30));
    await until(() => t.messages.length === 2);
    expect(t.messages).toEqual([options('ünïcode ☎'), options('second')]);
  });

  it('disconnects on request without an error, and refuses to send afterwards', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    await t.transport.connect();
    const peer = await server.nextConnection();
    await t.transport.disconnect();
    expect(t.disconnects).toEqual([undefined]);
    expect(t.transport.state).toBe(TransportState.Disconnected);
    await peer.closed;
    await expect(t.transport.send(options(''))).rejects.toThrow(/Disconnected/);
  });

  it('gets a new local port on every connect and says so', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    await t.transport.connect();
    const first = t.transport.localPort;
    (await server.nextConnection()).socket.destroy();
    await until(() => t.transport.state === TransportState.Disconnected);
    await t.transport.connect();
    expect(t.transport.localPort).not.toBe(first);
    expect(t.ports).toEqual([first, t.transport.localPort]);
  });

  it('reports a refused port, an unknown name and a reset', async () => {
    const refused = makeTransport({ port: await closedPort() });
    expect(await failure(refused.transport.connect())).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect(refused.transport.state).toBe(TransportState.Disconnected);
    expect(refused.disconnects).toEqual([]);

    const dns = makeTransport({ port: 5060, host: 'no-such-host.invalid' });
    const dnsError = await failure(dns.transport.connect());
    expect(dnsError.kind).toBe('dns');
    expect(dnsError.message).toMatch(/could not be found/);

    const server = await tcpServer();
    const reset = makeTransport({ port: server.port });
    await reset.transport.connect();
    (await server.nextConnection()).socket.resetAndDestroy();
    await until(() => reset.disconnects.length === 1);
    expect(reset.disconnects[0]).toMatchObject({ kind: 'reset', code: 'ECONNRESET' });

    const closed = makeTransport({ port: server.port });
    await closed.transport.connect();
    (await server.nextConnection()).socket.end();
    await until(() => closed.disconnects.length === 1);
    expect(closed.disconnects[0]).toMatchObject({ kind: 'reset', code: 'REMOTE_CLOSE' });
  });

  it('drops the connection with a framing error on an oversized message', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    await t.transport.connect();
    const peer = await server.nextConnection();
    peer.socket.write(`INVITE sip:a@b SIP/2.0\r\nContent-Length: 70000\r\n\r\n`);
    await until(() => t.disconnects.length === 1);
    expect(t.disconnects[0]).toMatchObject({ kind: 'framing', code: 'message-too-large' });

    const endless = makeTransport({ port: server.port });
    await endless.transport.connect();
    const flood = await server.nextConnection();
    const chunk = 'X'.repeat(16 * 1024);
    let written = 0;
    while (!flood.socket.destroyed && written < 4 * 1024 * 1024) {
      flood.socket.write(chunk);
      written += chunk.length;
      if (written % (256 * 1024) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await until(() => endless.disconnects.length === 1);
    expect(endless.disconnects[0]).toMatchObject({ kind: 'framing', code: 'headers-too-large' });
    await flood.closed;
  });

  it('keeps a flow alive while the server answers pings, and drops it when it falls silent', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port, keepAliveIntervalMs: 40, keepAliveTimeoutMs: 100 });
    await t.transport.connect();
    const peer = await server.nextConnection();
    const answer = () => peer.socket.write('\r\n');
    peer.socket.on('data', answer);
    await peer.waitFor((text) => text === '\r\n\r\n'.repeat(6));
    expect(t.transport.isConnected()).toBe(true);

    peer.socket.off('data', answer);
    await until(() => t.disconnects.length === 1);
    expect(t.disconnects[0]).toMatchObject({ kind: 'timeout', code: 'KEEPALIVE_TIMEOUT' });
  });

  it("answers the server's CRLFCRLF ping with CRLF", async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    await t.transport.connect();
    const peer = await server.nextConnection();
    peer.socket.write('\r\n\r\n');
    await peer.waitFor((text) => text === '\r\n');
    expect(t.messages).toEqual([]);
  });

  it('keeps delivering when onMessage throws', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    const seen: string[] = [];
    t.transport.onMessage = (message) => {
      seen.push(message);
      throw new Error('handler bug');
    };
    await t.transport.connect();
    (await server.nextConnection()).socket.write(options('1') + options('2'));
    await until(() => seen.length === 2);
    expect(logger.records.some((record) => record.message.includes('handler bug'))).toBe(true);
  });

  it('follows the sip.js state rules for disconnect while connecting and calls from callbacks', async () => {
    const server = await tcpServer();
    const t = makeTransport({ port: server.port });
    const connecting = t.transport.connect();
    await t.transport.disconnect();
    await expect(connecting).rejects.toThrow(/cancelled/);
    expect(t.states).toEqual([TransportState.Connecting, TransportState.Disconnecting, TransportState.Disconnected]);

    let reentrant: Promise<unknown> | undefined;
    t.transport.onDisconnect = () => (reentrant = t.transport.connect().catch((error: unknown) => error));
    await t.transport.connect();
    (await server.nextConnection()).socket.destroy();
    await until(() => reentrant !== undefined);
    expect(await reentrant).toBeInstanceOf(StateTransitionError);
  });
});
