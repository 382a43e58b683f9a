import type { CallSnapshot } from '../../../shared/models/call';
import type { SetupState } from '../../../shared/models/twilio-setup';
import type { EventBus } from '../event-bus';

export interface InboxTriggerTargets {
  missedCall(): void;
  syncNow(): Promise<unknown>;
  /** The setup changed: its sign-in or line may have too. */
  setupChanged(): void;
}

const missed = (call: CallSnapshot) =>
  call.direction === 'incoming' &&
  call.state === 'ended' &&
  call.answeredAt === null &&
  call.endReason !== 'answered-elsewhere' &&
  !call.soundTest;

/**
 * Syncs soon after a missed call (the caller may be leaving a voicemail) and as soon as a Twilio line
 * is set up; tells the line to read its sign-in again whenever the setup changes.
 */
export function followInboxTriggers(events: EventBus, targets: InboxTriggerTargets): () => void {
  let lineSetUp: boolean | null = null;
  return events.subscribe((event, payload) => {
    if (event === 'calls:state-changed' && missed(payload as CallSnapshot)) targets.missedCall();
    if (event === 'setup:changed') {
      targets.setupChanged();
      const setUp = (payload as SetupState).accountId !== null;
      if (setUp && lineSetUp === false) void targets.syncNow();
      lineSetUp = setUp;
    }
  });
}
