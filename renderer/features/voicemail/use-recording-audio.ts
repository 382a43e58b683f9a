import { useEffect, useRef, useState } from 'react';
import type { RecordingAudio } from '../../stores/media-blob';

type AudioSource = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

/**
 * The recording `key` names (a voicemail, a call's recording), loaded by `load`, as a blob: URL, revoked
 * when the recording changes or the player goes away. Bump `attempt` to fetch again after a failure (and
 * show loading meanwhile).
 */
export function useRecordingAudio(key: string, load: () => Promise<RecordingAudio>, attempt: number): AudioSource {
  const [source, setSource] = useState<{ key: string; value: AudioSource } | null>(null);
  // The newest load, without fetching again each render: effects run in order, so the fetch below sees it.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const attemptKey = `${key}#${attempt}`;

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    void loadRef.current().then((audio) => {
      if (cancelled) return;
      if (!audio.ok) return setSource({ key: attemptKey, value: { state: 'failed', message: audio.message } });
      url = URL.createObjectURL(audio.blob);
      setSource({ key: attemptKey, value: { state: 'ready', url } });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attemptKey]);

  // An answer for an earlier recording or attempt is not this one's.
  return source?.key === attemptKey ? source.value : { state: 'loading' };
}
