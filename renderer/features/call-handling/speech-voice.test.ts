import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { closestSpeechVoice, voiceLabel, voiceLanguage } from './speech-voice';

const voice = (name: string, lang: string, isDefault = false) => ({ name, lang, default: isDefault });
const computer = [
  voice('US', 'en-US', true),
  voice('UK 1', 'en-GB'),
  voice('UK 2', 'en_GB'),
  voice('German', 'de-DE'),
  voice('Spanish (Spain)', 'es-ES'),
];

describe('the voice Listen speaks with', () => {
  it('speaks the chosen Polly voice’s language, and US English for Twilio’s standard voice', () => {
    expect(voiceLanguage('Polly.Amy')).toBe('en-GB');
    expect(voiceLanguage('Polly.Mizuki')).toBe('ja-JP');
    expect(voiceLanguage('standard')).toBe('en-US');
    expect(voiceLabel('Polly.Lea', translatorFor('de'))).toBe('Léa, français');
    expect(voiceLabel('standard', translatorFor('en'))).toBe('Twilio’s standard voice');
    expect(voiceLabel('standard', translatorFor('fr'))).toBe('Voix standard de Twilio');
  });

  it('takes the same language and region, whatever the separator and case', () => {
    expect(closestSpeechVoice(computer, 'en-GB')?.name).toBe('UK 1');
    expect(closestSpeechVoice([voice('UK', 'EN_gb'), voice('US', 'en-US', true)], 'en-GB')?.name).toBe('UK');
    expect(closestSpeechVoice(computer, 'de-DE')?.name).toBe('German');
  });

  it('falls back to the same language in another region, the default voice first', () => {
    expect(closestSpeechVoice(computer, 'es-MX')?.name).toBe('Spanish (Spain)');
    expect(closestSpeechVoice(computer, 'en-AU')?.name).toBe('US');
  });

  it('has none for a language the computer cannot speak, or without voices', () => {
    expect(closestSpeechVoice(computer, 'ja-JP')).toBeNull();
    expect(closestSpeechVoice([], 'en-US')).toBeNull();
  });
});
