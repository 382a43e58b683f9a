import { describe, expect, it } from 'vitest';
import { countryCodeSchema, defaultSettings, settingsPatchSchema, settingsSchema } from './settings';

describe('settings model', () => {
  it('has valid defaults', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
  });

  it.each(['US', 'GB', 'DE', 'JP'])('accepts the country code %s', (code) => {
    expect(countryCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each(['us', 'XX', 'USA', '', 'U', '12'])('refuses the country code "%s" and says what is expected', (code) => {
    const parsed = countryCodeSchema.safeParse(code);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join(' ')).toMatch(/two-letter country code|Too big/);
  });

  it('accepts a partial patch but no unknown key', () => {
    expect(settingsPatchSchema.safeParse({}).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ theme: 'dark', volume: 3 }).success).toBe(false);
  });

  it('takes a language Dialtone speaks, or system, and refuses any other value', () => {
    for (const language of ['system', 'en', 'fr', 'de', 'es']) {
      expect(settingsPatchSchema.safeParse({ language }).success, language).toBe(true);
    }
    for (const language of ['pt', 'en-XA', 'FR', '', 'x'.repeat(10_000), null, 3]) {
      expect(settingsPatchSchema.safeParse({ language }).success, String(language).slice(0, 10)).toBe(false);
    }
  });
});
