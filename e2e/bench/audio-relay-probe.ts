import { Socket } from 'node:dgram';
import type { PacketPort, ReceivedFrame } from '../../electron/media/media-session-types';

/**
 * Instruments the audio bridge from outside, without touching electron/: the audio service finds a
 * call's port through `calls.get(id).audioPort()`, so the bench wraps that method on the backend's
 * calls object and hands the bridge a port of its own that times and observes what crosses it.
 * Node's UDP sockets are wrapped for the whole process (timing only while recording):
 *
 * - in:  werift's socket emits 'message' (SRTP from Chromium) -> the bridge calls PacketPort.send()
 *        (same tick: ICE, SRTP decrypt, RTP parse and the bridge all run inside the emit).
 * - out: the port delivers a frame to the bridge's listener -> the send callback of the datagram the
 *        bridge's werift peer sends during that listener (Node runs it once sendmsg() is done; werift
 *        passes no callback, so the probe adds one while recording).
 *
 * Every frame also goes to the observers (for the echo measurement), timed with performance.now().
 */
export interface AudioProbe {
  record(on: boolean): void;
  samples(): { inMs: number[]; outMs: number[]; unmatchedIn: number; unmatchedOut: number };
  /** Frames the bridge sends into the call (the microphone) and frames the call delivers to it (the ear). */
  observe(observer: FrameObserver): () => void;
  uninstall(): void;
}

export interface FrameObserver {
  fromBridge?(payload: Uint8Array, at: number): void;
  toBridge?(frame: ReceivedFrame, at: number): void;
}

interface AudioCalls<C extends { audioPort(): Promise<PacketPort | undefined> }> {
  get(callId: string): C;
}

type Emit = (this: Socket, event: string | symbol, ...args: unknown[]) => boolean;
type Send = (this: Socket, ...args: unknown[]) => void;

export function installAudioProbe<C extends { audioPort(): Promise<PacketPort | undefined> }>(
  calls: AudioCalls<C>,
): AudioProbe {
  const proto = Socket.prototype as unknown as { emit: Emit; send: Send };
  const originalEmit = proto.emit;
  const originalSend = proto.send;
  const originalGet = calls.get;
  const observers = new Set<FrameObserver>();
  const inMs: number[] = [];
  const outMs: number[] = [];
  let unmatchedIn = 0;
  let unmatchedOut = 0;
  let recording = false;
  /** performance.now() of the 'message' event being dispatched right now, if any. */
  let messageAt: number | undefined;
  /** performance.now() at which the frame now in the bridge's listener was delivered, if any. */
  let frameAt: number | undefined;
  let sentDuringFrame = 0;

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
    const started = frameAt;
    if (started !== undefined) {
      sentDuringFrame++;
      const last = args.at(-1);
      const timed = (...result: unknown[]) => {
        outMs.push(performance.now() - started);
        if (typeof last === 'function') (last as (...values: unknown[]) => void)(...result);
      };
      if (typeof last === 'function') args[args.length - 1] = timed;
      else args.push(timed);
    }
    return originalSend.apply(this, args);
  };

  const wrap = (port: PacketPort): PacketPort => ({
    get codec() {
      return port.codec;
    },
    send(payload, samples) {
      const at = performance.now();
      if (recording) {
        if (messageAt === undefined) unmatchedIn++;
        else inMs.push(at - messageAt);
      }
      for (const observer of observers) observer.fromBridge?.(payload, at);
      port.send(payload, samples);
    },
    onFrame: (listener) =>
      port.onFrame((frame) => {
        const at = performance.now();
        for (const observer of observers) observer.toBridge?.(frame, at);
        if (!recording) return listener(frame);
        frameAt = at;
        sentDuringFrame = 0;
        try {
          listener(frame);
        } finally {
          frameAt = undefined;
          if (sentDuringFrame === 0) unmatchedOut++;
        }
      }),
  });

  // The same call in every other respect (calls.ipc asks it for media()), with the port wrapped.
  calls.get = (callId) => {
    const call = originalGet.call(calls, callId);
    const audioPort = async () => {
      const port = await call.audioPort();
      return port && wrap(port);
    };
    return new Proxy(call, {
      get(target, key) {
        if (key === 'audioPort') return audioPort;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };

  return {
    record: (on) => void (recording = on),
    samples: () => ({ inMs, outMs, unmatchedIn, unmatchedOut }),
    observe(observer) {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    uninstall() {
      calls.get = originalGet;
      proto.emit = originalEmit;
      proto.send = originalSend;
    },
  };
}
