import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { closestSpeechVoice } from './speech-voice';

export interface Listen {
  /** Why Listen cannot play on this computer, or null when it can. */
  unavailable: string | null;
  /** What is being spoken now (the key given to speak), or null. */
  speaking: string | null;
  speak(key: string, text: string): void;
  stop(): void;
}

const synthesis = (): SpeechSynthesis | null => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis);

/**
 * Speaks greetings on this computer with its own voices (the browser's speechSynthesis), in the language
 * callers hear: an approximation of Twilio's voice, not a recording of it. Voices arrive late in Chromium
 * (voiceschanged), so availability follows them.
 */
export function useListen(language: string): Listen {
  const t = useT();
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synthesis()?.getVoices() ?? []);
  const [speaking, setSpeaking] = useState<string | null>(null);

  useEffect(() => {
    const synth = synthesis();
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      synth.cancel();
    };
  }, []);

  const synth = synthesis();
  const unavailable = !synth
    ? t('callHandling.listenNoSpeech')
    : voices.length === 0
      ? t('callHandling.listenNoVoice')
      : null;

  function speak(key: string, text: string) {
    if (!synth || unavailable) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    utterance.voice = closestSpeechVoice(voices, language);
    const done = () => setSpeaking((current) => (current === key ? null : current));
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    setSpeaking(key);
    synth.speak(utterance);
  }

  function stop() {
    synth?.cancel();
    setSpeaking(null);
  }

  return { unavailable, speaking, speak, stop };
}
