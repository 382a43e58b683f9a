import { describe, expect, it } from 'vitest';
import { weeklyScheduleSchema, type ScheduleSpan } from '../../../shared/models/call-handling';
import { scheduleSpansLimit } from '../../../shared/models/call-handling-names';
import { intlFor } from '../../i18n/active-intl';
import { render } from '../messages/messages-render-test-kit';
import { noScheduleProblems, scheduleProblems } from './call-handling-schemas';
import { WeeklyScheduleEditor } from './weekly-schedule-editor';

const editor = (spans: ScheduleSpan[], problems = scheduleProblems(weeklyScheduleSchema, spans, intlFor('en'))) =>
  render(<WeeklyScheduleEditor label="Quiet hours" spans={spans} problems={problems} onChange={() => undefined} />);

const weekdays: ScheduleSpan = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };

/** The day buttons' names and whether each is pressed, in the order they show. */
function dayButtons(html: string): string[] {
  return [...html.matchAll(/aria-pressed="(true|false)" aria-label="(\w+)"/g)].map(
    ([, pressed, day]) => `${day}${pressed === 'true' ? '*' : ''}`,
  );
}

describe('the weekly schedule editor', () => {
  it('shows the days Monday first as toggle buttons, the hours as time fields, and the schedule in words', () => {
    const { html, text } = editor([weekdays, { days: [6], from: '10:00', to: '14:00' }]);
    expect(dayButtons(html).slice(0, 7)).toEqual([
      'Monday*',
      'Tuesday*',
      'Wednesday*',
      'Thursday*',
      'Friday*',
      'Saturday',
      'Sunday',
    ]);
    expect(dayButtons(html).slice(7)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday*',
      'Sunday',
    ]);
    expect(html).toContain('<legend class="visually-hidden">Time span 2</legend>');
    expect(html.match(/type="time"/g)).toHaveLength(4);
    expect(html).toContain('value="10:00"');
    expect(text).toContain('Mon–Fri 09:00–17:00; Sat 10:00–14:00');
    expect(html).toContain('aria-label="Remove time span 1"');
    expect(html).toContain('aria-label="Remove time span 2"');
  });

  it('says a night runs past midnight, and shows an end at 24:00 as midnight in the time field', () => {
    expect(editor([{ days: [0, 1, 2, 3, 4], from: '22:00', to: '07:00' }]).text).toContain(
      'Sun–Thu 22:00–07:00 (past midnight)',
    );
    const { html } = editor([{ days: [6], from: '18:00', to: '24:00' }]);
    expect(html).toMatch(/type="time" required="" value="00:00"/);
    expect(html).not.toContain('value="24:00"');
  });

  it('offers no Remove on the only span: the schedule is turned off instead', () => {
    expect(editor([weekdays]).html).not.toContain('Remove');
  });

  it(`offers no more spans past ${scheduleSpansLimit}, and says why`, () => {
    const open = editor(Array.from({ length: scheduleSpansLimit - 1 }, () => weekdays));
    expect(open.html).not.toContain('aria-disabled');
    const full = editor(Array.from({ length: scheduleSpansLimit }, () => weekdays));
    expect(full.html).toMatch(/aria-disabled="true" aria-describedby="[^"]+">Add time span/);
    expect(full.text).toContain(`A schedule holds at most ${scheduleSpansLimit} time spans`);
  });

  it('shows the schema’s message by the control it is about, tied to it for screen readers', () => {
    const { html, text } = editor([
      weekdays,
      { days: [], from: '09:00', to: '17:00' },
      { days: [6], from: '', to: '14:00' },
      { days: [0], from: '12:00', to: '12:00' },
    ]);
    expect(text).toContain('Choose at least one day');
    expect(text).toContain('Write a time as 09:00');
    expect(text).toContain('A span needs a start and an end that differ');
    expect(text).toContain('Sat …–14:00');
    const described = (message: string) => new RegExp(`id="([^"]+)">${message}`).exec(html)?.[1];
    const daysProblem = described('Choose at least one day');
    expect(html).toContain(`role="group" aria-label="Days" aria-describedby="${daysProblem}"`);
    const fromProblem = described('Write a time as 09:00');
    expect(html).toMatch(new RegExp(`aria-invalid="true" aria-describedby="${fromProblem}" value=""`));
    const hoursProblem = described('A span needs a start and an end that differ');
    expect(html.match(new RegExp(`aria-describedby="${hoursProblem}"`, 'g'))).toHaveLength(2);
  });

  it('shows no problem for a valid schedule, nor before the schema is loaded', () => {
    expect(editor([weekdays]).html).not.toContain('settings-field__problem');
    expect(editor([{ days: [], from: '', to: '' }], noScheduleProblems).html).not.toContain('aria-invalid');
  });

  it('says when the schedule as a whole has too many spans', () => {
    const spans = Array.from({ length: scheduleSpansLimit + 1 }, () => weekdays);
    expect(editor(spans).text).toContain(`A schedule holds at most ${scheduleSpansLimit} spans`);
  });

  it('says the schema’s problems in the person’s language', () => {
    const german = (spans: ScheduleSpan[]) =>
      render(
        <WeeklyScheduleEditor
          label="Ruhezeiten"
          spans={spans}
          problems={scheduleProblems(weeklyScheduleSchema, spans, intlFor('de'))}
          onChange={() => undefined}
        />,
        'de',
      ).text;
    const wrong = german([{ days: [], from: '09:00', to: '9' }]);
    expect(wrong).toContain('Wählen Sie mindestens einen Tag');
    expect(wrong).toContain('Geben Sie eine Uhrzeit im Format 09:00 ein');
    const tooMany = german(Array.from({ length: scheduleSpansLimit + 1 }, () => weekdays));
    expect(tooMany).toContain(`Ein Zeitplan umfasst höchstens ${scheduleSpansLimit} Zeiträume`);
  });
});
