import { alawToLinear, linearToAlaw, linearToUlaw, ulawToLinear } from '../g711';
import type { G711Codec } from '../media-session-types';

/*
 * The renderer's peer speaks PCMU only. When the far end chose PCMA, each byte is mapped through
 * a 256-entry table (μ-law <-> A-law, G.711's own conversion through linear); no resampling.
 */
const ulawToAlaw = Uint8Array.from({ length: 256 }, (_, code) => linearToAlaw(ulawToLinear(code)));
const alawToUlaw = Uint8Array.from({ length: 256 }, (_, code) => linearToUlaw(alawToLinear(code)));

function map(table: Uint8Array, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = table[payload[i]!]!;
  return out;
}

/** A PCMU payload from the renderer, in the SIP leg's codec. */
export function pcmuTo(codec: G711Codec, payload: Uint8Array): Uint8Array {
  return codec === 'PCMU' ? payload : map(ulawToAlaw, payload);
}

/** A payload from the SIP leg, as PCMU for the renderer. */
export function toPcmu(codec: G711Codec, payload: Uint8Array): Uint8Array {
  return codec === 'PCMU' ? payload : map(alawToUlaw, payload);
}
