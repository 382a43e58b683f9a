import type { Page } from '@playwright/test';
import { autoReplyTextLimit, defaultAutoReplyText } from '../../shared/models/call-handling-names';
import { expectAccessibleInBothThemes } from '../support/axe';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';

/*
 * Settings, Call handling, Auto-reply: turned on in the app, it reaches the double behind Prism as the variable
 * /voicemail reads (DIALTONE_AUTO_REPLY) and as the routing service's IncludeCredentials, which the Functions need
 * to text; the same build is deployed again, no new build. Its text saves as the variable alone; off takes the
 * credentials away again. A text the schema refuses never leaves the page.
 */

const section = (page: Page) => page.getByRole('region', { name: 'Call handling' });
const card = (page: Page) => section(page).getByRole('group', { name: 'Auto-reply', exact: true });

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page)).toBeVisible();
}

// The line's setup takes most of it; on a loaded machine the whole runs 2 to 3 minutes.
test.describe.configure({ timeout: 240_000 });

test('the auto-reply reaches Twilio as its text and the Functions’ credentials, and goes away again', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const state = () => twilio.double.state();
  const variable = () => state().variables.find((v) => v.key === 'DIALTONE_AUTO_REPLY')?.value;
  const credentials = () => state().services[0]?.includeCredentials;
  const deployedBuilds = () => state().deployments.map((d) => d.buildSid);

  await setUpTwilioLine(page, shell, twilio);
  await openSettings(page);
  expect(variable()).toBe('none');
  expect(credentials()).toBe(false);
  const builds = state().builds.length;
  const deployed = deployedBuilds();

  const autoReply = card(page);
  const toggle = autoReply.getByRole('checkbox', { name: 'Text callers I miss' });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(/Only mobiles get it, once a day at most/);
  await expect(toggle).toHaveAccessibleDescription(/registered for A2P 10DLC/);
  const onAt = Date.now();
  await toggle.check();
  await expect.poll(variable, { timeout: 5_000 }).toBe(defaultAutoReplyText);
  await expect.poll(credentials, { timeout: 5_000 }).toBe(true);
  test
    .info()
    .annotations.push({ type: 'auto-reply live at Twilio after (ms)', description: String(Date.now() - onAt) });
  await expect(autoReply.getByText('Saved', { exact: true })).toBeVisible();
  // The build that runs is deployed again, so that it runs with the credentials; nothing is built.
  expect(deployedBuilds()).toEqual([...deployed, deployed.at(-1)]);
  expect(state().builds).toHaveLength(builds);

  // Too long: the schema's message, and nothing sent.
  const text = autoReply.getByRole('textbox', { name: 'Text', exact: true });
  await expect(text).toHaveValue(defaultAutoReplyText);
  await expect(text).toHaveAccessibleDescription(/billed as 1 SMS/);
  await text.fill('x'.repeat(autoReplyTextLimit + 1));
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription(/an auto-reply holds at most 320 characters/);
  const saveText = autoReply.getByRole('button', { name: 'Save text' });
  await expect(saveText).toHaveAttribute('aria-disabled', 'true');
  await saveText.click({ force: true });
  expect(variable()).toBe(defaultAutoReplyText);

  const own = 'Hi, Ada here: sorry I missed you. I will call back tonight.';
  await text.fill(own);
  await expect(text).not.toHaveAttribute('aria-invalid');
  await saveText.click();
  await expect.poll(variable, { timeout: 5_000 }).toBe(own);
  expect(deployedBuilds()).toHaveLength(deployed.length + 1);

  await expectAccessibleInBothThemes(page, 'Settings, Call handling with the auto-reply on');

  // After a reload the screen shows what main keeps; off takes the credentials away again.
  await page.reload();
  await openSettings(page);
  await expect(card(page).getByRole('checkbox', { name: 'Text callers I miss' })).toBeChecked();
  await expect(card(page).getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(own);
  await card(page).getByRole('checkbox', { name: 'Text callers I miss' }).uncheck();
  await expect.poll(variable, { timeout: 5_000 }).toBe('none');
  await expect.poll(credentials, { timeout: 5_000 }).toBe(false);
  await expect(card(page).getByRole('textbox', { name: 'Text', exact: true })).toHaveCount(0);
  expect(state().builds).toHaveLength(builds);
  expect(pageErrors).toEqual([]);
});
