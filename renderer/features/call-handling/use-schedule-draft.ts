import { useState } from 'react';
import type { ScheduleSpan } from '../../../shared/models/call-handling';
import { sameSchedule } from './weekly-schedule';

export interface ScheduleDraft {
  /** A schedule is saved, or one is being written. */
  inUse: boolean;
  /** What the editor shows: the draft, or what main has. */
  spans: ScheduleSpan[];
  /** The draft differs from what main has: Save is offered. */
  changed: boolean;
  turnOn(): void;
  /** Drops the draft; a saved schedule is removed at once (an empty schedule: nothing automatic). */
  turnOff(): Promise<void>;
  edit(spans: ScheduleSpan[]): void;
  /** Back to what main has (with nothing saved, the schedule is off again). */
  discard(): void;
  /** Saves the draft; it then follows what main has. */
  submit(): Promise<void>;
}

/**
 * A weekly schedule edited as a draft: day buttons and time fields change only the draft, and Save sends it
 * whole, so a half-written span (a day chosen, the end not yet typed) never reaches Twilio.
 */
export function useScheduleDraft(
  saved: ScheduleSpan[],
  proposal: ScheduleSpan[],
  save: (spans: ScheduleSpan[]) => Promise<boolean>,
): ScheduleDraft {
  // null: the editor follows what main has.
  const [draft, setDraft] = useState<ScheduleSpan[] | null>(null);
  const spans = draft ?? saved;

  return {
    inUse: saved.length > 0 || draft !== null,
    spans,
    changed: draft !== null && !sameSchedule(draft, saved),
    turnOn: () => setDraft(saved.length > 0 ? saved : proposal),
    async turnOff() {
      setDraft(null);
      if (saved.length > 0) await save([]);
    },
    edit: setDraft,
    discard: () => setDraft(null),
    async submit() {
      if (draft === null) return;
      if (await save(draft)) setDraft(null);
    },
  };
}
