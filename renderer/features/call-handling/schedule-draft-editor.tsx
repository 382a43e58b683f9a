import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  const intl = useIntl();
  const schemas = useCallHandlingSchemas();
  const problems = schemas ? scheduleProblems(schemas.weeklyScheduleSchema, draft.spans, intl) : noScheduleProblems;
  const canSave = draft.changed && !busy && !hasProblems(problems);

  return (
    <div className="schedule-draft">
      <p className="settings-field__hint">{t('callHandling.timesAreIn', { zone: timeZone })}</p>
      <WeeklyScheduleEditor label={label} spans={draft.spans} problems={problems} onChange={draft.edit} />
      {draft.changed && (
        <div className="schedule-draft__actions">
          <button
            type="button"
            className="button"
            aria-disabled={!canSave || undefined}
            onClick={() => canSave && void draft.submit()}
          >
            {t('callHandling.saveSchedule')}
          </button>
          <button type="button" className="secondary-button" onClick={draft.discard}>
            {t('callHandling.cancel')}
          </button>
          <span className="settings-field__hint schedule-draft__unsaved">{t('callHandling.scheduleUnsaved')}</span>
        </div>
      )}
    </div>
  );
}
