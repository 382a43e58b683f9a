import { g711Silence } from './g711';
import type { PacketPort } from './media-session-types';

export type MutablePort = PacketPort & { setMuted(muted: boolean): void; setHeld(held: boolean): void };

/**
 * Mute and hold stay local. Muted, the port keeps its pace with G.711 silence so the far end
 * keeps receiving RTP; held, it sends nothing at all, so the far end hears nothing of us.
 */
export function mutablePort(port: PacketPort): MutablePort {
  let muted = false;
  let held = false;
  return {
    get codec() {
      return port.codec;
    },
    send(payload, samples) {
      const codec = port.codec;
      if (held || !codec) return;
      port.send(muted ? new Uint8Array(payload.length).fill(g711Silence[codec]) : payload, samples);
    },
    onFrame: (listener) => port.onFrame(listener),
    setMuted(next) {
      muted = next;
    },
    setHeld(next) {
      held = next;
    },
  };
}
