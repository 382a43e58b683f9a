import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';
import { phoneCall, runInProcess } from '../lab/twilio-run/twilio-run-test-kit';

/*
 * Settings, Call handling: forwarding, do not disturb by schedule, business hours and their time zone, set in
 * the app. Each change is a Twilio variable on the double behind Prism within 5 s (no build), in the form the
 * Functions read: the forward Function and the shared schedule rules are run on what the double holds.
 */

interface ScheduleRules {
  scheduleSpans(encoded: string): unknown;
  inSchedule(spans: unknown, timeZone: string, now: Date): boolean;
}
/** The schedule rules the inbound Function requires (the copy runInProcess loaded, once it has run). */
const scheduleRules = () =>
  createRequire(import.meta.url)(
    join(import.meta.dirname, '../../assets/twilio-functions/functions/call-rules.private.js'),
  ) as ScheduleRules;

const section = (page: Page) => page.getByRole('region', { name: 'Call handling' });
const card = (page: Page, title: string) => section(page).getByRole('group', { name: title, exact: true });

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page)).toBeVisible();
}

async function spanHours(span: Locator, from: string, to: string): Promise<void> {
  await span.getByLabel('From', { exact: true }).fill(from);
  await span.getByLabel('to', { exact: true }).fill(to);
}

// The line's setup takes most of it; on a loaded machine the whole runs 2 to 3 minutes.
test.describe.configure({ timeout: 240_000 });

test('forwarding, quiet hours, business hours and a time zone reach Twilio as the variables the Functions read', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  const liveAfter: Record<string, number> = {};
  /** Waits for the variable, and keeps how long it took from `since` (the click that changed it). */
  async function expectLive(key: string, value: string, since: number): Promise<void> {
    await expect.poll(() => variable(key), { timeout: 5_000 }).toBe(value);
    liveAfter[key] = Date.now() - since;
  }

  const line = await setUpTwilioLine(page, shell, twilio);
  await openSettings(page);
  const builds = twilio.double.state().builds.length;
  await expect(section(page).getByText('Twilio decides these, so they work while your computer is off.')).toBeVisible();
  expect(variable('DIALTONE_FORWARD_MODE')).toBe('off');
  expect(variable('DIALTONE_FORWARD_TO')).toBe('none');
  // No schedule yet: no time zone to choose.
  await expect(card(page, 'Time zone')).toHaveCount(0);

  // Forwarding: the mode waits for its number, typed as dialled at home, refused when it is no number.
  const forwarding = card(page, 'Forwarding');
  await forwarding
    .getByLabel('Forward calls')
    .selectOption({ label: 'When Dialtone does not answer (or is not connected)' });
  const number = forwarding.getByRole('textbox', { name: 'Number to forward to' });
  await expect(number).toHaveAccessibleDescription(/Add the number to forward calls to/);
  expect(variable('DIALTONE_FORWARD_MODE')).toBe('off');
  await number.fill('my mobile');
  await number.press('Enter');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(number).toHaveAccessibleDescription(/Type a phone number, such as your mobile/);
  expect(line.number).not.toBe('+15125550142');
  await number.fill('(512) 555-0142');
  const addedAt = Date.now();
  await forwarding.getByRole('button', { name: 'Add', exact: true }).click();
  await expectLive('DIALTONE_FORWARD_TO', '+15125550142', addedAt);
  await expectLive('DIALTONE_FORWARD_MODE', 'no-answer', addedAt);
  await expect(forwarding.getByRole('list', { name: 'Forwarding numbers' }).getByRole('listitem')).toHaveText([
    /\(512\) 555-0142/,
  ]);
  await expect(forwarding.getByText('Saved', { exact: true })).toBeVisible();

  // Do not disturb by itself on weeknights: the proposal is Sunday to Thursday nights, saved with Save.
  const dnd = card(page, 'Do not disturb');
  await dnd.getByRole('checkbox', { name: 'Turn on automatically' }).check();
  const quietHours = dnd.getByRole('group', { name: 'Quiet hours' });
  await expect(quietHours.getByText('Sun–Thu 22:00–07:00 (past midnight)')).toBeVisible();
  await quietHours.getByRole('button', { name: 'Add time span' }).click();
  await expect(quietHours.getByRole('group', { name: /^Time span/ })).toHaveCount(2);
  await quietHours.getByRole('button', { name: 'Remove time span 2' }).click();
  expect(variable('DIALTONE_DND_SCHEDULE')).toBe('none');
  const quietSavedAt = Date.now();
  await dnd.getByRole('button', { name: 'Save schedule' }).click();
  await expectLive('DIALTONE_DND_SCHEDULE', '01234@22:00-07:00', quietSavedAt);
  await expect(dnd.getByRole('button', { name: 'Save schedule' })).toHaveCount(0);

  // Business hours: weekdays as proposed, and Saturday morning; calls after hours go to forwarding.
  const business = card(page, 'Business hours');
  await business.getByRole('radio', { name: 'Only during business hours' }).check();
  const hours = business.getByRole('group', { name: 'Business hours' });
  await hours.getByRole('button', { name: 'Add time span' }).click();
  const saturday = hours.getByRole('group', { name: 'Time span 2' });
  await expect(saturday.getByRole('button', { name: 'Saturday' })).toHaveAttribute('aria-pressed', 'true');
  await saturday.getByRole('button', { name: 'Sunday' }).click();
  await expect(saturday.getByRole('button', { name: 'Sunday' })).toHaveAttribute('aria-pressed', 'true');
  await saturday.getByRole('button', { name: 'Sunday' }).click();
  await spanHours(saturday, '10:00', '10:00');
  await expect(saturday.getByLabel('to', { exact: true })).toHaveAccessibleDescription(
    'A span needs a start and an end that differ',
  );
  await expect(business.getByRole('button', { name: 'Save schedule' })).toHaveAttribute('aria-disabled', 'true');
  await spanHours(saturday, '10:00', '14:00');
  await expect(hours.getByText('Mon–Fri 09:00–17:00; Sat 10:00–14:00')).toBeVisible();
  const businessSavedAt = Date.now();
  await business.getByRole('button', { name: 'Save schedule' }).click();
  await expectLive('DIALTONE_BUSINESS_HOURS', '12345@09:00-17:00;6@10:00-14:00', businessSavedAt);
  const afterHoursAt = Date.now();
  await business.getByRole('radio', { name: 'My forwarding numbers' }).check();
  await expectLive('DIALTONE_AFTER_HOURS_SENDS_TO', 'forwarding', afterHoursAt);

  // The time zone, now that schedules are in use: the computer's until another is chosen.
  const zone = card(page, 'Time zone').getByLabel('Time zone for schedules');
  await expect(zone.locator('option:checked')).toHaveText(/^Computer’s time zone \(.+\)$/);
  const zoneAt = Date.now();
  await zone.selectOption('America/Chicago');
  await expectLive('DIALTONE_TIME_ZONE', 'America/Chicago', zoneAt);

  test.info().annotations.push({ type: 'live at Twilio after (ms)', description: JSON.stringify(liveAfter) });
  for (const ms of Object.values(liveAfter)) expect(ms).toBeLessThan(5_000);
  expect(twilio.double.state().builds).toHaveLength(builds);

  // What the Functions make of the variables on the double.
  const env = Object.fromEntries(twilio.double.state().variables.map((v) => [v.key, v.value]));
  const forwarded = runInProcess('forward', env, phoneCall({ From: '+14155550123', DialCallStatus: 'no-answer' }));
  expect(forwarded).toContain('callerId="+14155550123"');
  expect(forwarded).toContain('<Number>+15125550142</Number>');
  const rules = scheduleRules();
  const at = (iso: string) => new Date(iso);
  const quiet = rules.scheduleSpans(env.DIALTONE_DND_SCHEDULE!);
  const open = rules.scheduleSpans(env.DIALTONE_BUSINESS_HOURS!);
  // 2026-03-02 is a Monday; Chicago is UTC-6 then.
  expect(rules.inSchedule(quiet, env.DIALTONE_TIME_ZONE!, at('2026-03-03T05:00:00Z'))).toBe(true); // Mon 23:00
  expect(rules.inSchedule(quiet, env.DIALTONE_TIME_ZONE!, at('2026-03-07T05:00:00Z'))).toBe(false); // Fri 23:00
  expect(rules.inSchedule(open, env.DIALTONE_TIME_ZONE!, at('2026-03-07T17:00:00Z'))).toBe(true); // Sat 11:00
  expect(rules.inSchedule(open, env.DIALTONE_TIME_ZONE!, at('2026-03-07T21:00:00Z'))).toBe(false); // Sat 15:00

  await expectAccessibleInBothThemes(page, 'Settings, Call handling with forwarding and schedules');

  // After a reload the screen shows what main keeps.
  await page.reload();
  await openSettings(page);
  await expect(card(page, 'Forwarding').getByLabel('Forward calls')).toHaveValue('no-answer');
  await expect(card(page, 'Forwarding').getByRole('listitem')).toHaveText([/\(512\) 555-0142/]);
  await expect(dnd.getByRole('checkbox', { name: 'Turn on automatically' })).toBeChecked();
  await expect(dnd.getByText('Sun–Thu 22:00–07:00 (past midnight)')).toBeVisible();
  await expect(business.getByRole('radio', { name: 'Only during business hours' })).toBeChecked();
  await expect(business.getByText('Mon–Fri 09:00–17:00; Sat 10:00–14:00')).toBeVisible();
  await expect(business.getByRole('radio', { name: 'My forwarding numbers' })).toBeChecked();
  await expect(zone).toHaveValue('America/Chicago');

  // Twilio refuses a change: it stays saved here and shown, and the screen says it is not live at Twilio.
  twilio.double.failNext({
    method: 'POST',
    path: /\/Variables\/ZV\w+$/,
    status: 500,
    code: 20500,
    message: 'Internal',
  });
  await zone.selectOption('Europe/Berlin');
  await expect(section(page).getByRole('alert')).toContainText('20500');
  await expect(
    section(page)
      .getByRole('status')
      .filter({ hasText: /^Not live at Twilio/ }),
  ).toBeVisible();
  await expect(zone).toHaveValue('Europe/Berlin');
  expect(variable('DIALTONE_TIME_ZONE')).toBe('America/Chicago');
  expect(pageErrors).toEqual([]);
});
