import type { G711Codec } from './media-session-types';

/** ITU-T G.711 μ-law and A-law, sample by sample and for whole frames. */

const ulawBias = 0x84;
const ulawClip = 32635;

export function linearToUlaw(sample: number): number {
  let s = Math.max(-32768, Math.min(32767, Math.round(sample)));
  const sign = s < 0 ? 0x80 : 0;
  if (sign) s = -s;
  if (s > ulawClip) s = ulawClip;
  s += ulawBias;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; exponent--, mask >>= 1);
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

export function ulawToLinear(code: number): number {
  const u = ~code & 0xff;
  const exponent = (u >> 4) & 0x07;
  const magnitude = ((((u & 0x0f) << 3) + ulawBias) << exponent) - ulawBias;
  return u & 0x80 ? -magnitude : magnitude;
}

export function linearToAlaw(sample: number): number {
  let s = Math.max(-32768, Math.min(32767, Math.round(sample)));
  const sign = s >= 0 ? 0x80 : 0;
  if (!sign) s = -s - 1;
  let code: number;
  if (s < 256) {
    code = s >> 4;
  } else {
    let exponent = 1;
    while (exponent < 7 && s >= 256 << exponent) exponent++;
    code = (exponent << 4) | ((s >> (exponent + 3)) & 0x0f);
  }
  return (sign | code) ^ 0x55;
}

export function alawToLinear(code: number): number {
  const a = (code ^ 0x55) & 0xff;
  const exponent = (a >> 4) & 0x07;
  const mantissa = a & 0x0f;
  const magnitude = exponent === 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
  return a & 0x80 ? magnitude : -magnitude;
}

const ulawTable = Int16Array.from({ length: 256 }, (_, code) => ulawToLinear(code));
const alawTable = Int16Array.from({ length: 256 }, (_, code) => alawToLinear(code));

export function encodeG711(codec: G711Codec, samples: ArrayLike<number>): Uint8Array {
  const encode = codec === 'PCMU' ? linearToUlaw : linearToAlaw;
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = encode(samples[i]!);
  return out;
}

export function decodeG711(codec: G711Codec, payload: Uint8Array): Int16Array {
  const table = codec === 'PCMU' ? ulawTable : alawTable;
  const out = new Int16Array(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = table[payload[i]!]!;
  return out;
}

/** What a silent frame looks like in each law (the code for 0). */
export const g711Silence: Record<G711Codec, number> = { PCMU: 0xff, PCMA: 0xd5 };
