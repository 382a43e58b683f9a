import { hasProblems, noScheduleProblems, scheduleProblems, useCallHandlingSchemas } from './call-handling-schemas';
import type { ScheduleDraft } from './use-schedule-draft';
import { WeeklyScheduleEditor } from './weekly-schedule-editor';

interface ScheduleDraftEditorProps {
  label: string;
  draft: ScheduleDraft;
  busy: boolean;
  /** The zone the times are read in, in words. */
  timeZone: string;
}

/** A schedule's editor with its Save: changes stay a draft, said so, until the person saves them. */
export function ScheduleDraftEditor({ label, draft, busy, timeZone }: ScheduleDraftEditorProps) {
  const schemas = useCallHandlingSchemas();
  const problems = schemas ? scheduleProblems(schemas.weeklyScheduleSchema, draft.spans) : noScheduleProblems;
  const canSave = draft.changed && !busy && !hasProblems(problems);

  return (
    <div className="schedule-draft">
      <p className="settings-field__hint">Times are in {timeZone}.</p>
      <WeeklyScheduleEditor label={label} spans={draft.spans} problems={problems} onChange={draft.edit} />
      {draft.changed && (
        <div className="schedule-draft__actions">
          <button
            type="button"
            className="button"
            aria-disabled={!canSave || undefined}
            onClick={() => canSave && void draft.submit()}
          >
            Save schedule
          </button>
          <button type="button" className="secondary-button" onClick={draft.discard}>
            Cancel
          </button>
          <span className="settings-field__hint schedule-draft__unsaved">
            Not saved yet: Twilio follows the saved schedule until you save.
          </span>
        </div>
      )}
    </div>
  );
}
