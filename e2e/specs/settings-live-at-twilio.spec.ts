import type { Page } from '@playwright/test';
import { changeVariableInConsole } from '../lab/twilio-double/console-variable-edit';
import { expectAccessibleInBothThemes } from '../support/axe';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, fullAccount, test } from '../support/setup-wizard';

/*
 * Settings, Call handling: what is live at Twilio. A change is saved in Dialtone first, then sent; when the
 * double (behind Prism) refuses the variable, the screen says "Not live" with Twilio's words and keeps the
 * saved choice, and Try again sends it. "Check with Twilio" finds a variable changed behind Dialtone's back.
 */

const section = (page: Page) => page.getByRole('region', { name: 'Call handling' });
const card = (page: Page, title: string) => section(page).getByRole('group', { name: title, exact: true });
const liveLine = (page: Page) =>
  section(page)
    .getByRole('status')
    .filter({ hasText: /Twilio/ })
    .first();

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page)).toBeVisible();
}

test.describe.configure({ timeout: 180_000 });

test('a change Twilio refused stays saved, shows "Not live" with Twilio’s words, and Try again makes it live', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  await setUpTwilioLine(page, shell, twilio);
  await openSettings(page);
  await expect(liveLine(page)).toHaveText(/^Live at Twilio since /);
  // Opening the screen checked with Twilio: nothing differs.
  await expect(section(page).getByText(/^Twilio has every setting as saved here/)).toBeVisible();

  twilio.double.failNext({
    method: 'POST',
    path: /\/Variables\/ZV\w+$/,
    status: 500,
    code: 20500,
    message: 'Internal',
  });
  const dnd = card(page, 'Do not disturb').getByRole('checkbox', { name: 'Do not disturb' });
  await dnd.check();
  await expect(liveLine(page)).toHaveText(/^Not live at Twilio/);
  const problem = section(page).getByRole('alert');
  await expect(problem).toContainText('20500');
  await expect(problem.locator('.wizard-problem__todo')).not.toBeEmpty();
  await expect(dnd).toBeChecked();
  expect(variable('DIALTONE_DO_NOT_DISTURB')).toBe('off');
  await liveLine(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('not-live.png') });
  await expectAccessibleInBothThemes(page, 'Settings, Call handling not live at Twilio');

  // A reload shows what main keeps: the choice, still not live.
  await page.reload();
  await openSettings(page);
  await expect(dnd).toBeChecked();
  await expect(liveLine(page)).toHaveText(/^Not live at Twilio/);
  await expect(section(page).getByRole('listitem').filter({ hasText: 'Do not disturb' })).toBeVisible();

  await section(page).getByRole('button', { name: 'Try again' }).click();
  await expect(liveLine(page)).toHaveText(/^Live at Twilio since /);
  await expect.poll(() => variable('DIALTONE_DO_NOT_DISTURB')).toBe('on');
  await expect(section(page).getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(section(page).getByRole('alert')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('"Check with Twilio" lists a setting changed in the Twilio Console by its name, and Try again puts it back', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  await setUpTwilioLine(page, shell, twilio);
  await openSettings(page);
  await expect(section(page).getByText(/^Twilio has every setting as saved here/)).toBeVisible();

  await changeVariableInConsole(twilio.double, fullAccount, 'DIALTONE_FORWARD_MODE', 'always');
  await changeVariableInConsole(twilio.double, fullAccount, 'DIALTONE_RECORDING', 'always');
  await section(page).getByRole('button', { name: 'Check with Twilio' }).click();
  const differences = section(page).getByRole('list', { name: /not what is saved here/ });
  await expect(differences.getByRole('listitem')).toHaveText(['Forwarding', 'Recording']);
  await differences.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('differences.png') });
  await expectAccessibleInBothThemes(page, 'Settings, Call handling with settings that differ at Twilio');

  await section(page).getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => variable('DIALTONE_FORWARD_MODE')).toBe('off');
  expect(variable('DIALTONE_RECORDING')).toBe('off');
  await section(page).getByRole('button', { name: 'Check with Twilio' }).click();
  await expect(section(page).getByText(/^Twilio has every setting as saved here/)).toBeVisible();
  await expect(differences).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
