import type { Logger } from '../logging/logger';
import type { G711Codec, PacketPort, ReceivedFrame } from './media-session-types';

/** The PacketPort of a media session: frames out through `sendFrame`, received frames to listeners. */
export class MediaPacketPort implements PacketPort {
  codec: G711Codec | undefined;
  private readonly listeners = new Set<(frame: ReceivedFrame) => void>();

  constructor(
    private readonly sendFrame: (payload: Uint8Array, samples: number) => void,
    private readonly logger: Logger,
  ) {}

  send(payload: Uint8Array, samples = payload.length): void {
    this.sendFrame(payload, samples);
  }

  onFrame(listener: (frame: ReceivedFrame) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  deliver(frame: ReceivedFrame): void {
    for (const listener of this.listeners) {
      try {
        listener(frame);
      } catch (error) {
        this.logger.error('A frame listener failed', { error: String(error) });
      }
    }
  }
}
