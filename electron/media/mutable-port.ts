import type { ConferenceMix } from './conference-feed';
import { g711Silence } from './g711';
import type { PacketPort } from './media-session-types';

export type MutablePort = PacketPort & {
  setMuted(muted: boolean): void;
  setHeld(held: boolean): void;
  /** In a 3-way call: what to add to each frame we send (the other leg's far end); undefined: nothing. */
  setMix(mix: ConferenceMix | undefined): void;
};

/**
 * Mute and hold stay local. Muted, the port keeps its pace with G.711 silence so the far end
 * keeps receiving RTP; held, it sends nothing at all, so the far end hears nothing of us. The
 * conference mix goes in after mute: a muted person's parties still hear each other.
 */
export function mutablePort(port: PacketPort): MutablePort {
  let muted = false;
  let held = false;
  let mix: ConferenceMix | undefined;
  return {
    get codec() {
      return port.codec;
    },
    send(payload, samples) {
      const codec = port.codec;
      if (held || !codec) return;
      const own = muted ? new Uint8Array(payload.length).fill(g711Silence[codec]) : payload;
      port.send(mix ? mix(codec, own) : own, samples);
    },
    onFrame: (listener) => port.onFrame(listener),
    setMuted(next) {
      muted = next;
    },
    setHeld(next) {
      held = next;
    },
    setMix(next) {
      mix = next;
    },
  };
}
