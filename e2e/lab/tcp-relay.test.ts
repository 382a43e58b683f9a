import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTcpRelay, type TcpRelay } from './tcp-relay';

interface LabServer {
  server: Server;
  port: number;
  /** What each accepted connection received, in order of acceptance. */
  received: string[];
  sockets: Socket[];
}

async function labServer(): Promise<LabServer> {
  const lab: Omit<LabServer, 'port'> = { server: createServer(), received: [], sockets: [] };
  lab.server.on('connection', (socket) => {
    const index = lab.sockets.push(socket) - 1;
    lab.received[index] = '';
    socket.on('data', (chunk: Buffer) => (lab.received[index] += chunk.toString()));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', resolve));
  return { ...lab, port: (lab.server.address() as AddressInfo).port };
}

async function client(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise<string>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.on('close', () => resolve('closed'));
  });
  await new Promise((resolve) => socket.once('connect', resolve));
  return { socket, received: () => received, closed };
}

const options = 'OPTIONS sip:alice@127.0.0.1 SIP/2.0\r\nContent-Length: 5\r\n\r\nalice';
const ok = 'SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n';

describe('TCP relay', () => {
  const cleanUps: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  async function relayed(): Promise<{ server: LabServer; relay: TcpRelay }> {
    const server = await labServer();
    const relay = await startTcpRelay(
      { host: '127.0.0.1', port: server.port },
      {
        sip: {
          toServer: (message) => message.replace('sip:alice@', 'sip:ALICE@'),
          toClient: (message) => message.replace('200 OK', '200 Fine'),
        },
      },
    );
    cleanUps.push(
      () => new Promise<void>((resolve) => server.server.close(() => resolve())),
      () => server.sockets.forEach((socket) => socket.destroy()),
      () => relay.stop(),
    );
    return { server, relay };
  }

  it('hands each whole SIP message to the rewrite, however the stream is cut, and passes keep-alives', async () => {
    const { server, relay } = await relayed();
    const phone = await client(relay.port);
    cleanUps.push(() => void phone.socket.destroy());
    const bytes = `${options}\r\n\r\n${options}`;
    for (const piece of [bytes.slice(0, 7), bytes.slice(7, 60), bytes.slice(60)]) {
      phone.socket.write(piece);
      await sleep(20);
    }
    const expected = `${options.replace('sip:alice@', 'sip:ALICE@')}\r\n\r\n${options.replace('sip:alice@', 'sip:ALICE@')}`;
    await vi.waitFor(() => expect(server.received[0]).toBe(expected));
    server.sockets[0]!.write(`${ok}\r\n`);
    await vi.waitFor(() => expect(phone.received()).toBe(`${ok.replace('200 OK', '200 Fine')}\r\n`));
  });

  it('resets open connections in an outage, holds new ones until it ends, then delivers what they sent', async () => {
    const { server, relay } = await relayed();
    const before = await client(relay.port);
    await vi.waitFor(() => expect(relay.connections()).toBe(1));
    relay.setOutage(true);
    expect(await before.closed).toBe('ECONNRESET');

    const during = await client(relay.port);
    cleanUps.push(() => void during.socket.destroy());
    during.socket.write(options);
    await sleep(300);
    expect(server.received).toEqual(['']);
    expect(relay.connections()).toBe(0);

    relay.setOutage(false);
    await vi.waitFor(() => expect(server.received[1]).toBe(options.replace('sip:alice@', 'sip:ALICE@')));
    server.sockets[1]!.write(ok);
    await vi.waitFor(() => expect(during.received()).toBe(ok.replace('200 OK', '200 Fine')));
  });

  it('closes a connection whose stream is not SIP', async () => {
    const { relay } = await relayed();
    const phone = await client(relay.port);
    phone.socket.write('INVITE sip:x SIP/2.0\r\nContent-Length: many\r\n\r\n');
    expect(await phone.closed).toBe('closed');
  });
});
