import { greetingVoices, type GreetingVoiceId } from '../../../shared/models/call-handling-names';
import type { Translate } from '../../i18n/message-values';

/** Twilio's standard voice speaks US English when Say has no language. */
const standardVoiceLanguage = 'en-US';

/** The language a greeting is spoken in with this voice (BCP 47). */
export function voiceLanguage(voiceId: GreetingVoiceId): string {
  return greetingVoices.find((voice) => voice.id === voiceId)?.language ?? standardVoiceLanguage;
}

/** What callers hear, in words: "Amy, English (UK)", or Twilio's standard voice in the person's language. */
export function voiceLabel(voiceId: GreetingVoiceId, t: Translate): string {
  if (voiceId === 'standard') return t('callHandling.voiceStandard');
  return greetingVoices.find((voice) => voice.id === voiceId)?.label ?? voiceId;
}

/** The part of a computer's voice Listen chooses by. */
export interface SpeechVoiceLike {
  lang: string;
  default: boolean;
}

const normalised = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => normalised(tag).split('-')[0];

/**
 * The computer's voice closest to the language callers hear: the same language and region, else the same
 * language (the default voice first), else none (the browser then picks by the language alone).
 */
export function closestSpeechVoice<Voice extends SpeechVoiceLike>(
  voices: readonly Voice[],
  language: string,
): Voice | null {
  const exact = voices.filter((voice) => normalised(voice.lang) === normalised(language));
  const sameLanguage = voices.filter((voice) => primary(voice.lang) === primary(language));
  const preferDefault = (list: Voice[]) => list.find((voice) => voice.default) ?? list[0];
  return preferDefault(exact) ?? preferDefault(sameLanguage) ?? null;
}
