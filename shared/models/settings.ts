import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const countryCodeSchema = z
  .string()
  .max(2)
  .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
    message: 'Expected a two-letter country code that has phone numbers, such as US or GB',
  });

export const settingsSchema = z.strictObject({
  defaultCountry: countryCodeSchema,
  theme: z.enum(themes),
  startAtLogin: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  defaultCountry: 'US',
  theme: 'system',
  startAtLogin: false,
};
