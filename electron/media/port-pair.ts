import type { G711Codec, PacketPort, ReceivedFrame } from './media-session-types';

type Listeners = Set<(frame: ReceivedFrame) => void>;

function portSide(codec: G711Codec, own: Listeners, peer: Listeners): PacketPort {
  let sequence = 0;
  let timestamp = 0;
  return {
    codec,
    send(payload, samples = payload.length) {
      const frame: ReceivedFrame = {
        codec,
        payload,
        timestamp,
        sequence,
        marker: sequence === 0,
        receivedAt: performance.now(),
      };
      sequence = (sequence + 1) & 0xffff;
      timestamp = (timestamp + samples) >>> 0;
      for (const listener of peer) listener(frame);
    },
    onFrame(listener) {
      own.add(listener);
      return () => own.delete(listener);
    },
  };
}

/**
 * Two packet ports joined back to back inside the process: what one side sends, the other
 * receives, with RTP-like timing. The sound test uses it in place of a SIP media leg.
 */
export function createPortPair(codec: G711Codec = 'PCMU'): { near: PacketPort; far: PacketPort } {
  const near: Listeners = new Set();
  const far: Listeners = new Set();
  return { near: portSide(codec, near, far), far: portSide(codec, far, near) };
}
