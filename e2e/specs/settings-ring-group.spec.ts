import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, fullAccount, test } from '../support/setup-wizard';

/*
 * Settings, Team, ring groups, on the Twilio double behind Prism: a group made with the keyboard (a name, a free
 * number of the account, whom it rings) points that number at the routing and reaches the routing's variables;
 * removing it, after asking, gives the number its old routing back and empties the variable.
 */

const salesNumber = '+15125550189';
const salesOldVoiceUrl = 'https://example.com/sales-old';
const section = (page: Page) => page.getByRole('region', { name: 'Team' });
const groupForm = (page: Page) => section(page).getByRole('form', { name: 'Add a ring group' });

test.use({
  accounts: [{ ...fullAccount, ownedNumbers: [{ phoneNumber: salesNumber, voiceUrl: salesOldVoiceUrl }] }],
});
test.describe.configure({ timeout: 180_000 });

test('a ring group made in Settings rings its people at Twilio, and removing it gives the number back', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  const salesVoiceUrl = () =>
    twilio.double.state().numbers.find((n) => n.phoneNumber === salesNumber)!.fields.voice_url;
  await setUpTwilioLine(page, shell, twilio);
  const lineNumber = twilio.double.state().numbers.find((n) => n.phoneNumber !== salesNumber)!.phoneNumber;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

  // Kim joins by name, so the group has someone besides the owner to ring.
  const memberForm = section(page).getByRole('form', { name: 'Add a person' });
  await memberForm.getByRole('radio', { name: 'By name and extension, without a number' }).check();
  await memberForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Kim');
  await memberForm.getByRole('textbox', { name: 'Username' }).fill('kim');
  await memberForm.getByRole('button', { name: 'Add person' }).click();
  await expect(section(page).getByRole('list', { name: 'People on your line' }).getByRole('listitem')).toHaveText([
    /Kim/,
  ]);
  await expect(section(page).getByText('No ring groups yet.')).toBeVisible();

  // Sent empty: each field says what it needs, and nothing reaches Twilio.
  await groupForm(page).getByRole('button', { name: 'Add ring group' }).click();
  await expect(groupForm(page).getByRole('textbox', { name: 'Group name' })).toHaveAccessibleDescription(
    /Write the group’s name/,
  );
  await expect(groupForm(page).getByRole('group', { name: 'Who it rings' })).toHaveAccessibleDescription(
    /Choose at least one person/,
  );
  expect(salesVoiceUrl()).toBe(salesOldVoiceUrl);

  // Made with the keyboard only; the line's own number is not offered.
  const number = groupForm(page).getByRole('combobox', { name: 'Group number' });
  await expect(number.locator('option')).toHaveText(['Choose a number', '(512) 555-0189']);
  await groupForm(page).getByRole('textbox', { name: 'Group name' }).focus();
  await page.keyboard.type('Sales');
  await page.keyboard.press('Tab');
  await expect(number).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(number).toHaveValue(salesNumber);
  await page.keyboard.press('Tab');
  await expect(groupForm(page).getByRole('checkbox', { name: 'You' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(groupForm(page).getByRole('checkbox', { name: 'Kim' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(groupForm(page).getByRole('button', { name: 'Add ring group' })).toBeFocused();
  await page.keyboard.press('Enter');

  const groups = section(page).getByRole('list', { name: 'Ring groups' }).getByRole('listitem');
  await expect(groups).toHaveText([/Sales\s*\(512\) 555-0189 · rings You, Kim/]);
  expect(salesVoiceUrl()).toMatch(/\/inbound$/);
  await expect.poll(() => variable('DIALTONE_RING_GROUP_1')).toBe(`${salesNumber}=${lineNumber},kim`);
  // The form is empty again, and the group's number is no longer offered to a person.
  await expect(groupForm(page).getByRole('textbox', { name: 'Group name' })).toHaveValue('');
  await expect(number.locator('option')).toHaveText(['Choose a number']);
  await expect(memberForm.getByRole('radio', { name: 'With one of my Twilio numbers' })).toBeVisible();
  await memberForm.getByRole('radio', { name: 'With one of my Twilio numbers' }).check();
  await expect(memberForm.getByRole('combobox', { name: 'Their number' }).locator('option')).toHaveCount(1);
  await expectAccessibleInBothThemes(page, 'Settings, Team, ring groups');

  // Removed after asking: calls to the number go where they went before, and the routing forgets the group.
  await section(page).getByRole('button', { name: 'Remove ring group Sales' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Remove the ring group Sales?' });
  await expect(confirm).toContainText('(512) 555-0189');
  await expectAccessibleInBothThemes(page, 'Settings, Team, remove ring group', '.account-dialog');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(section(page).getByText('No ring groups yet.')).toBeVisible();
  expect(salesVoiceUrl()).toBe(salesOldVoiceUrl);
  await expect.poll(() => variable('DIALTONE_RING_GROUP_1')).toBe('none');
  twilio.double.assertNoValidationErrors();
  expect(pageErrors).toEqual([]);
});
