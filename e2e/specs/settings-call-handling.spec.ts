import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { setUpTwilioLine } from '../support/inbox-lab';
import { openApp } from '../support/open-app';
import { expect, test as twilioTest } from '../support/setup-wizard';
import { test as shellTest } from '../support/shell-test';
import { phoneCall, runInProcess } from '../lab/twilio-run/twilio-run-test-kit';

/*
 * Settings, Call handling: do not disturb and blocked callers, set in the app and decided at Twilio. The
 * variables they change are on the Twilio double behind Prism; the inbound Function, run with those
 * variables, then rejects a blocked caller and sends everyone else to voicemail.
 */

const section = (page: Page) => page.getByRole('region', { name: 'Call handling' });

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page)).toBeVisible();
}

shellTest('without a Twilio line, call handling waits for the setup', async ({ page, shell, pageErrors }) => {
  await openApp(page, shell);
  await openSettings(page);
  await expect(section(page).getByText(/come with the Twilio setup/)).toBeVisible();
  await expect(section(page).getByRole('checkbox')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

twilioTest.describe.configure({ timeout: 180_000 });

twilioTest(
  'do not disturb and blocked callers reach Twilio as variables in seconds, and the inbound Function follows them',
  async ({ page, shell, twilio, pageErrors }) => {
    const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
    await setUpTwilioLine(page, shell, twilio);
    await openSettings(page);
    const builds = twilio.double.state().builds.length;
    const handling = section(page);
    expect(variable('DIALTONE_DO_NOT_DISTURB')).toBe('off');

    const switchedAt = Date.now();
    await handling.getByRole('checkbox', { name: 'Do not disturb' }).check();
    await expect.poll(() => variable('DIALTONE_DO_NOT_DISTURB')).toBe('on');
    const switchMs = Date.now() - switchedAt;
    twilioTest
      .info()
      .annotations.push({ type: 'do not disturb live at Twilio after (ms)', description: String(switchMs) });
    expect(switchMs).toBeLessThan(5_000);
    await expect(handling.getByText('Saved', { exact: true })).toBeVisible();

    const number = handling.getByRole('textbox', { name: 'Number or prefix to block' });
    await number.fill('pizza');
    await handling.getByRole('button', { name: 'Block', exact: true }).click();
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(/such as \+1 512 555 0100/);
    await number.fill('(512) 555-0177');
    await number.press('Enter');
    await expect(handling.getByRole('listitem')).toHaveText([/\(512\) 555-0177/]);
    await expect(number).toHaveValue('');
    await number.fill('+1 900*');
    await number.press('Enter');
    await handling.getByRole('checkbox', { name: 'Block callers who withhold their number' }).check();
    await handling.getByRole('radio', { name: 'A busy line' }).check();
    await expect.poll(() => variable('DIALTONE_BLOCKED_REJECT')).toBe('busy');
    expect(variable('DIALTONE_BLOCKED_1')).toBe('+15125550177,+1900*,withheld');
    expect(twilio.double.state().builds).toHaveLength(builds);
    await expectAccessibleInBothThemes(page, 'Settings, Call handling');

    // The inbound Function's handler with the variables now on the double (routing-choices.lab.test.ts runs
    // the same through twilio-run; starting it here would add its 10-20 s start to this long test).
    const env = Object.fromEntries(twilio.double.state().variables.map((v) => [v.key, v.value]));
    const answer = (from: string) => runInProcess('inbound', env, phoneCall({ From: from }));
    const rejectedBusy = '<Response><Reject reason="busy"/></Response>';
    expect(answer('+15125550177')).toContain(rejectedBusy);
    expect(answer('+19005550123')).toContain(rejectedBusy);
    expect(answer('Anonymous')).toContain(rejectedBusy);
    expect(answer('+15125550188')).toContain('<Response><Redirect method="POST">/voicemail</Redirect></Response>');

    await handling.getByRole('button', { name: 'Unblock (512) 555-0177' }).click();
    await expect.poll(() => variable('DIALTONE_BLOCKED_1')).toBe('+1900*,withheld');
    await expect(handling.getByRole('listitem')).toHaveText(['Numbers starting +1900Unblock']);

    twilio.double.failNext({
      method: 'POST',
      path: /\/Variables\/ZV\w+$/,
      status: 500,
      code: 20500,
      message: 'Internal',
    });
    // Twilio refusing the change: it stays saved and shown here, not live at Twilio (settings-live-at-twilio.spec.ts).
    await handling.getByRole('checkbox', { name: 'Do not disturb' }).uncheck();
    await expect(handling.getByRole('alert')).toContainText('20500');
    await expect(handling.getByRole('checkbox', { name: 'Do not disturb' })).not.toBeChecked();
    expect(variable('DIALTONE_DO_NOT_DISTURB')).toBe('on');
    expect(pageErrors).toEqual([]);
  },
);
