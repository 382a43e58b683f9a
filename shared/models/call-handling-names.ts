/** What call handling needs outside zod (the renderer's main bundle has no zod): see call-handling.ts. */

/** Callers who hide their number, as a blocked-caller entry. */
export const withheldCallers = 'withheld';

/** At most this many blocked entries: they travel in a few Twilio variables of 450 bytes each. */
export const blockedCallersLimit = 100;

export const blockedCallersHear = ['rejected', 'busy'] as const;
export type BlockedCallersHear = (typeof blockedCallersHear)[number];

export const blockedCallerHint =
  'Block a number in international format (+15125550100), a prefix ending in * (+1900*), or withheld numbers';

/** A number in E.164 (+15125550100), a prefix ending in * (+1900*), or 'withheld'. */
export function isBlockedCallerEntry(entry: string): boolean {
  return entry === withheldCallers || /^\+[1-9]\d{5,14}$/.test(entry) || /^\+[1-9]\d{0,13}\*$/.test(entry);
}

/** How calls reach the person's other phones (see assets/twilio-functions/functions/forward.protected.js). */
export const forwardingModes = ['off', 'no-answer', 'not-connected', 'together', 'always'] as const;
export type ForwardingMode = (typeof forwardingModes)[number];

/** How long Twilio rings Dialtone before a call goes to voicemail, or to forwarding when it does not answer. */
export const dialtoneRingSeconds = 25;

/** At most this many forwarding numbers: they ring together, each a Twilio call leg billed by the minute. */
export const forwardingNumbersLimit = 3;

/** Where a call goes when Dialtone is not to ring: during do not disturb, after hours, or unverified. */
export const callDestinations = ['voicemail', 'forwarding'] as const;
export type CallDestination = (typeof callDestinations)[number];

export const unverifiedCallerRules = ['ring', 'voicemail'] as const;
export type UnverifiedCallerRule = (typeof unverifiedCallerRules)[number];

/** 0 is Sunday, as in Date.getDay() and in the schedule the Functions read. */
export const weekdayNumbers = [0, 1, 2, 3, 4, 5, 6] as const;

/** At most this many spans in a weekly schedule: one variable of 450 bytes holds them. */
export const scheduleSpansLimit = 14;

/** The time zone schedules are read in when the person has not chosen one: the computer's. */
export function computerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An IANA time zone this system knows (Europe/Berlin). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The voices greetings and the phone menu are spoken in: Twilio's standard voice, or an Amazon Polly voice
 * with the language it speaks (twilio.com/docs/voice/twiml/say/text-speech). Billed per character by Twilio.
 * A Polly voice is labelled in the language it speaks, the same in every language of the app; the standard
 * voice has no label here: the renderer names it in the person's language (callHandling.voiceStandard).
 */
export const greetingVoices = [
  { id: 'standard', language: null, label: null },
  { id: 'Polly.Joanna', language: 'en-US', label: 'Joanna, English (US)' },
  { id: 'Polly.Matthew', language: 'en-US', label: 'Matthew, English (US)' },
  { id: 'Polly.Amy', language: 'en-GB', label: 'Amy, English (UK)' },
  { id: 'Polly.Brian', language: 'en-GB', label: 'Brian, English (UK)' },
  { id: 'Polly.Vicki', language: 'de-DE', label: 'Vicki, Deutsch' },
  { id: 'Polly.Hans', language: 'de-DE', label: 'Hans, Deutsch' },
  { id: 'Polly.Lea', language: 'fr-FR', label: 'Léa, français' },
  { id: 'Polly.Mathieu', language: 'fr-FR', label: 'Mathieu, français' },
  { id: 'Polly.Lucia', language: 'es-ES', label: 'Lucía, español (España)' },
  { id: 'Polly.Mia', language: 'es-MX', label: 'Mia, español (México)' },
  { id: 'Polly.Bianca', language: 'it-IT', label: 'Bianca, italiano' },
  { id: 'Polly.Lotte', language: 'nl-NL', label: 'Lotte, Nederlands' },
  { id: 'Polly.Camila', language: 'pt-BR', label: 'Camila, português (Brasil)' },
  { id: 'Polly.Mizuki', language: 'ja-JP', label: 'Mizuki, 日本語' },
] as const;
export type GreetingVoiceId = (typeof greetingVoices)[number]['id'];
export const greetingVoiceIds = greetingVoices.map((voice) => voice.id) as [GreetingVoiceId, ...GreetingVoiceId[]];

/** Off; every call recorded at Twilio (both sides, one channel each); or started from the call screen. */
export const recordingModes = ['off', 'always', 'on-demand'] as const;
export type RecordingMode = (typeof recordingModes)[number];

/** The most characters of the auto-reply: two SMS segments of plain GSM text, one Twilio variable. */
export const autoReplyTextLimit = 320;

/** What a caller who reached voicemail gets by SMS when the person turns the auto-reply on. */
export const defaultAutoReplyText = 'Sorry I missed your call. I will call you back as soon as I can.';
