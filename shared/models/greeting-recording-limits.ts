/** What a recorded greeting may be, without zod: the renderer's recorder reads it (greeting-recording.ts checks). */
export const greetingRecordingLimits = {
  maxSeconds: 120,
  sampleRates: [8000, 16000],
  /** The rate the renderer encodes at: wide-band, which Twilio narrows to the telephone's 8 kHz itself. */
  encodeRate: 16000,
} as const;
