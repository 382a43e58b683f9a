import { AudioBridgeError, type AudioBridge } from './audio-bridge-types';
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket, usePCMU } from 'werift';
import type { Logger } from '../../logging/logger';
import type { PacketPort } from '../media-session-types';
import { pcmuTo } from './g711-transcode';
import { keepLoopbackCandidates, loopbackAddress } from './loopback-sdp';
import { RendererStream } from './renderer-stream';

export interface AudioBridgeOptions {
  /** How long ICE gathering may take before the answer goes out anyway (default 5 s). */
  gatherTimeoutMs?: number;
}

const isLoopback = (address: string | undefined) => address === loopbackAddress;

/**
 * Answers the renderer's loopback WebRTC offer with a werift peer (PCMU only, ICE on 127.0.0.1
 * only) and relays audio between it and the SIP leg's port, repacketising both ways: toward SIP
 * the leg stamps its own SSRC, sequence and timestamps; toward the renderer we do (RendererStream),
 * so neither Chromium's header extensions nor the far end's SSRC cross over. Telephone-event never
 * goes through werift's sender (it would rewrite it as PCMU): DTMF leaves from the SIP leg itself.
 */
export async function createAudioBridge(
  port: PacketPort,
  offerSdp: string,
  logger: Logger,
  options: AudioBridgeOptions = {},
): Promise<AudioBridge> {
  const offer = keepLoopbackCandidates(offerSdp);
  if (offer.candidates === 0) throw new AudioBridgeError('The audio offer has no 127.0.0.1 UDP candidate');

  const pc = new RTCPeerConnection({
    codecs: { audio: [usePCMU()], video: [] },
    headerExtensions: { audio: [], video: [] },
    iceUseIpv6: false,
    iceUseTcp: false,
    iceTcpPassive: false,
    iceInterfaceAddresses: { udp4: loopbackAddress },
    iceAdditionalHostAddresses: [loopbackAddress],
    // Chromium also probes from its other interfaces; answering those would take media off loopback.
    iceFilterStunResponse: (_message, address) => isLoopback(address[0]),
    iceFilterCandidatePair: (pair) => isLoopback(pair.localCandidate.host) && isLoopback(pair.remoteCandidate.host),
  });

  let closed = false;
  /** Set once negotiated; until then nothing is relayed. */
  let payloadType: number | undefined;
  const stops: (() => void)[] = [];
  const counts = { toRenderer: 0, fromRenderer: 0, droppedFromRenderer: 0 };

  // Renderer -> SIP: payloads only; the SIP leg stamps its own header. werift announces the
  // renderer's track while it applies the offer, so listen before that.
  const onTrack = pc.onTrack.subscribe((track) => {
    const received = track.onReceiveRtp.subscribe((rtp) => {
      const codec = port.codec;
      if (closed || !codec || payloadType === undefined) return;
      if (rtp.header.payloadType !== payloadType || rtp.payload.length === 0) {
        counts.droppedFromRenderer++;
        return;
      }
      port.send(pcmuTo(codec, rtp.payload), rtp.payload.length);
      counts.fromRenderer++;
    });
    stops.push(() => received.unSubscribe());
  });
  stops.push(() => onTrack.unSubscribe());

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    // Relay first: werift's callbacks throw once its sockets are closed.
    for (const stop of stops.splice(0)) stop();
    await pc.close().catch((error: unknown) => logger.warn('Closing the audio peer failed', { error: String(error) }));
    logger.debug('audio bridge closed', counts);
  }

  try {
    const negotiated = await answer();
    payloadType = negotiated.payloadType;
    relayToRenderer(negotiated.payloadType, negotiated.toRenderer);
    const local = pc.localDescription?.sdp;
    if (!local) throw new AudioBridgeError('The audio peer produced no answer');
    return { answerSdp: keepLoopbackCandidates(local).sdp, close };
  } catch (error) {
    await close();
    throw error;
  }

  async function answer() {
    await pc.setRemoteDescription({ type: 'offer', sdp: offer.sdp });
    const transceiver = pc.getTransceivers().find((candidate) => candidate.kind === 'audio');
    if (!transceiver) throw new AudioBridgeError('The audio offer has no audio line');
    const toRenderer = new MediaStreamTrack({ kind: 'audio' });
    await transceiver.sender.replaceTrack(toRenderer);
    transceiver.setDirection('sendrecv');
    // As the DTLS server werift chooses the SRTP profile, and takes AEAD-AES-128-GCM, which
    // Chromium offers: native AES-GCM per packet instead of AES-CM and HMAC-SHA1 done in JS.
    for (const transport of pc.dtlsTransports) transport.role = 'server';
    await pc.setLocalDescription(await pc.createAnswer());
    const codec = transceiver.codecs.find((candidate) => candidate.mimeType.toLowerCase() === 'audio/pcmu');
    if (!codec) throw new AudioBridgeError('The audio offer does not include PCMU');
    await gathered(options.gatherTimeoutMs ?? 5_000);
    return { payloadType: codec.payloadType, toRenderer };
  }

  async function gathered(timeoutMs: number): Promise<void> {
    if (pc.iceGatheringState === 'complete') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const subscription = pc.iceGatheringStateChange.subscribe((state) => state === 'complete' && done());
      function done() {
        clearTimeout(timer);
        subscription.unSubscribe();
        resolve();
      }
    });
  }

  function relayToRenderer(payloadType: number, toRenderer: MediaStreamTrack): void {
    stops.push(() => toRenderer.stop());
    // SIP -> renderer: our own SSRC (werift's sender), sequence and timestamps. The port is taken
    // only once the renderer can hear it: a port's first listener may start playing (the sound test).
    const stream = new RendererStream();
    const listen = () =>
      port.onFrame((frame) => {
        if (closed) return;
        const packet = stream.next(frame);
        if (!packet) return;
        const header = new RtpHeader({
          payloadType,
          sequenceNumber: packet.sequence,
          timestamp: packet.timestamp,
          marker: packet.marker,
        });
        toRenderer.writeRtp(new RtpPacket(header, Buffer.from(packet.payload)));
        counts.toRenderer++;
      });

    let listening = false;
    const onState = (next: string) => {
      if (next === 'connected' && !listening && !closed) {
        listening = true;
        stops.push(listen());
      }
      if (next === 'failed') logger.warn('The loopback audio connection failed');
      else logger.debug('audio bridge connection', { state: next });
    };
    const state = pc.connectionStateChange.subscribe(onState);
    stops.push(() => state.unSubscribe());
    onState(pc.connectionState);
  }
}
