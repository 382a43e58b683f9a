import { parse, parsePayloads, type MediaDescription, type SessionDescription } from 'sdp-transform';
import { effectiveRemoteDirection } from './media-direction';
import { MediaNegotiationError, type G711Codec, type MediaDirection } from './media-session-types';

export interface Endpoint {
  address: string;
  port: number;
}

export interface RemoteCrypto {
  tag: number;
  suite: string;
  keyParams: string;
  sessionParams: string | undefined;
}

/** The audio stream of a far end's SDP, validated. */
export interface RemoteAudio {
  /** Index of the m= line we use, to answer the others with port 0. */
  mediaIndex: number;
  protocol: 'RTP/AVP' | 'RTP/SAVP';
  /** undefined when the connection address is 0.0.0.0 (old-style hold). */
  rtp: Endpoint | undefined;
  rtcp: Endpoint | undefined;
  rtcpMux: boolean;
  /** G.711 payload types in the order of the m= line. */
  codecs: { payloadType: number; codec: G711Codec }[];
  telephoneEvent: { payloadType: number; events: string } | undefined;
  /** As written (default sendrecv), with a zero address turned into "do not send to me". */
  direction: MediaDirection;
  crypto: RemoteCrypto[];
}

export interface RemoteDescription {
  session: SessionDescription;
  audio: RemoteAudio;
}

const supportedProtocols = ['RTP/AVP', 'RTP/SAVP'] as const;

function codecOf(media: MediaDescription, payloadType: number): G711Codec | undefined {
  const rtpmap = media.rtp.find((entry) => entry.payload === payloadType);
  if (!rtpmap) return payloadType === 0 ? 'PCMU' : payloadType === 8 ? 'PCMA' : undefined;
  const name = rtpmap.codec.toUpperCase();
  if ((name !== 'PCMU' && name !== 'PCMA') || rtpmap.rate !== 8000 || (rtpmap.encoding ?? 1) !== 1) return undefined;
  return name;
}

function telephoneEventOf(media: MediaDescription, payloadTypes: number[]): RemoteAudio['telephoneEvent'] {
  const rtpmap = media.rtp.find(
    (entry) =>
      payloadTypes.includes(entry.payload) && entry.codec.toLowerCase() === 'telephone-event' && entry.rate === 8000,
  );
  if (!rtpmap) return undefined;
  const events = media.fmtp.find((entry) => entry.payload === rtpmap.payload)?.config.trim() || '0-15';
  return { payloadType: rtpmap.payload, events };
}

function isSupported(media: MediaDescription): boolean {
  return (
    media.type === 'audio' &&
    media.port > 0 &&
    (supportedProtocols as readonly string[]).includes(media.protocol.toUpperCase())
  );
}

/** Parses the far end's SDP and picks its first usable audio stream. Throws MediaNegotiationError. */
export function parseRemoteSdp(sdp: string): RemoteDescription {
  let session: SessionDescription;
  try {
    session = parse(sdp);
  } catch {
    throw new MediaNegotiationError('The far end sent an SDP that cannot be parsed');
  }
  if (!Array.isArray(session.media)) throw new MediaNegotiationError('The far end sent an SDP without media');
  const mediaIndex = session.media.findIndex(isSupported);
  const media = session.media[mediaIndex];
  if (!media) throw new MediaNegotiationError('The far end offers no RTP/AVP or RTP/SAVP audio stream');
  const connection = media.connection ?? session.connection;
  if (!connection) throw new MediaNegotiationError('The far end SDP has no connection address');
  if (connection.version !== 4) throw new MediaNegotiationError('Only IPv4 media addresses are supported');
  const payloadTypes = parsePayloads(String(media.payloads ?? ''));
  const codecs = payloadTypes.flatMap((payloadType) => {
    const codec = codecOf(media, payloadType);
    return codec ? [{ payloadType, codec }] : [];
  });
  if (codecs.length === 0) throw new MediaNegotiationError('The far end offers neither PCMU nor PCMA');
  const zeroAddress = connection.ip === '0.0.0.0';
  const rtcpMux = media.rtcpMux === 'rtcp-mux';
  const rtp = zeroAddress ? undefined : { address: connection.ip, port: media.port };
  const rtcp = !rtp
    ? undefined
    : rtcpMux
      ? rtp
      : { address: media.rtcp?.address ?? rtp.address, port: media.rtcp?.port ?? rtp.port + 1 };
  const written = media.direction ?? session.direction ?? 'sendrecv';
  return {
    session,
    audio: {
      mediaIndex,
      protocol: media.protocol.toUpperCase() as RemoteAudio['protocol'],
      rtp,
      rtcp,
      rtcpMux,
      codecs,
      telephoneEvent: telephoneEventOf(media, payloadTypes),
      direction: effectiveRemoteDirection(written, zeroAddress),
      crypto: (media.crypto ?? []).map((line) => ({
        tag: line.id,
        suite: line.suite,
        keyParams: line.config,
        sessionParams: line.sessionConfig,
      })),
    },
  };
}
