import type { InboxStatus } from '../../../shared/models/inbox';
import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Logger } from '../../logging/logger';
import { toTwilioProblem } from '../../twilio/twilio-problem';
import type { InboxLine, InboxLineSource } from './inbox-line';
import { createVoicemailClock, inboxTiming, retryDelayMs } from './inbox-schedule';
import type { MessageSyncResult } from './message-sync';
import type { VoicemailSyncResult } from './voicemail-sync';

export interface InboxSyncRunnerDeps {
  line: InboxLineSource;
  syncMessages(line: InboxLine): Promise<MessageSyncResult>;
  syncVoicemail(line: InboxLine): Promise<VoicemailSyncResult & { transcriptionPending: boolean }>;
  /** After each pass, with what it found. */
  onSynced(found: { messages: MessageSyncResult; voicemail: VoicemailSyncResult | null }): void;
  onStatus(status: InboxStatus): void;
  logger: Logger;
  now?: () => number;
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}

/**
 * Runs the sync passes one at a time on the schedule of inbox-schedule.ts, and keeps the status
 * the views show: whether there is a Twilio line, whether a pass runs, when one last succeeded,
 * and the last failure in words.
 */
export function createInboxSyncRunner(deps: InboxSyncRunnerDeps) {
  const now = deps.now ?? Date.now;
  const timers = deps.timers ?? { setTimeout, clearTimeout };
  const voicemailClock = createVoicemailClock(now);
  let status: InboxStatus = { available: false, syncing: false, lastSyncedAt: null, problem: null };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let stopped = true;

  const publish = (change: Partial<InboxStatus>) => {
    status = { ...status, ...change };
    deps.onStatus(status);
  };

  async function pass(forceVoicemail: boolean): Promise<void> {
    const line = await deps.line();
    if (!line) {
      if (status.available || status.problem) publish({ available: false, problem: null });
      failures = 0;
      return;
    }
    publish({ available: true, syncing: true });
    try {
      const messages = await deps.syncMessages(line);
      let voicemail: VoicemailSyncResult | null = null;
      if (forceVoicemail || voicemailClock.isDue()) {
        const result = await deps.syncVoicemail(line);
        voicemailClock.synced(result.transcriptionPending);
        voicemail = result;
      }
      failures = 0;
      deps.onSynced({ messages, voicemail });
      publish({ syncing: false, lastSyncedAt: now(), problem: null });
    } catch (error) {
      failures += 1;
      const problem: TwilioProblem = toTwilioProblem(error);
      deps.logger.warn('The inbox sync failed', { code: problem.code ?? 'none', failures });
      publish({ syncing: false, problem });
    }
  }

  function schedule(): void {
    if (stopped) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    const delay =
      failures > 0
        ? retryDelayMs(failures)
        : Math.max(0, Math.min(inboxTiming.messagePollMs, voicemailClock.nextAt() - now()));
    timer = timers.setTimeout(() => {
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
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}

export type InboxSyncRunner = ReturnType<typeof createInboxSyncRunner>;
