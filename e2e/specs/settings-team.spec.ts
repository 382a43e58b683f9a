import type { Page } from '@playwright/test';
import { openInvitation } from '../../electron/services/team/line-invitation-crypto';
import { expectAccessibleInBothThemes } from '../support/axe';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, fullAccount, test } from '../support/setup-wizard';

/*
 * Settings, Team: people added to the line's SIP domain, on the Twilio double behind Prism. One joins with a
 * number of the account (which then rings them at the routing), one by name and extension; an invitation opens
 * with its passphrase to the person's line; removing a person deletes their credential.
 */

const samNumber = '+15125550188';
const section = (page: Page) => page.getByRole('region', { name: 'Team' });
const form = (page: Page) => section(page).getByRole('form', { name: 'Add a person' });

test.use({
  accounts: [{ ...fullAccount, ownedNumbers: [{ phoneNumber: samNumber, voiceUrl: 'https://example.com/old' }] }],
});
test.describe.configure({ timeout: 180_000 });

test('people join the line with a number or an extension, are invited with a passphrase, and are removed', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const credentials = () => twilio.double.state().credentials.map((credential) => credential.username);
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  const line = await setUpTwilioLine(page, shell, twilio);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page).getByText('Nobody else is on your line yet.')).toBeVisible();

  // With a number of the account: the line's own number is not offered.
  await form(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Sam');
  const number = form(page).getByRole('combobox', { name: 'Their number' });
  await expect(number.getByRole('option', { name: '(512) 555-0188' })).toHaveCount(1);
  await expect(number.locator('option')).toHaveCount(2);
  await number.selectOption(samNumber);
  await form(page)
    .getByRole('textbox', { name: /Extension/ })
    .fill('102');
  await form(page).getByRole('button', { name: 'Add person' }).click();
  const members = section(page).getByRole('list', { name: 'People on your line' }).getByRole('listitem');
  await expect(members).toHaveText([/Sam\s*\(512\) 555-0188 · extension 102/]);
  expect(credentials()).toContain(samNumber);
  expect(twilio.double.state().numbers.find((n) => n.phoneNumber === samNumber)!.fields.voice_url).toMatch(
    /\/inbound$/,
  );

  // By name: what the schema refuses is said at the field, and nothing is sent.
  await form(page).getByRole('radio', { name: 'By name and extension, without a number' }).check();
  await form(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Kim');
  await form(page).getByRole('textbox', { name: 'Username' }).fill('Kim Lee');
  await form(page)
    .getByRole('textbox', { name: /Extension/ })
    .fill('0');
  await form(page).getByRole('button', { name: 'Add person' }).click();
  await expect(form(page).getByRole('textbox', { name: 'Username' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form(page).getByRole('textbox', { name: /Extension/ })).toHaveAccessibleDescription(/2 to 5 digits/);
  await form(page).getByRole('textbox', { name: 'Username' }).fill('kim');
  await form(page)
    .getByRole('textbox', { name: /Extension/ })
    .fill('101');
  await form(page).getByRole('button', { name: 'Add person' }).click();
  await expect(members).toHaveText([/Sam/, /Kim\s*kim · extension 101/]);
  expect(credentials()).toContain('kim');
  await expect.poll(() => variable('DIALTONE_TEAM_1')).toBe(`${samNumber}:102,kim:101`);
  // Kim has no number: calling phones, she shows the one chosen here (the line's own, say).
  const lineNumber = twilio.double.state().numbers.find((n) => n.phoneNumber !== samNumber)!.phoneNumber;
  expect(variable('DIALTONE_DEFAULT_CALLER_ID')).toBe('none');
  await section(page).getByRole('combobox', { name: 'Caller ID for people without a number' }).selectOption(lineNumber);
  await expect.poll(() => variable('DIALTONE_DEFAULT_CALLER_ID')).toBe(lineNumber);
  await expectAccessibleInBothThemes(page, 'Settings, Team', '.team-section');

  // Kim's invitation: its code opens with the passphrase to her line on the domain.
  await section(page).getByRole('button', { name: 'Invite Kim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Kim' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await dialog.getByRole('textbox', { name: 'Passphrase' }).fill('blue pelican at noon');
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const code = dialog.getByRole('textbox', { name: 'Invitation code' });
  await expect(code).toHaveValue(/^dialtone-invite:1:/);
  const opened = await openInvitation(await code.inputValue(), 'blue pelican at noon');
  expect(opened).toMatchObject({ username: 'kim', sipDomain: line.sipUri.split('@')[1], inviterName: 'Ada' });
  await expectAccessibleInBothThemes(page, 'Settings, Team, invitation', '.account-dialog');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  // Removing Sam: asked first; his credential goes and his number's old routing comes back.
  await section(page).getByRole('button', { name: 'Remove Sam' }).click();
  await page.getByRole('dialog', { name: 'Remove Sam?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(members).toHaveText([/Kim/]);
  expect(credentials()).not.toContain(samNumber);
  expect(twilio.double.state().numbers.find((n) => n.phoneNumber === samNumber)!.fields.voice_url).toBe(
    'https://example.com/old',
  );
  twilio.double.assertNoValidationErrors();
  expect(pageErrors).toEqual([]);
});
