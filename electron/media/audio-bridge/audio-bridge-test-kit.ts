import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket, usePCMU } from 'werift';
import type { G711Codec, PacketPort, ReceivedFrame } from '../media-session-types';

/** Helpers for the audio bridge tests: a fake SIP-leg port and a werift peer standing in for Chromium. */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

export interface FakePort extends PacketPort {
  codec: G711Codec | undefined;
  sent: { payload: Uint8Array; samples: number | undefined }[];
  listeners: Set<(frame: ReceivedFrame) => void>;
  deliver(frame: Partial<ReceivedFrame> & Pick<ReceivedFrame, 'payload' | 'timestamp'>): void;
}

export function fakePort(codec: G711Codec = 'PCMU'): FakePort {
  const listeners = new Set<(frame: ReceivedFrame) => void>();
  const sent: FakePort['sent'] = [];
  let sequence = 0;
  return {
    codec,
    sent,
    listeners,
    send: (payload, samples) => void sent.push({ payload: Uint8Array.from(payload), samples }),
    onFrame(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    deliver(frame) {
      const full: ReceivedFrame = {
        codec: this.codec ?? 'PCMU',
        sequence: frame.sequence ?? sequence++,
        marker: false,
        receivedAt: performance.now(),
        ...frame,
      };
      for (const listener of listeners) listener(full);
    },
  };
}

/** 160 bytes, every one `value` (distinct per frame, so order and integrity show). */
export const frame = (value: number) => new Uint8Array(160).fill(value & 0xff);

export interface RendererPeer {
  pc: RTCPeerConnection;
  offerSdp: string;
  received: RtpPacket[];
  /** Sends one packet as Chromium would: its own SSRC and header, PCMU payload type. */
  send(payload: Uint8Array, sequence: number, timestamp: number): void;
  acceptAnswer(answerSdp: string): Promise<void>;
  close(): Promise<void>;
}

/** The renderer's side as a werift offerer: PCMU only, ICE on 127.0.0.1, every candidate in the offer. */
export async function rendererPeer(): Promise<RendererPeer> {
  const pc = new RTCPeerConnection({
    codecs: { audio: [usePCMU()], video: [] },
    iceUseIpv6: false,
    iceUseTcp: false,
    iceTcpPassive: false,
    iceInterfaceAddresses: { udp4: '127.0.0.1' },
    iceAdditionalHostAddresses: ['127.0.0.1'],
  });
  const outgoing = new MediaStreamTrack({ kind: 'audio' });
  pc.addTransceiver(outgoing, { direction: 'sendrecv' });
  const received: RtpPacket[] = [];
  pc.onTrack.subscribe((track) => track.onReceiveRtp.subscribe((rtp) => received.push(rtp)));
  await pc.setLocalDescription(await pc.createOffer());
  await waitFor(() => pc.iceGatheringState === 'complete', 5000, 'ICE gathering');
  return {
    pc,
    offerSdp: pc.localDescription!.sdp,
    received,
    send(payload, sequenceNumber, timestamp) {
      const header = new RtpHeader({ payloadType: 0, sequenceNumber, timestamp, ssrc: 0x1234_5678 });
      outgoing.writeRtp(new RtpPacket(header, Buffer.from(payload)));
    },
    async acceptAnswer(answerSdp) {
      await pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
      await waitFor(() => pc.connectionState === 'connected', 5000, 'the loopback connection');
    },
    async close() {
      outgoing.stop();
      await pc.close();
    },
  };
}
