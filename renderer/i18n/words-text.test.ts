import { describe, expect, it } from 'vitest';
import { inEnglish, wordsEnglish, type Words, type WordsId } from '../../shared/text/words';
import { intlFor } from './active-intl';
import { inPersonsLanguage, wordsText } from './words-text';

const everyWords: Words[] = Object.entries(wordsEnglish).flatMap(([area, table]) =>
  Object.entries(table as Readonly<Record<string, string>>).map(([key, message]) => ({
    id: `${area}.${key}` as WordsId,
    values: Object.fromEntries([...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `<${name}>`])),
  })),
);

describe('wordsText', () => {
  it('says in English exactly what main wrote in English, for every sentence main has', () => {
    for (const said of everyWords) expect(wordsText(said, intlFor('en')), said.id).toBe(inEnglish(said));
  });

  it('says every sentence in each language, with its values in place', () => {
    for (const locale of ['fr', 'de', 'es'] as const) {
      for (const said of everyWords) {
        const text = wordsText(said, intlFor(locale));
        for (const value of Object.values(said.values ?? {})) expect(text, `${locale} ${said.id}`).toContain(value);
      }
    }
    expect(wordsText({ id: 'general.internalError' }, intlFor('fr'))).toMatch(/^Dialtone a rencontré/);
  });

  it('names a {country} value, a region code, in the locale’s own words and main’s English', () => {
    const said = { id: 'contacts.numberTooShortIn', values: { position: 2, number: '0171', country: 'DE' } } as const;
    expect(inEnglish(said)).toContain('Germany');
    expect(wordsText(said, intlFor('en'))).toBe(inEnglish(said));
    expect(wordsText(said, intlFor('fr'))).toContain('Allemagne');
    expect(wordsText(said, intlFor('de'))).toContain('Deutschland');
    expect(wordsText({ ...said, values: { ...said.values, country: 'not a region' } }, intlFor('es'))).toContain(
      'not a region',
    );
  });

  it('translates a failure that has words and leaves one without as it was sent', () => {
    const withWords = { code: 'internal', message: 'English', words: { id: 'general.internalError' } } as const;
    expect(inPersonsLanguage(withWords).message).toBe(wordsText(withWords.words));
    const plain = { code: 'twilio-failed', message: 'Twilio said so.' } as const;
    expect(inPersonsLanguage(plain)).toBe(plain);
  });
});
