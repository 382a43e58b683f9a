/** RFC 3550 section 5.1: the fixed RTP header, CSRC list, header extension and padding. */

export interface RtpHeaderExtension {
  /** The 16-bit "defined by profile" field (0xBEDE for RFC 8285 one-byte headers). */
  profile: number;
  /** The extension body, a multiple of 4 bytes. */
  data: Uint8Array;
}

export interface RtpPacket {
  marker: boolean;
  payloadType: number;
  sequence: number;
  timestamp: number;
  ssrc: number;
  csrcs: number[];
  extension: RtpHeaderExtension | undefined;
  payload: Uint8Array;
  /** Bytes of padding after the payload, counted with its own last byte; 0 without the P bit. */
  paddingLength: number;
}

export type RtpPacketInit = Pick<RtpPacket, 'payloadType' | 'sequence' | 'timestamp' | 'ssrc' | 'payload'> &
  Partial<Pick<RtpPacket, 'marker' | 'csrcs' | 'extension' | 'paddingLength'>>;

export const rtpFixedHeaderLength = 12;

/**
 * RFC 5761 section 4: on a shared port an RTCP packet has a second byte of 192..223 (packet
 * types 200..206 and the reserved neighbours), which RTP payload types 64..95 with the marker
 * would collide with; those payload types are never used.
 */
export function looksLikeRtcp(datagram: Uint8Array): boolean {
  return datagram.length >= 8 && datagram[0]! >> 6 === 2 && datagram[1]! >= 192 && datagram[1]! <= 223;
}

/** Length of the header (fixed part, CSRCs, extension), or undefined when the header is truncated. */
export function rtpHeaderLength(datagram: Uint8Array): number | undefined {
  if (datagram.length < rtpFixedHeaderLength || datagram[0]! >> 6 !== 2) return undefined;
  let length = rtpFixedHeaderLength + (datagram[0]! & 0x0f) * 4;
  if (datagram[0]! & 0x10) {
    if (datagram.length < length + 4) return undefined;
    length += 4 + ((datagram[length + 2]! << 8) | datagram[length + 3]!) * 4;
  }
  return length <= datagram.length ? length : undefined;
}

/** Parses one RTP packet; anything malformed gives undefined (never throws: this is network input). */
export function parseRtp(datagram: Uint8Array): RtpPacket | undefined {
  const headerLength = rtpHeaderLength(datagram);
  if (headerLength === undefined) return undefined;
  const view = new DataView(datagram.buffer, datagram.byteOffset, datagram.byteLength);
  const first = datagram[0]!;
  const csrcCount = first & 0x0f;
  let paddingLength = 0;
  if (first & 0x20) {
    paddingLength = datagram[datagram.length - 1]!;
    if (paddingLength === 0 || headerLength + paddingLength > datagram.length) return undefined;
  }
  const csrcs: number[] = [];
  for (let i = 0; i < csrcCount; i++) csrcs.push(view.getUint32(rtpFixedHeaderLength + i * 4));
  let extension: RtpHeaderExtension | undefined;
  if (first & 0x10) {
    const at = rtpFixedHeaderLength + csrcCount * 4;
    extension = { profile: view.getUint16(at), data: datagram.subarray(at + 4, headerLength) };
  }
  return {
    marker: (datagram[1]! & 0x80) !== 0,
    payloadType: datagram[1]! & 0x7f,
    sequence: view.getUint16(2),
    timestamp: view.getUint32(4),
    ssrc: view.getUint32(8),
    csrcs,
    extension,
    payload: datagram.subarray(headerLength, datagram.length - paddingLength),
    paddingLength,
  };
}

/** Writes an RTP packet. Throws on values that cannot be represented (a programming error, not input). */
export function serializeRtp(packet: RtpPacketInit): Buffer {
  const csrcs = packet.csrcs ?? [];
  const extension = packet.extension;
  const paddingLength = packet.paddingLength ?? 0;
  if (csrcs.length > 15) throw new RangeError('At most 15 CSRCs fit in an RTP header');
  if (packet.payloadType < 0 || packet.payloadType > 127) throw new RangeError('RTP payload type is 0..127');
  if (paddingLength < 0 || paddingLength > 255) throw new RangeError('RTP padding is 0..255 bytes');
  if (extension && extension.data.length % 4 !== 0) throw new RangeError('RTP extension length is a multiple of 4');
  const extensionLength = extension ? 4 + extension.data.length : 0;
  const headerLength = rtpFixedHeaderLength + csrcs.length * 4 + extensionLength;
  const out = Buffer.alloc(headerLength + packet.payload.length + paddingLength);
  out[0] = 0x80 | (paddingLength > 0 ? 0x20 : 0) | (extension ? 0x10 : 0) | csrcs.length;
  out[1] = (packet.marker ? 0x80 : 0) | packet.payloadType;
  out.writeUInt16BE(packet.sequence & 0xffff, 2);
  out.writeUInt32BE(packet.timestamp >>> 0, 4);
  out.writeUInt32BE(packet.ssrc >>> 0, 8);
  csrcs.forEach((csrc, i) => out.writeUInt32BE(csrc >>> 0, rtpFixedHeaderLength + i * 4));
  if (extension) {
    const at = rtpFixedHeaderLength + csrcs.length * 4;
    out.writeUInt16BE(extension.profile & 0xffff, at);
    out.writeUInt16BE(extension.data.length / 4, at + 2);
    out.set(extension.data, at + 4);
  }
  out.set(packet.payload, headerLength);
  if (paddingLength > 0) out[out.length - 1] = paddingLength;
  return out;
}
