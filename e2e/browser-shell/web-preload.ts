import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import { isEventChannel, isInvokeChannel } from '../../shared/contract/channel-names';
import type { EventChannel } from '../../shared/contract/event-channels';
import type { SocketReply } from '../../shared/contract/socket-messages';
import { err, type Result } from '../../shared/result';

/**
 * The browser shell's stand-in for electron/preload: defines window.dialtone with exactly the
 * DialtoneApi, carried over a WebSocket to the same backend services. Loaded before the renderer.
 */
const token = new URLSearchParams(location.search).get('token') ?? '';
const socket = new WebSocket(`ws://${location.host}/ipc?token=${encodeURIComponent(token)}`);
const pending = new Map<number, (result: Result<unknown>) => void>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const outbox: string[] = [];
let nextId = 1;

const unavailable = () =>
  err('backend-unavailable', "Dialtone's backend is not running. Start it again with npm run dev:web and reload.");

socket.addEventListener('open', () => outbox.splice(0).forEach((message) => socket.send(message)));
socket.addEventListener('close', () => {
  for (const resolve of pending.values()) resolve(unavailable());
  pending.clear();
});
socket.addEventListener('message', (message) => {
  const reply = JSON.parse(String(message.data)) as SocketReply;
  if (reply.kind === 'result') {
    pending.get(reply.id)?.(reply.result as Result<unknown>);
    pending.delete(reply.id);
  } else if (reply.kind === 'event') {
    listeners.get(reply.event)?.forEach((listener) => listener(reply.payload));
  }
});

function invoke(channel: string, payload?: unknown): Promise<Result<unknown>> {
  if (!isInvokeChannel(channel)) {
    return Promise.resolve(err('unknown-channel', `${channel} is not part of the Dialtone contract.`));
  }
  if (socket.readyState > WebSocket.OPEN) return Promise.resolve(unavailable());
  const id = nextId++;
  const message = JSON.stringify({ id, channel, payload });
  return new Promise((resolve) => {
    pending.set(id, resolve);
    if (socket.readyState === WebSocket.OPEN) socket.send(message);
    else outbox.push(message);
  });
}

function on(event: EventChannel, listener: (payload: unknown) => void): () => void {
  if (!isEventChannel(event) || typeof listener !== 'function') return () => undefined;
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set);
  set.add(listener);
  return () => set.delete(listener);
}

const api = Object.freeze({ invoke, on }) as unknown as DialtoneApi;
Object.defineProperty(window, 'dialtone', { value: api, writable: false, configurable: false });
