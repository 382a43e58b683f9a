import { describe, expect, it } from 'vitest';
import { resolveAppLocale } from './app-locale';

describe('the app locale', () => {
  it('is the language chosen in Settings, whatever the system says', () => {
    expect(resolveAppLocale('de', ['fr-FR', 'en-US'])).toBe('de');
  });

  it("follows the first of the system's languages that Dialtone speaks, by language and not region", () => {
    expect(resolveAppLocale('system', ['fr-CA', 'en-US'])).toBe('fr');
    expect(resolveAppLocale('system', ['ja-JP', 'es-419', 'de'])).toBe('es');
    expect(resolveAppLocale('system', ['DE_at'])).toBe('de');
  });

  it('falls back to English for languages it does not speak, or none', () => {
    expect(resolveAppLocale('system', ['ja-JP', 'pt-BR'])).toBe('en');
    expect(resolveAppLocale('system', [])).toBe('en');
  });

  it('shows the pseudo-locale only when the system asks for en-XA', () => {
    expect(resolveAppLocale('system', ['en-XA', 'en-US'])).toBe('en-XA');
    expect(resolveAppLocale('system', ['en-US', 'en-XA'])).toBe('en');
    expect(resolveAppLocale('system', ['ja-JP', 'en-XA', 'fr-FR'])).toBe('en-XA');
    expect(resolveAppLocale('fr', ['en-XA'])).toBe('fr');
  });
});
