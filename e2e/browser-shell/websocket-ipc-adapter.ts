import type { WebSocket, WebSocketServer } from 'ws';
import { eventChannels } from '../../shared/contract/event-channels';
import { socketRequestSchema, type SocketReply } from '../../shared/contract/socket-messages';
import type { EventBus } from '../../electron/services/event-bus';
import type { ContractRouter } from '../../electron/ipc/contract-router';
import type { Logger } from '../../electron/logging/logger';

function send(socket: WebSocket, reply: SocketReply): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function handleMessage(socket: WebSocket, data: unknown, router: ContractRouter): Promise<void> {
  const text = Buffer.isBuffer(data) ? data.toString('utf8') : '';
  const json = parseJson(text);
  const request = json.ok ? socketRequestSchema.safeParse(json.value) : undefined;
  if (!request?.success) {
    send(socket, {
      kind: 'protocol-error',
      message: 'Message refused: expected JSON {"id": number, "channel": string, "payload"?: any}.',
    });
    return;
  }
  const { id, channel, payload } = request.data;
  send(socket, { kind: 'result', id, result: await router.invoke(channel, payload) });
}

/**
 * The browser shell's adapter of the IPC contract: the same router and the same events as the
 * Electron adapter, carried over a WebSocket. Only connections the server already authenticated
 * (token and origin) are handed to it.
 */
export function attachWebSocketIpc(server: WebSocketServer, router: ContractRouter, events: EventBus, logger: Logger) {
  server.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => {
      handleMessage(socket, isBinary ? undefined : data, router).catch((error: unknown) => {
        logger.error('WebSocket request failed', { error: error instanceof Error ? error.name : typeof error });
      });
    });
    socket.on('error', () => socket.terminate());
  });

  return events.subscribe((event, payload) => {
    const checked = eventChannels[event].safeParse(payload);
    if (!checked.success) {
      logger.error('An event did not match the contract and was dropped', { event });
      return;
    }
    const reply = JSON.stringify({ kind: 'event', event, payload: checked.data } satisfies SocketReply);
    for (const client of server.clients) if (client.readyState === client.OPEN) client.send(reply);
  });
}
