import { useEffect, useRef, useState } from 'react';
import type { GreetingRecordingId } from '../../../shared/models/greeting-recording';
import { greetingRecordingLimits } from '../../../shared/models/greeting-recording-limits';
import { base64Of, decodeAudio, greetingWavOf } from '../../audio/greeting-wav';
import { useT } from '../../i18n/use-t';
import { selectors as deviceSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { selectors, useGreetingRecordingsStore } from '../../stores/greetings/greeting-recordings.store';
import { describeMicrophoneError } from '../settings/audio-input-level';

export type RecorderState = { status: 'idle' } | { status: 'recording'; seconds: number } | { status: 'saving' };

export interface GreetingRecorder {
  state: RecorderState;
  /** What went wrong, worded with what to do; null otherwise. */
  problem: string | null;
  start(): Promise<void>;
  stop(): void;
  choose(file: File): Promise<void>;
}

const { maxSeconds } = greetingRecordingLimits;
/** A generous bound for a chosen file: two minutes of uncompressed CD-quality stereo, and then some. */
const maxFileBytes = 50 * 1024 * 1024;

/**
 * Records a greeting from the chosen microphone (stopping itself at the limit), or takes an audio file, and
 * hands it to main as a WAV <Play> accepts; `kept` gets the recording's id. MediaRecorder gives WebM/Opus,
 * which <Play> does not take: the recording is decoded and encoded again as WAV here.
 */
export function useGreetingRecorder(kept: (id: GreetingRecordingId) => Promise<unknown>): GreetingRecorder {
  const t = useT();
  const tooLong = t('callHandling.recordingTooLong', { minutes: maxSeconds / 60 });
  const keep = useGreetingRecordingsStore(selectors.keep);
  const microphone = useDevicesStore(deviceSelectors.microphone);
  const [state, setState] = useState<RecorderState>({ status: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  // Left while recording: the recording is dropped, not saved.
  const left = useRef(false);

  useEffect(
    () => () => {
      left.current = true;
      recorder.current?.stop();
    },
    [],
  );

  async function save(audio: AudioBuffer) {
    if (audio.duration > maxSeconds + 0.5) throw new Error(tooLong);
    const stored = await keep(base64Of(await greetingWavOf(audio)));
    if (!stored.ok) throw new Error(stored.message);
    await kept(stored.value.id);
  }

  async function saving(work: () => Promise<void>) {
    setState({ status: 'saving' });
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setState({ status: 'idle' });
    }
  }

  async function start() {
    if (state.status !== 'idle') return;
    setProblem(null);
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices || typeof MediaRecorder === 'undefined') {
        throw new DOMException('No media devices', 'NotSupportedError');
      }
      const deviceId = microphone?.deviceId;
      stream = await navigator.mediaDevices.getUserMedia({
        audio: {
          ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
          echoCancellation: true,
          noiseSuppression: true,
        },
      });
    } catch (error) {
      setProblem(describeMicrophoneError(error));
      return;
    }
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream);
    const began = Date.now();
    const timer = setInterval(() => {
      const seconds = Math.floor((Date.now() - began) / 1000);
      if (seconds >= maxSeconds) media.stop();
      else setState({ status: 'recording', seconds });
    }, 250);
    media.addEventListener('dataavailable', (event) => chunks.push(event.data));
    media.addEventListener('stop', () => {
      clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
      recorder.current = null;
      if (left.current) return;
      void saving(async () => {
        const recorded = await new Blob(chunks, { type: media.mimeType }).arrayBuffer();
        const audio = await decodeAudio(recorded).catch(() => {
          throw new Error(t('callHandling.recordingDamaged'));
        });
        await save(audio);
      });
    });
    recorder.current = media;
    media.start(250);
    setState({ status: 'recording', seconds: 0 });
  }

  async function choose(file: File) {
    if (state.status !== 'idle') return;
    setProblem(null);
    await saving(async () => {
      if (file.size > maxFileBytes) throw new Error(tooLong);
      let audio: AudioBuffer;
      try {
        audio = await decodeAudio(await file.arrayBuffer());
      } catch {
        throw new Error(t('callHandling.fileNotAudio', { name: file.name }));
      }
      await save(audio);
    });
  }

  return { state, problem, start, stop: () => recorder.current?.stop(), choose };
}
