import { describe, expect, it } from 'vitest';
import { preferredAppLanguage } from './language';

describe('the preferred app language', () => {
  it('is the language chosen in Settings, whatever the system says', () => {
    expect(preferredAppLanguage('de', ['fr-FR', 'en-US'])).toBe('de');
    expect(preferredAppLanguage('en', ['es-ES'])).toBe('en');
  });

  it("follows the first of the system's languages that Dialtone speaks, by language and not region", () => {
    expect(preferredAppLanguage('system', ['fr-CA', 'en-US'])).toBe('fr');
    expect(preferredAppLanguage('system', ['ja-JP', 'es-419', 'de'])).toBe('es');
    expect(preferredAppLanguage('system', ['DE_at'])).toBe('de');
  });

  it('falls back to English for languages it does not speak, or none', () => {
    expect(preferredAppLanguage('system', ['ja-JP', 'pt-BR'])).toBe('en');
    expect(preferredAppLanguage('system', ['', '-'])).toBe('en');
    expect(preferredAppLanguage('system', [])).toBe('en');
  });

  it('reads the pseudo-locale en-XA as English (only the renderer shows it)', () => {
    expect(preferredAppLanguage('system', ['en-XA', 'fr-FR'])).toBe('en');
  });
});
