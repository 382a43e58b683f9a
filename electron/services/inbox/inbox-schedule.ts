/**
 * When the inbox talks to Twilio. Messages: every 10 s, so an inbound text shows within 15 s
 * without a public webhook. Voicemail: at start, every 5 minutes, in a burst after a missed call
 * (a caller takes up to 2 minutes to leave one, then Twilio transcribes it), and every 30 s while
 * a transcription is pending. After a failure, retries back off from 30 s to 15 minutes.
 */
export const inboxTiming = {
  messagePollMs: 10_000,
  voicemailPeriodMs: 5 * 60_000,
  transcriptionPollMs: 30_000,
  afterMissedCallMs: [20_000, 60_000, 120_000, 180_000, 300_000] as readonly number[],
  firstRetryMs: 30_000,
  longestRetryMs: 15 * 60_000,
} as const;

/** How long to wait after `failures` failed syncs in a row (1 or more). */
export function retryDelayMs(failures: number): number {
  const doubled = inboxTiming.firstRetryMs * 2 ** Math.max(0, Math.min(failures - 1, 20));
  return Math.min(inboxTiming.longestRetryMs, doubled);
}

/** The voicemail sync times still to come: the periodic one and any burst after missed calls. */
export function createVoicemailClock(now: () => number) {
  let periodicAt = now();
  let burst: number[] = [];
  return {
    isDue: () => now() >= Math.min(periodicAt, ...burst),
    nextAt: () => Math.min(periodicAt, ...burst),
    /** A sync ran: the next periodic one, sooner while a transcription is pending. */
    synced(transcriptionPending: boolean) {
      const at = now();
      periodicAt = at + (transcriptionPending ? inboxTiming.transcriptionPollMs : inboxTiming.voicemailPeriodMs);
      burst = burst.filter((time) => time > at);
    },
    missedCall() {
      const at = now();
      burst = [...burst, ...inboxTiming.afterMissedCallMs.map((delay) => at + delay)].sort((a, b) => a - b);
    },
    /** Due now (a manual sync, a new line). */
    soon() {
      periodicAt = now();
    },
  };
}
