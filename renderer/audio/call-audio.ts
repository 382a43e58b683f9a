import { createLevelMeter } from './call-audio-meter';

/*
 * A call's audio in the renderer: the headset microphone into a loopback RTCPeerConnection (PCMU,
 * no ICE servers) whose other end is main's werift peer, and the far end out of an <audio> element
 * on the chosen speaker. Chromium does echo cancellation, noise suppression, gain control and the
 * jitter buffer. Types only from shared/: no zod in the renderer bundle.
 */

export interface AudioProcessing {
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
}

export interface CallAudioOptions {
  callId: string;
  /** undefined: the system default. */
  microphoneId?: string;
  speakerId?: string;
  processing: AudioProcessing;
  /** Hands our offer to main and resolves with its answer. */
  connect(offerSdp: string): Promise<string>;
}

/** Of the loopback leg to main (the SIP leg's figures come from calls:get-quality). */
export interface CallAudioStats {
  jitterMs: number;
  packetsLost: number;
  roundTripMs: number | undefined;
  /** Since the call's audio started: samples made up because audio was missing or late, of all received. */
  concealedSamples: number | null;
  totalSamplesReceived: number | null;
  /** Times the sound device asked for audio the page could not give in time (null: not reported). */
  glitches: number | null;
}

export interface CallAudio {
  /** Switches the microphone mid-call (replaceTrack: no renegotiation, the call stays up). */
  useMicrophone(deviceId?: string): Promise<void>;
  /** Plays the far end on this output device (setSinkId). */
  useSpeaker(deviceId?: string): Promise<void>;
  /** RMS 0..1 of the microphone (input) and of the far end (output). */
  levels(): { input: number; output: number };
  stats(): Promise<CallAudioStats | undefined>;
  close(): void;
}

/** The <audio> element's setSinkId, which not every engine has. */
type SinkElement = HTMLAudioElement & { setSinkId?: (sinkId: string) => Promise<void> };

const gatherTimeoutMs = 3_000;

export async function startCallAudio(options: CallAudioOptions): Promise<CallAudio> {
  let microphoneId = options.microphoneId;
  let microphone = await openMicrophone(microphoneId, options.processing);
  const pc = new RTCPeerConnection({ iceServers: [] });
  const player: SinkElement = document.createElement('audio');
  const meter = createLevelMeter();
  let closed = false;

  function close(): void {
    if (closed) return;
    closed = true;
    stopTracks(microphone);
    pc.close();
    player.pause();
    player.srcObject = null;
    meter.close();
  }

  try {
    const transceiver = pc.addTransceiver(microphone.getAudioTracks()[0]!, {
      direction: 'sendrecv',
      streams: [microphone],
    });
    preferPcmu(transceiver);
    const far = new MediaStream([transceiver.receiver.track]);
    player.autoplay = true;
    player.srcObject = far;
    await setSink(player, options.speakerId);
    void player.play().catch(() => undefined);
    meter.watch('input', microphone);
    meter.watch('output', far);

    await pc.setLocalDescription(await pc.createOffer());
    await iceGathered(pc);
    const answerSdp = await options.connect(pc.localDescription!.sdp);
    if (closed) throw new Error('Call audio closed while connecting');
    await pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });

    async function useMicrophone(deviceId: string | undefined): Promise<void> {
      microphoneId = deviceId;
      const next = await openMicrophone(deviceId, options.processing);
      if (closed) return stopTracks(next);
      await transceiver.sender.replaceTrack(next.getAudioTracks()[0]!);
      stopTracks(microphone);
      microphone = next;
      meter.watch('input', next);
      reopenWhenUnplugged(next);
    }

    // The microphone was unplugged (our own stop() does not fire 'ended'): open it again, which
    // falls back to the system default while it is gone, so the far end keeps hearing the person.
    function reopenWhenUnplugged(stream: MediaStream): void {
      stream.getAudioTracks()[0]?.addEventListener('ended', () => {
        if (!closed && stream === microphone) void useMicrophone(microphoneId).catch(() => undefined);
      });
    }
    reopenWhenUnplugged(microphone);

    return {
      useMicrophone,
      useSpeaker: (deviceId) => setSink(player, deviceId),
      levels: () => (closed ? { input: 0, output: 0 } : meter.levels()),
      stats: () => (closed ? Promise.resolve(undefined) : loopbackStats(pc)),
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

async function openMicrophone(deviceId: string | undefined, processing: AudioProcessing): Promise<MediaStream> {
  const constraints = (exact: string | undefined): MediaStreamConstraints => ({
    audio: { ...(exact ? { deviceId: { exact } } : {}), ...processing },
    video: false,
  });
  try {
    return await navigator.mediaDevices.getUserMedia(constraints(deviceId));
  } catch (error) {
    // The chosen microphone was unplugged since: the call goes on with the system default.
    if (deviceId && error instanceof DOMException && ['OverconstrainedError', 'NotFoundError'].includes(error.name)) {
      return navigator.mediaDevices.getUserMedia(constraints(undefined));
    }
    throw error;
  }
}

function preferPcmu(transceiver: RTCRtpTransceiver): void {
  const pcmu = (RTCRtpReceiver.getCapabilities('audio')?.codecs ?? []).filter(
    (codec) => codec.mimeType.toLowerCase() === 'audio/pcmu',
  );
  if (pcmu.length === 0) throw new Error('This browser engine cannot send PCMU audio');
  transceiver.setCodecPreferences(pcmu);
}

/** Non-trickle: main answers once, so the offer must carry every candidate. */
function iceGathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      resolve();
    };
    const check = () => pc.iceGatheringState === 'complete' && done();
    const timer = setTimeout(done, gatherTimeoutMs);
    pc.addEventListener('icegatheringstatechange', check);
  });
}

async function setSink(player: SinkElement, deviceId: string | undefined): Promise<void> {
  if (typeof player.setSinkId === 'function') await player.setSinkId(deviceId ?? '');
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

async function loopbackStats(pc: RTCPeerConnection): Promise<CallAudioStats | undefined> {
  const report = await pc.getStats();
  let inbound: RTCInboundRtpStreamStats | undefined;
  let pair: RTCIceCandidatePairStats | undefined;
  report.forEach((entry: RTCStats) => {
    if (entry.type === 'inbound-rtp' && (entry as RTCInboundRtpStreamStats).kind === 'audio') {
      inbound = entry as RTCInboundRtpStreamStats;
    }
    if (entry.type === 'candidate-pair' && (entry as RTCIceCandidatePairStats).nominated) {
      pair = entry as RTCIceCandidatePairStats;
    }
  });
  if (!inbound) return undefined;
  const roundTrip = pair?.currentRoundTripTime;
  const playout = inbound.playoutId ? (report.get(inbound.playoutId) as AudioPlayoutStats | undefined) : undefined;
  return {
    jitterMs: (inbound.jitter ?? 0) * 1000,
    packetsLost: inbound.packetsLost ?? 0,
    roundTripMs: roundTrip === undefined ? undefined : roundTrip * 1000,
    concealedSamples: inbound.concealedSamples ?? null,
    totalSamplesReceived: inbound.totalSamplesReceived ?? null,
    glitches: playout?.synthesizedSamplesEvents ?? null,
  };
}

/** webrtc-stats' RTCAudioPlayoutStats, which TypeScript's DOM types do not have yet. */
interface AudioPlayoutStats extends RTCStats {
  synthesizedSamplesEvents?: number;
}
