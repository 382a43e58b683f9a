import { useEffect, useRef, useState } from 'react';
import type { GreetingRecordingId } from '../../../shared/models/greeting-recording';
import { useT } from '../../i18n/use-t';
import { selectors, useGreetingRecordingsStore } from '../../stores/greetings/greeting-recordings.store';

export interface RecordingPlayback {
  playing: boolean;
  problem: string | null;
  play(id: GreetingRecordingId): Promise<void>;
  stop(): void;
}

/** Plays a kept greeting recording on this computer (Listen); one at a time, stopped when the field goes. */
export function useRecordingPlayback(): RecordingPlayback {
  const t = useT();
  const audioOf = useGreetingRecordingsStore(selectors.audioOf);
  const [playing, setPlaying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = useRef<{ audio: HTMLAudioElement; url: string } | null>(null);

  function stop() {
    if (current.current) {
      current.current.audio.pause();
      URL.revokeObjectURL(current.current.url);
      current.current = null;
    }
    setPlaying(false);
  }

  useEffect(() => stop, []);

  async function play(id: GreetingRecordingId) {
    stop();
    setProblem(null);
    const blob = await audioOf(id);
    if (!blob.ok) {
      setProblem(blob.message);
      return;
    }
    const url = URL.createObjectURL(blob.value);
    const audio = new Audio(url);
    current.current = { audio, url };
    audio.addEventListener('ended', stop);
    setPlaying(true);
    try {
      await audio.play();
    } catch {
      stop();
      setProblem(t('callHandling.playbackFailed'));
    }
  }

  return { playing, problem, play, stop };
}
