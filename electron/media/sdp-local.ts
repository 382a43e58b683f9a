import { randomInt } from 'node:crypto';
import { write, type MediaDescription, type SessionDescription } from 'sdp-transform';
import type { G711Codec, MediaDirection } from './media-session-types';
import type { Endpoint } from './sdp-remote';

export interface LocalCrypto {
  tag: number;
  suite: string;
  keyParams: string;
}

export interface LocalAudio {
  protocol: 'RTP/AVP' | 'RTP/SAVP';
  rtp: Endpoint;
  /** Our RTCP address and port; undefined with rtcp-mux. */
  rtcp: Endpoint | undefined;
  codecs: { payloadType: number; codec: G711Codec }[];
  telephoneEvent: { payloadType: number; events: string } | undefined;
  crypto: LocalCrypto[];
  direction: MediaDirection;
}

export interface LocalDescriptionInit {
  sessionId: string;
  sessionVersion: number;
  audio: LocalAudio;
  /** When answering: the offer's m= lines, so the ones we do not use are answered with port 0. */
  answering?: { offered: MediaDescription[]; audioIndex: number };
}

function audioMedia(audio: LocalAudio): MediaDescription {
  const payloadTypes = audio.codecs.map((entry) => entry.payloadType);
  const media: MediaDescription = {
    type: 'audio',
    port: audio.rtp.port,
    protocol: audio.protocol,
    payloads: [...payloadTypes, ...(audio.telephoneEvent ? [audio.telephoneEvent.payloadType] : [])].join(' '),
    rtp: audio.codecs.map((entry) => ({ payload: entry.payloadType, codec: entry.codec, rate: 8000 })),
    fmtp: [],
    ptime: 20,
    direction: audio.direction,
  };
  if (audio.telephoneEvent) {
    media.rtp.push({ payload: audio.telephoneEvent.payloadType, codec: 'telephone-event', rate: 8000 });
    media.fmtp.push({ payload: audio.telephoneEvent.payloadType, config: audio.telephoneEvent.events });
  }
  if (audio.rtcp) {
    const sameAddress = audio.rtcp.address === audio.rtp.address;
    media.rtcp = sameAddress
      ? { port: audio.rtcp.port }
      : { port: audio.rtcp.port, netType: 'IN', ipVer: 4, address: audio.rtcp.address };
  } else {
    media.rtcpMux = 'rtcp-mux';
  }
  if (audio.crypto.length > 0) {
    media.crypto = audio.crypto.map((line) => ({ id: line.tag, suite: line.suite, config: line.keyParams }));
  }
  return media;
}

function rejected(offered: MediaDescription): MediaDescription {
  const firstPayload = String(offered.payloads ?? '0').split(' ')[0] || '0';
  return { type: offered.type, port: 0, protocol: offered.protocol, payloads: firstPayload, rtp: [], fmtp: [] };
}

/** Writes our SDP with sdp-transform: one audio stream, c= at session level. */
export function writeLocalSdp(init: LocalDescriptionInit): string {
  const audio = audioMedia(init.audio);
  const media = init.answering
    ? init.answering.offered.map((offered, index) => (index === init.answering!.audioIndex ? audio : rejected(offered)))
    : [audio];
  const description: SessionDescription = {
    version: 0,
    origin: {
      username: '-',
      sessionId: init.sessionId,
      sessionVersion: init.sessionVersion,
      netType: 'IN',
      ipVer: 4,
      address: init.audio.rtp.address,
    },
    name: '-',
    connection: { version: 4, ip: init.audio.rtp.address },
    timing: { start: 0, stop: 0 },
    media,
  };
  return write(description);
}

/** Our SDPs for one call: o= keeps its version while the SDP is unchanged, and counts up when it changes (RFC 3264 section 8). */
export class LocalSdpWriter {
  private readonly sessionId = String(randomInt(1, 2 ** 47));
  private sessionVersion = 1;
  private last: string | undefined;

  write(init: Omit<LocalDescriptionInit, 'sessionId' | 'sessionVersion'>): string {
    const render = () => writeLocalSdp({ ...init, sessionId: this.sessionId, sessionVersion: this.sessionVersion });
    let sdp = render();
    if (this.last !== undefined && sdp !== this.last) {
      this.sessionVersion++;
      sdp = render();
    }
    this.last = sdp;
    return sdp;
  }
}
