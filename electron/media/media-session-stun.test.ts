import { createSocket, type Socket } from 'node:dgram';
import { parse } from 'sdp-transform';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBindingSuccess, parseBindingResponse } from './stun-message';
import { loopback, openSession, waitFor } from './test-support/media-test-kit';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((item) => item.close()))));

/** A tiny STUN server: answers every Binding Request with a made-up public address (port + 10000, wrapped). */
const mappedPort = (port: number) => (port + 10000) % 65536;

async function stunResponder(options: { silent?: boolean } = {}) {
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, loopback, resolve));
  const requests: number[] = [];
  socket.on('message', (message, from) => {
    if (message.readUInt16BE(0) !== 0x0001) return;
    requests.push(from.port);
    if (options.silent) return;
    const transactionId = message.subarray(8, 20);
    socket.send(
      buildBindingSuccess(transactionId, { address: '203.0.113.7', port: mappedPort(from.port) }),
      from.port,
      from.address,
    );
  });
  const server = {
    address: `${loopback}:${socket.address().port}`,
    requests,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
  open.push(server);
  return server;
}

describe('STUN', () => {
  it('puts the mapped address and ports into the SDP and refreshes the binding', async () => {
    const stun = await stunResponder();
    const session = await openSession('off', { stunServer: stun.address, stunRefreshMs: 100 });
    open.push(session);
    const messages = session.logger.records.map((record) => record.message);
    expect(messages, JSON.stringify(session.logger.records)).toContain('STUN mapped the media ports');
    const audio = parse(await session.createOffer('sendrecv'));
    const media = audio.media[0]!;
    expect(audio.connection?.ip).toBe('203.0.113.7');
    expect(audio.origin.address).toBe('203.0.113.7');
    expect(mappedPort(stun.requests[0]!)).toBe(media.port);
    expect(media.rtcp?.port).toBe(mappedPort(stun.requests.find((port) => port === stun.requests[0]! + 1)!));
    const before = stun.requests.length;
    await waitFor(() => stun.requests.length >= before + 4, 3000, 'refreshes');
  });

  it('falls back to the configured address when the server does not answer', async () => {
    const stun = await stunResponder({ silent: true });
    const session = await openSession('off', { stunServer: stun.address });
    open.push(session);
    expect(parse(await session.createOffer('sendrecv')).connection?.ip).toBe(loopback);
    expect(stun.requests.length).toBeGreaterThan(2);
    expect(session.logger.records.some((record) => record.level === 'warn' && /STUN failed/.test(record.message))).toBe(
      true,
    );
  });

  it('parses XOR-MAPPED-ADDRESS', () => {
    const transactionId = Buffer.alloc(12, 7);
    const response = parseBindingResponse(buildBindingSuccess(transactionId, { address: '192.0.2.1', port: 32853 }));
    expect(response).toEqual({ kind: 'success', transactionId, mapped: { address: '192.0.2.1', port: 32853 } });
    expect(parseBindingResponse(Buffer.alloc(20))).toBeUndefined();
  });
});
