import { afterEach, expect } from 'vitest';
import type { TransportState } from 'sip.js';
import { createMemoryLogger } from '../../logging/logger';
import { startTcpServer, type LocalServer } from './local-test-server';
import { NodeTransport, type NodeTransportOptions } from './node-transport';
import type { TransportError } from './transport-error';

type TransportSetup = Partial<NodeTransportOptions> & { port: number; host?: string };

/** Test-only: transports that record what they report, disposed with their servers after each test. */
export function transportKit() {
  const logger = createMemoryLogger();
  const transports: NodeTransport[] = [];
  const servers: LocalServer[] = [];
  afterEach(async () => {
    await Promise.all(transports.splice(0).map((transport) => transport.dispose()));
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  function makeTransport({ port, host = '127.0.0.1', ...rest }: TransportSetup) {
    const options: NodeTransportOptions = { server: { host, port }, protocol: 'tcp', keepAliveIntervalMs: 0, ...rest };
    const transport = new NodeTransport(logger, options);
    const record = {
      states: [] as TransportState[],
      disconnects: [] as (Error | undefined)[],
      messages: [] as string[],
    };
    const ports: number[] = [];
    transport.stateChange.addListener((state) => record.states.push(state));
    transport.localAddressChange.addListener(({ port: local }) => ports.push(local));
    transport.onDisconnect = (error) => record.disconnects.push(error);
    transport.onMessage = (message) => record.messages.push(message);
    transports.push(transport);
    return { transport, ...record, ports };
  }

  async function tcpServer() {
    const server = await startTcpServer();
    servers.push(server);
    return server;
  }

  return { logger, makeTransport, tcpServer };
}

export async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toMatchObject({ name: 'TransportError' });
  return error as TransportError;
}

export async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sipOptions = (body: string) => `OPTIONS sip:a@b SIP/2.0\r\nl: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
