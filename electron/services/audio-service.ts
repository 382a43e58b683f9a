import type { EventPayload } from '../../shared/contract/event-channels';
import type { Logger } from '../logging/logger';
import { AudioBridgeError, type AudioBridge } from '../media/audio-bridge/audio-bridge-types';
import type { PacketPort } from '../media/media-session-types';
import { words } from '../../shared/text/words';
import { AppFailure } from './app-failure';
import type { EventBus } from './event-bus';

/** What the audio service needs of the calls: the SIP leg's audio port of a live call. */
export interface AudioCalls {
  /** Throws AppFailure('call-not-found') once the call has ended. */
  get(callId: string): { audioPort(): Promise<PacketPort | undefined> };
}

export interface AudioServiceOptions {
  calls: AudioCalls;
  events: EventBus;
  logger: Logger;
  /** How long connect waits for the call's media leg (default 10 s). */
  portTimeoutMs?: number;
  /** Seam for tests. */
  createBridge?: (port: PacketPort, offerSdp: string, logger: Logger) => Promise<AudioBridge>;
}

const pollMs = 50;
/** werift takes about 200 ms and 25 MB to load: it loads with the first call's audio, not at start-up. */
const loadAndCreateBridge: NonNullable<AudioServiceOptions['createBridge']> = async (port, offerSdp, logger) =>
  (await import('../media/audio-bridge/audio-bridge')).createAudioBridge(port, offerSdp, logger);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const gone = () => new AppFailure('call-not-found', words('contacts.callAudioGone'));

/**
 * Connects the renderer's loopback WebRTC peer to a call's SIP media leg: one audio bridge per call.
 * A second connect for the same call (a reloaded window) replaces the first. Bridges go away when
 * the renderer disconnects, when the call ends and when the backend closes.
 */
export function createAudioService(options: AudioServiceOptions) {
  const { calls, events, logger } = options;
  const portTimeoutMs = options.portTimeoutMs ?? 10_000;
  const createBridge = options.createBridge ?? loadAndCreateBridge;
  const bridges = new Map<string, AudioBridge>();
  /** The latest connect of each call; a disconnect or the call's end removes it, so a slower, older connect never wins. */
  const current = new Map<string, number>();
  let connects = 0;
  let closed = false;

  async function drop(callId: string): Promise<void> {
    const bridge = bridges.get(callId);
    bridges.delete(callId);
    await bridge?.close();
  }

  async function waitForPort(callId: string, isCurrent: () => boolean): Promise<PacketPort> {
    const deadline = performance.now() + portTimeoutMs;
    for (;;) {
      const port = await calls.get(callId).audioPort();
      if (port) return port;
      if (!isCurrent()) throw gone();
      if (performance.now() > deadline) throw new AppFailure('internal', words('contacts.callNoAudioPath'));
      await sleep(pollMs);
    }
  }

  const stopListening = events.subscribe((event, payload) => {
    if (event !== 'calls:state-changed') return;
    const call = payload as EventPayload<'calls:state-changed'>;
    if (call.state !== 'ended') return;
    current.delete(call.id);
    drop(call.id).catch((error: unknown) =>
      logger.warn('Closing a call audio bridge failed', { error: String(error) }),
    );
  });

  return {
    /** Answers the renderer's offer for this call; resolves with our answer SDP. */
    async connect(callId: string, offerSdp: string): Promise<{ answerSdp: string }> {
      if (closed) throw new AppFailure('call-not-found', words('contacts.callAlreadyEnded'));
      const generation = ++connects;
      current.set(callId, generation);
      const isCurrent = () => !closed && current.get(callId) === generation;
      await drop(callId);
      const port = await waitForPort(callId, isCurrent);
      if (!isCurrent()) throw gone();
      let bridge: AudioBridge;
      try {
        bridge = await createBridge(port, offerSdp, logger.child('bridge'));
      } catch (error) {
        if (!(error instanceof AudioBridgeError)) throw error;
        logger.warn('The call audio offer was refused', { reason: error.message });
        throw new AppFailure(
          'invalid-request',
          words('contacts.callAudioRefused', { detail: error.message.slice(0, 1000) }),
        );
      }
      if (!isCurrent()) {
        await bridge.close();
        throw gone();
      }
      bridges.set(callId, bridge);
      return { answerSdp: bridge.answerSdp };
    },
    async disconnect(callId: string): Promise<void> {
      current.delete(callId);
      await drop(callId);
    },
    /** How many bridges are open (for tests and diagnostics). */
    openBridges: (): number => bridges.size,
    async close(): Promise<void> {
      closed = true;
      stopListening();
      await Promise.all([...bridges.keys()].map((callId) => drop(callId)));
    },
  };
}

export type AudioService = ReturnType<typeof createAudioService>;
