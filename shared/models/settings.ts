import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { acceleratorMaxLength, acceleratorProblem } from './accelerator';
import { languageChoices } from './language';

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const countryCodeSchema = z
  .string()
  .max(2)
  .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
    message: 'Expected a two-letter country code that has phone numbers, such as US or GB',
  });

/** Only what Electron accepts: a stored shortcut it rejects would otherwise fail at registration. */
export const acceleratorSchema = z
  .string()
  .max(acceleratorMaxLength)
  .superRefine((accelerator, context) => {
    const problem = acceleratorProblem(accelerator);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** Devices are remembered by name (ids change between sessions), most preferred first. */
const devicePreference = z.array(z.string().min(1).max(200)).max(20);

export const settingsSchema = z.strictObject({
  defaultCountry: countryCodeSchema,
  theme: z.enum(themes),
  /** The app's language; 'system' follows the operating system's preferred languages. */
  language: z.enum(languageChoices),
  startAtLogin: z.boolean(),
  microphones: devicePreference,
  speakers: devicePreference,
  /** Every device named here rings at once (for example the headset and the laptop speakers). */
  ringers: devicePreference,
  echoCancellation: z.boolean(),
  noiseSuppression: z.boolean(),
  autoGainControl: z.boolean(),
  /** System-wide shortcuts (desktop app only), as Electron accelerators; null turns one off. */
  hotkeyAnswer: acceleratorSchema.nullable(),
  hotkeyHangUp: acceleratorSchema.nullable(),
  hotkeyMute: acceleratorSchema.nullable(),
  /** Turns do not disturb on or off (the phone line's, at Twilio), not a call action. */
  hotkeyDoNotDisturb: acceleratorSchema.nullable(),
  /** Calls the last number called again; calls back the last missed call not returned yet. */
  hotkeyRedial: acceleratorSchema.nullable(),
  hotkeyCallBack: acceleratorSchema.nullable(),
  /** The keyboard's or headset's play/pause key answers and hangs up (desktop app only). */
  mediaKeys: z.boolean(),
  /** Delete each voicemail's recording on Twilio once it is saved here (Twilio charges for storage). */
  deleteVoicemailFromTwilio: z.boolean(),
  /** A gentle note in the header once the Twilio balance is below this (in the account's currency); null: never. */
  lowBalanceWarning: z.number().finite().min(0).max(100_000).nullable(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  defaultCountry: 'US',
  theme: 'system',
  language: 'system',
  startAtLogin: false,
  microphones: [],
  speakers: [],
  ringers: [],
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
  hotkeyAnswer: 'CommandOrControl+Alt+A',
  hotkeyHangUp: 'CommandOrControl+Alt+H',
  hotkeyMute: 'CommandOrControl+Alt+M',
  hotkeyDoNotDisturb: 'CommandOrControl+Alt+D',
  hotkeyRedial: 'CommandOrControl+Alt+R',
  hotkeyCallBack: 'CommandOrControl+Alt+B',
  mediaKeys: true,
  deleteVoicemailFromTwilio: false,
  // About six hours of calls within the US: time enough to top up before calls stop.
  lowBalanceWarning: 5,
};
