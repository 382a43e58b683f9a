import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { ScheduleSpan } from '../../../shared/models/call-handling';
import { useT } from '../../i18n/use-t';
import type { SpanProblems } from './call-handling-schemas';
import { longDayName, shortDayName, toggleDay, weekdaysMondayFirst } from './weekly-schedule';

interface ScheduleSpanFieldsProps {
  span: ScheduleSpan;
  /** 1 for the first span: the span's name is "Time span 1". */
  number: number;
  problems: SpanProblems | undefined;
  /** Absent when the span is the schedule's only one (the schedule is turned off instead). */
  onRemove?(): void;
  onChange(span: ScheduleSpan): void;
}

// A time field cannot show 24:00; 00:00 as an end means the same midnight.
const shownTime = (time: string) => (time === '24:00' ? '00:00' : time);

/** One span of a weekly schedule: its days as toggle buttons, Monday first, and its start and end. */
export function ScheduleSpanFields({ span, number, problems, onRemove, onChange }: ScheduleSpanFieldsProps) {
  const id = useId();
  const t = useT();
  const { locale } = useIntl();
  const problemId = (control: keyof SpanProblems) => (problems?.[control] ? `${id}-${control}-problem` : undefined);
  const hoursProblem = problemId('hours');
  const describedBy = (control: 'from' | 'to') =>
    [problemId(control), hoursProblem].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="schedule-span">
      <legend className="visually-hidden">{t('callHandling.timeSpan', { number })}</legend>
      <div
        className="schedule-span__days"
        role="group"
        aria-label={t('callHandling.days')}
        aria-describedby={problemId('days')}
      >
        {weekdaysMondayFirst.map((day) => (
          <button
            key={day}
            type="button"
            className="schedule-span__day"
            aria-pressed={span.days.includes(day)}
            aria-label={longDayName(day, locale)}
            onClick={() => onChange(toggleDay(span, day))}
          >
            {shortDayName(day, locale)}
          </button>
        ))}
      </div>
      <div className="schedule-span__hours">
        <label htmlFor={`${id}-from`}>{t('callHandling.from')}</label>
        <input
          id={`${id}-from`}
          className="schedule-span__time"
          type="time"
          required
          value={shownTime(span.from)}
          aria-invalid={problems?.from || problems?.hours ? true : undefined}
          aria-describedby={describedBy('from')}
          onChange={(event) => onChange({ ...span, from: event.target.value })}
        />
        <label htmlFor={`${id}-to`}>{t('callHandling.to')}</label>
        <input
          id={`${id}-to`}
          className="schedule-span__time"
          type="time"
          required
          value={shownTime(span.to)}
          aria-invalid={problems?.to || problems?.hours ? true : undefined}
          aria-describedby={describedBy('to')}
          onChange={(event) => onChange({ ...span, to: event.target.value })}
        />
        {onRemove && (
          <button
            type="button"
            className="secondary-button secondary-button--small"
            aria-label={t('callHandling.removeTimeSpan', { number })}
            onClick={onRemove}
          >
            {t('callHandling.remove')}
          </button>
        )}
      </div>
      {(['days', 'from', 'to', 'hours'] as const).map(
        (control) =>
          problems?.[control] && (
            <p key={control} className="settings-field__problem" id={problemId(control)}>
              {problems[control]}
            </p>
          ),
      )}
    </fieldset>
  );
}
