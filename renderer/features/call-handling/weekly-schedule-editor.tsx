import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { ScheduleSpan } from '../../../shared/models/call-handling';
import { scheduleSpansLimit } from '../../../shared/models/call-handling-names';
import { useT } from '../../i18n/use-t';
import type { ScheduleProblems } from './call-handling-schemas';
import { ScheduleSpanFields } from './schedule-span-fields';
import { addSpan, changeSpan, describeSchedule, removeSpan } from './weekly-schedule';

interface WeeklyScheduleEditorProps {
  /** The schedule's name, for the group around its spans ("Quiet hours"). */
  label: string;
  spans: ScheduleSpan[];
  problems: ScheduleProblems;
  onChange(spans: ScheduleSpan[]): void;
}

/**
 * A weekly schedule: time spans, each on some days from a start to an end (an end before the start runs past
 * midnight), at most scheduleSpansLimit of them, summed up in a line as the person reads it.
 */
export function WeeklyScheduleEditor({ label, spans, problems, onChange }: WeeklyScheduleEditorProps) {
  const id = useId();
  const t = useT();
  const intl = useIntl();
  const full = spans.length >= scheduleSpansLimit;

  return (
    <div className="schedule-editor" role="group" aria-label={label}>
      {spans.map((span, index) => (
        <ScheduleSpanFields
          // Spans have no identity of their own; removing one renumbers those after it.
          key={index}
          span={span}
          number={index + 1}
          problems={problems.spans[index]}
          onChange={(changed) => onChange(changeSpan(spans, index, changed))}
          onRemove={spans.length > 1 ? () => onChange(removeSpan(spans, index)) : undefined}
        />
      ))}
      <div className="schedule-editor__add">
        <button
          type="button"
          className="secondary-button secondary-button--small"
          aria-disabled={full || undefined}
          aria-describedby={full ? `${id}-full` : undefined}
          onClick={() => !full && onChange(addSpan(spans))}
        >
          {t('callHandling.addTimeSpan')}
        </button>
        {full && (
          <span className="settings-field__hint" id={`${id}-full`}>
            {t('callHandling.scheduleFull', { limit: scheduleSpansLimit })}
          </span>
        )}
      </div>
      {problems.schedule && <p className="settings-field__problem">{problems.schedule}</p>}
      <p className="schedule-editor__summary" aria-live="polite">
        {describeSchedule(spans, intl)}
      </p>
    </div>
  );
}
