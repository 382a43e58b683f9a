import { useEffect, useState } from 'react';
import { useVoicemailStore } from '../../stores/voicemail/voicemail.store';

type AudioSource = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

/**
 * The saved recording of voicemail `id` as a blob: URL, revoked when the voicemail changes or the
 * player goes away. Bump `attempt` to fetch again after a failure (and show loading meanwhile).
 */
export function useVoicemailAudio(id: string, attempt: number): AudioSource {
  const [source, setSource] = useState<{ key: string; value: AudioSource } | null>(null);
  const key = `${id}#${attempt}`;

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    void useVoicemailStore
      .getState()
      .audioOf(id)
      .then((audio) => {
        if (cancelled) return;
        if (!audio.ok) return setSource({ key, value: { state: 'failed', message: audio.message } });
        url = URL.createObjectURL(audio.blob);
        setSource({ key, value: { state: 'ready', url } });
      });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, key]);

  // An answer for an earlier voicemail or attempt is not this one's.
  return source?.key === key ? source.value : { state: 'loading' };
}
