import type { SrtpPolicy } from '../../shared/models/account';
import { negotiatedDirection, receives, sends } from './media-direction';
import { MediaNegotiationError, type G711Codec, type MediaDirection } from './media-session-types';
import type { LocalAudio, LocalCrypto } from './sdp-local';
import type { Endpoint, RemoteAudio, RemoteCrypto, RemoteDescription } from './sdp-remote';
import { formatKeyParams, isSrtpSuite, parseKeyParams, type MasterKey, type SrtpSuite } from './srtp-keys';
import type { SrtpKeying } from './srtp-session';

/** What we bring to a negotiation. */
export interface LocalMediaConfig {
  policy: SrtpPolicy;
  /** Advertised (possibly STUN-mapped) RTP and RTCP addresses. */
  rtp: Endpoint;
  rtcp: Endpoint;
  /** One key per suite, kept for the whole call so re-INVITEs do not re-key. */
  keys: Record<SrtpSuite, MasterKey>;
}

/** The outcome of an offer/answer exchange, from our side. */
export interface NegotiatedMedia {
  codec: G711Codec;
  sendPayloadType: number;
  /** Payload types the far end may send us, and their codec. */
  receiveCodecs: Map<number, G711Codec>;
  telephoneEvent: { send: number; receive: number } | undefined;
  remoteRtp: Endpoint | undefined;
  remoteRtcp: Endpoint | undefined;
  rtcpMux: boolean;
  direction: MediaDirection;
  /** The far end does not want our audio (it holds us): our next hold offer is then inactive. */
  remoteHoldsUs: boolean;
  srtp: SrtpKeying | undefined;
}

const offeredCodecs: LocalAudio['codecs'] = [
  { payloadType: 0, codec: 'PCMU' },
  { payloadType: 8, codec: 'PCMA' },
];
const ourTelephoneEvent = { payloadType: 101, events: '0-16' };
const suiteTags: Record<SrtpSuite, number> = { AES_CM_128_HMAC_SHA1_80: 1, AES_CM_128_HMAC_SHA1_32: 2 };

function offeredCrypto(config: LocalMediaConfig): LocalCrypto[] {
  if (config.policy === 'off') return [];
  return (Object.keys(suiteTags) as SrtpSuite[]).map((suite) => ({
    tag: suiteTags[suite],
    suite,
    keyParams: formatKeyParams(config.keys[suite]),
  }));
}

/** Our offer: RTP/SAVP only when SRTP is mandatory; best-effort SDES (RTP/AVP with a=crypto) when optional. */
export function createLocalOffer(config: LocalMediaConfig, direction: MediaDirection): LocalAudio {
  return {
    protocol: config.policy === 'mandatory' ? 'RTP/SAVP' : 'RTP/AVP',
    rtp: config.rtp,
    rtcp: config.rtcp,
    codecs: offeredCodecs,
    telephoneEvent: ourTelephoneEvent,
    crypto: offeredCrypto(config),
    direction,
  };
}

type Usable = { line: RemoteCrypto; suite: SrtpSuite; remote: MasterKey };

function usableCrypto(lines: RemoteCrypto[], accept: (line: RemoteCrypto) => boolean): Usable | undefined {
  for (const line of lines) {
    if (!isSrtpSuite(line.suite) || line.sessionParams || !accept(line)) continue;
    const parsed = parseKeyParams(line.keyParams);
    if (parsed.ok) return { line, suite: line.suite, remote: parsed.master };
  }
  return undefined;
}

function refuseWithoutCrypto(policy: SrtpPolicy, audio: RemoteAudio): void {
  if (policy === 'mandatory') throw new MediaNegotiationError('SRTP is required, but the far end offers no usable key');
  if (audio.protocol === 'RTP/SAVP') throw new MediaNegotiationError('The far end requires SRTP with no usable key');
}

/** Answers a far end's offer. Throws MediaNegotiationError when nothing acceptable is offered. */
export function answerRemoteOffer(
  config: LocalMediaConfig,
  remote: RemoteDescription,
  direction: MediaDirection,
): { audio: LocalAudio; media: NegotiatedMedia } {
  const offer = remote.audio;
  if (offer.protocol === 'RTP/SAVP' && config.policy === 'off') {
    throw new MediaNegotiationError('The far end requires SRTP, which is off for this account');
  }
  const chosen = config.policy === 'off' ? undefined : usableCrypto(offer.crypto, () => true);
  if (!chosen) refuseWithoutCrypto(config.policy, offer);
  const codec = offer.codecs[0]!;
  const ours = negotiatedDirection(direction, offer.direction);
  const audio: LocalAudio = {
    protocol: offer.protocol,
    rtp: config.rtp,
    rtcp: offer.rtcpMux ? undefined : config.rtcp,
    codecs: [codec],
    telephoneEvent: offer.telephoneEvent,
    crypto: chosen
      ? [{ tag: chosen.line.tag, suite: chosen.suite, keyParams: formatKeyParams(config.keys[chosen.suite]) }]
      : [],
    direction: ours,
  };
  const telephoneEvent = offer.telephoneEvent?.payloadType;
  return {
    audio,
    media: {
      codec: codec.codec,
      sendPayloadType: codec.payloadType,
      receiveCodecs: new Map([[codec.payloadType, codec.codec]]),
      telephoneEvent: telephoneEvent === undefined ? undefined : { send: telephoneEvent, receive: telephoneEvent },
      remoteRtp: offer.rtp,
      remoteRtcp: offer.rtcp,
      rtcpMux: offer.rtcpMux,
      direction: ours,
      remoteHoldsUs: !receives(offer.direction),
      srtp: chosen && { suite: chosen.suite, local: config.keys[chosen.suite], remote: chosen.remote },
    },
  };
}

/** Applies the far end's answer to our offer. Throws MediaNegotiationError. */
export function applyRemoteAnswer(
  config: LocalMediaConfig,
  offer: LocalAudio,
  remote: RemoteDescription,
): NegotiatedMedia {
  const answer = remote.audio;
  if (answer.protocol === 'RTP/AVP' && offer.protocol === 'RTP/SAVP') {
    throw new MediaNegotiationError('SRTP is required, but the far end answered with plain RTP');
  }
  const offered = (line: RemoteCrypto) =>
    offer.crypto.some((ours) => ours.tag === line.tag && ours.suite === line.suite);
  const chosen = offer.crypto.length > 0 ? usableCrypto(answer.crypto, offered) : undefined;
  if (!chosen) {
    if (answer.protocol === 'RTP/SAVP' && offer.crypto.length === 0) {
      throw new MediaNegotiationError('The far end answered with SRTP, which is off for this account');
    }
    refuseWithoutCrypto(config.policy, answer);
  }
  const sendCodec = answer.codecs.find((entry) => offer.codecs.some((ours) => ours.codec === entry.codec));
  if (!sendCodec) throw new MediaNegotiationError('The far end answered with a codec we did not offer');
  const answeredCodecs = new Set(answer.codecs.map((entry) => entry.codec));
  const receiveCodecs = new Map(
    offer.codecs
      .filter((ours) => answeredCodecs.has(ours.codec))
      .map((ours) => [ours.payloadType, ours.codec] as const),
  );
  const direction = negotiatedDirection(offer.direction, answer.direction);
  return {
    codec: sendCodec.codec,
    sendPayloadType: sendCodec.payloadType,
    receiveCodecs,
    telephoneEvent:
      answer.telephoneEvent && offer.telephoneEvent
        ? { send: answer.telephoneEvent.payloadType, receive: offer.telephoneEvent.payloadType }
        : undefined,
    remoteRtp: answer.rtp,
    remoteRtcp: answer.rtcp,
    rtcpMux: false,
    direction,
    remoteHoldsUs: sends(offer.direction) && !receives(answer.direction),
    srtp: chosen && { suite: chosen.suite, local: config.keys[chosen.suite], remote: chosen.remote },
  };
}
