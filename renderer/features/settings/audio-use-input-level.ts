import { useEffect, useState } from 'react';
import { selectors, useDevicesStore } from '../../stores/devices/devices.store';
import { describeMicrophoneError, levelFromSamples } from './audio-input-level';

export interface InputLevelOptions {
  /** undefined opens the system default microphone. */
  deviceId: string | undefined;
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
}

export interface InputLevel {
  level: number;
  /** Worded for the person; null while the meter works. */
  problem: string | null;
}

// About ten updates a second: smooth enough to follow a voice without re-rendering every frame.
const updateEveryMs = 100;

/**
 * Opens the microphone with the call's processing settings and follows its level while the
 * component is shown. Opening it is also how Dialtone first asks for microphone access, which
 * reveals the device names.
 */
export function useInputLevel(options: InputLevelOptions): InputLevel {
  const { deviceId, echoCancellation, noiseSuppression, autoGainControl } = options;
  const [state, setState] = useState<InputLevel>({ level: 0, problem: null });
  const accessGranted = useDevicesStore(selectors.accessGranted);
  const accessDenied = useDevicesStore(selectors.accessDenied);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let context: AudioContext | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;

    async function open() {
      const media = navigator.mediaDevices;
      if (!media) throw new DOMException('No media devices', 'NotSupportedError');
      const opened = await media.getUserMedia({
        audio: {
          deviceId: deviceId ? { exact: deviceId } : undefined,
          echoCancellation,
          noiseSuppression,
          autoGainControl,
        },
      });
      if (stopped) {
        opened.getTracks().forEach((track) => track.stop());
        return;
      }
      stream = opened;
      void accessGranted();
      context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      context.createMediaStreamSource(opened).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      timer = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        const level = levelFromSamples(samples);
        setState((previous) => (previous.level === level && !previous.problem ? previous : { level, problem: null }));
      }, updateEveryMs);
    }

    open().catch((error: unknown) => {
      if (stopped) return;
      const problem = describeMicrophoneError(error);
      if (error instanceof DOMException && error.name === 'NotAllowedError') {
        // The section's notice explains a refusal; the meter only says why it stays empty.
        accessDenied(problem);
        setState({ level: 0, problem: 'No level without microphone access.' });
      } else {
        setState({ level: 0, problem });
      }
    });

    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
      void context?.close();
    };
  }, [deviceId, echoCancellation, noiseSuppression, autoGainControl, accessGranted, accessDenied]);

  return state;
}
