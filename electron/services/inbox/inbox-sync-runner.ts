import type { InboxStatus } from '../../../shared/models/inbox';
import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Logger } from '../../logging/logger';
import { toTwilioProblem } from '../../twilio/twilio-problem';
import type { InboxLine, InboxLineSource } from './inbox-line';
import { createVoicemailClock, inboxTiming, retryDelayMs } from './inbox-schedule';
import { nothingReceivedYet, type MessageSyncResult } from './message-sync';
import { nothingFoundYet, type VoicemailSyncResult } from './voicemail-sync';

export interface InboxSyncRunnerDeps {
  line: InboxLineSource;
  /** Each fills in what it found as it goes, so what it committed is announced even when it fails later. */
  syncMessages(line: InboxLine, found: MessageSyncResult): Promise<void>;
  syncVoicemail(line: InboxLine, found: VoicemailSyncResult): Promise<void>;
  transcriptionPending(): boolean;
  /** After each pass, failed or not, with what it found. */
  onSynced(found: { messages: MessageSyncResult; voicemail: VoicemailSyncResult | null }): void;
  onStatus(status: InboxStatus): void;
  logger: Logger;
}

/** Quitting waits this long for a pass under way (it may be downloading), then closes regardless. */
const stopPatienceMs = 3000;

/**
 * Runs the sync passes one at a time on the schedule of inbox-schedule.ts, and keeps the status
 * the views show: whether there is a Twilio line, whether a pass runs, when one last succeeded,
 * and the last failure in words.
 */
export function createInboxSyncRunner(deps: InboxSyncRunnerDeps) {
  const voicemailClock = createVoicemailClock(Date.now);
  let status: InboxStatus = { available: false, syncing: false, lastSyncedAt: null, problem: null };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let stopped = true;
  /** stop() was called: the database may be closed, so nothing is announced any more. */
  let closed = false;

  const publish = (change: Partial<InboxStatus>) => {
    status = { ...status, ...change };
    deps.onStatus(status);
  };

  async function pass(forceVoicemail: boolean): Promise<void> {
    const messages = nothingReceivedYet();
    let voicemail: VoicemailSyncResult | null = null;
    try {
      const line = await deps.line();
      if (!line) {
        if (status.available || status.problem) publish({ available: false, problem: null });
        failures = 0;
        return;
      }
      publish({ available: true, syncing: true });
      await deps.syncMessages(line, messages);
      if (forceVoicemail || voicemailClock.isDue()) {
        voicemail = nothingFoundYet();
        await deps.syncVoicemail(line, voicemail);
        voicemailClock.synced(deps.transcriptionPending());
      }
      failures = 0;
      publish({ syncing: false, lastSyncedAt: Date.now(), problem: null });
    } catch (error) {
      failures += 1;
      const problem: TwilioProblem = toTwilioProblem(error);
      deps.logger.warn('The inbox sync failed', { code: problem.code ?? 'none', failures });
      publish({ syncing: false, problem });
    } finally {
      if (!closed) deps.onSynced({ messages, voicemail });
    }
  }

  function schedule(): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    const delay =
      failures > 0
        ? retryDelayMs(failures)
        : Math.max(0, Math.min(inboxTiming.messagePollMs, voicemailClock.nextAt() - Date.now()));
    timer = setTimeout(() => {
      timer = undefined;
      void run(false);
    }, delay);
  }

  /** One pass after the one running now (if any), then the next is scheduled from its outcome. */
  function run(forceVoicemail: boolean): Promise<void> {
    const previous = running ?? Promise.resolve();
    const next = previous
      .then(() => pass(forceVoicemail))
      .finally(() => {
        if (running === next) running = null;
        schedule();
      });
    running = next;
    return next;
  }

  return {
    status: () => status,
    start(): void {
      stopped = false;
      void run(true);
    },
    /** Everything now (Sync now, a new phone line); resolves with the status after the pass. */
    async syncNow(): Promise<InboxStatus> {
      voicemailClock.soon();
      await run(true);
      return status;
    },
    missedCall(): void {
      voicemailClock.missedCall();
      schedule();
    },
    /** No pass after this; waits a little for one under way (a pass cut off repeats without duplicates). */
    async stop(): Promise<void> {
      stopped = true;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      let patience: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([running, new Promise((resolve) => (patience = setTimeout(resolve, stopPatienceMs)))]);
      clearTimeout(patience);
    },
  };
}

export type InboxSyncRunner = ReturnType<typeof createInboxSyncRunner>;
