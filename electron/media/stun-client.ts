import { lookup } from 'node:dns/promises';
import type { Endpoint } from './sdp-remote';
import { buildBindingRequest, parseBindingResponse } from './stun-message';

/** Sends STUN Binding Requests from a media socket and matches the responses it is handed. */
export interface StunClient {
  /** Resolves with our mapped address, or rejects after `timeoutMs` (retransmitting meanwhile). */
  bind(server: Endpoint, timeoutMs: number): Promise<Endpoint>;
  /** Offers a received STUN datagram; true when it answered one of our requests. */
  handle(datagram: Buffer): boolean;
  cancel(): void;
}

interface Pending {
  resolve(mapped: Endpoint): void;
  reject(error: Error): void;
}

export function createStunClient(send: (datagram: Buffer, to: Endpoint) => void): StunClient {
  const pending = new Map<string, Pending>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
    return timer;
  };
  return {
    bind(server, timeoutMs) {
      const { transactionId, message } = buildBindingRequest();
      const key = transactionId.toString('hex');
      return new Promise<Endpoint>((resolve, reject) => {
        const retransmits: NodeJS.Timeout[] = [];
        const settle = () => {
          pending.delete(key);
          for (const timer of [...retransmits, deadline]) {
            clearTimeout(timer);
            timers.delete(timer);
          }
        };
        pending.set(key, {
          resolve: (mapped) => (settle(), resolve(mapped)),
          reject: (error) => (settle(), reject(error)),
        });
        // RFC 5389 section 7.2.1 doubles the retransmission timeout; ours is shorter, a call is waiting.
        for (let delay = 0, rto = 100; delay < timeoutMs; delay += rto, rto *= 2) {
          retransmits.push(later(delay, () => send(message, server)));
        }
        const deadline = later(timeoutMs, () => pending.get(key)?.reject(new Error('STUN request timed out')));
      });
    },
    handle(datagram) {
      const response = parseBindingResponse(datagram);
      const waiting = response && pending.get(response.transactionId.toString('hex'));
      if (!response || !waiting) return false;
      if (response.kind === 'success' && response.mapped) waiting.resolve(response.mapped);
      else waiting.reject(new Error('STUN server answered without a mapped address'));
      return true;
    },
    cancel() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const waiting of [...pending.values()]) waiting.reject(new Error('STUN cancelled'));
    },
  };
}

/** `host:port` (port 3478 by default) to an IPv4 endpoint. */
export async function resolveStunServer(hostPort: string): Promise<Endpoint> {
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(hostPort.trim());
  if (!match) throw new Error(`Not a STUN server address: ${hostPort}`);
  const { address } = await lookup(match[1]!, { family: 4 });
  return { address, port: match[2] ? Number(match[2]) : 3478 };
}
