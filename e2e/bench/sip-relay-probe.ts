import { Socket } from 'node:dgram';
import type { PacketPort, ReceivedFrame } from '../../electron/media/media-session-types';

/**
 * Relay latency inside the engine, measured at the edges of Node's UDP sockets without touching
 * electron/media: the bench wraps dgram.Socket's 'message' emit and send callback for the whole
 * process (only while recording, and only for packets that come from or go to a PacketPort).
 *
 * - in:  the media socket emits 'message' -> the frame reaches a PacketPort listener (same tick).
 * - out: PacketPort.send() -> the socket's send callback, which Node runs right after the datagram
 *        was handed to the kernel (dgram resolves the IP literal on a nextTick, then sendmsg()).
 * - engineStamp: ReceivedFrame.receivedAt (stamped by MediaReceiver after its header checks) ->
 *        the listener: the engine's own view, a subset of `in`.
 */
export interface RelayProbe {
  /** A port whose send() is timed to the datagram leaving its socket. */
  timedPort(port: PacketPort): PacketPort;
  /** Times every frame the port delivers, from the socket's 'message' event. Returns unsubscribe. */
  timeFrames(port: PacketPort): () => void;
  record(on: boolean): void;
  samples(): { inMs: number[]; outMs: number[]; engineStampMs: number[]; unmatched: number };
  uninstall(): void;
}

type Emit = (this: Socket, event: string | symbol, ...args: unknown[]) => boolean;
type Send = (this: Socket, ...args: unknown[]) => void;

export function installRelayProbe(): RelayProbe {
  const proto = Socket.prototype as unknown as { emit: Emit; send: Send };
  const originalEmit = proto.emit;
  const originalSend = proto.send;
  const inMs: number[] = [];
  const outMs: number[] = [];
  const engineStampMs: number[] = [];
  let unmatched = 0;
  let recording = false;
  /** performance.now() of the 'message' event being dispatched right now, if any. */
  let messageAt: number | undefined;
  /** performance.now() of the PacketPort.send() running right now, if any. */
  let portSendAt: number | undefined;

  proto.emit = function (this: Socket, event, ...args) {
    if (event !== 'message' || !recording) return originalEmit.call(this, event, ...args);
    messageAt = performance.now();
    try {
      return originalEmit.call(this, event, ...args);
    } finally {
      messageAt = undefined;
    }
  };
  proto.send = function (this: Socket, ...args) {
    const started = portSendAt;
    const callback = args.at(-1);
    if (started !== undefined && typeof callback === 'function') {
      args[args.length - 1] = (...result: unknown[]) => {
        outMs.push(performance.now() - started);
        return callback(...result);
      };
    } else if (started !== undefined) {
      unmatched++;
    }
    return originalSend.apply(this, args);
  };

  return {
    timedPort: (port) => ({
      get codec() {
        return port.codec;
      },
      send(payload, samples) {
        if (!recording) return port.send(payload, samples);
        portSendAt = performance.now();
        try {
          port.send(payload, samples);
        } finally {
          portSendAt = undefined;
        }
      },
      onFrame: (listener) => port.onFrame(listener),
    }),
    timeFrames: (port) =>
      port.onFrame((frame: ReceivedFrame) => {
        if (!recording) return;
        const now = performance.now();
        engineStampMs.push(now - frame.receivedAt);
        if (messageAt === undefined) unmatched++;
        else inMs.push(now - messageAt);
      }),
    record: (on) => void (recording = on),
    samples: () => ({ inMs, outMs, engineStampMs, unmatched }),
    uninstall() {
      proto.emit = originalEmit;
      proto.send = originalSend;
    },
  };
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
