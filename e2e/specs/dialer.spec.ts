import { seriousViolations } from '../support/axe';
import type { Page } from '@playwright/test';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

const numberField = (page: Page) => page.getByLabel('Number or SIP address');
const callButton = (page: Page) => page.getByRole('button', { name: 'Call', exact: true });
const keypad = (page: Page) => page.getByRole('group', { name: 'Keypad' });

test('a US number is formatted as typed and can be called; a short one says why not', async ({
  page,
  shell,
  pageErrors,
}) => {
  await openApp(page, shell);
  await numberField(page).pressSequentially('(512) 555-0123');
  await expect(numberField(page)).toHaveValue('(512) 555-0123');
  await expect(callButton(page)).toBeEnabled();
  await expect(page.getByText('Press Enter to call (512) 555-0123.')).toBeVisible();

  await numberField(page).fill('123');
  await expect(callButton(page)).toBeDisabled();
  await expect(page.getByText('This number is too short. Type the whole number, with its area code.')).toBeVisible();
  await expect(callButton(page)).toHaveAccessibleDescription(/too short/);
  expect(pageErrors).toEqual([]);
});

test('the keypad works with the keyboard alone, and typed digits and pastes reach the field', async ({
  page,
  shell,
}) => {
  await openApp(page, shell);
  await numberField(page).focus();
  await page.keyboard.press('Tab');
  const one = keypad(page).getByRole('button', { name: '1', exact: true });
  await expect(one).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(keypad(page).getByRole('button', { name: '4', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(numberField(page)).toHaveValue('45');

  // Digits typed while a key has focus go to the field; Backspace takes the last one away.
  await page.keyboard.type('6');
  await expect(numberField(page)).toHaveValue('(456)');
  await expect(keypad(page).getByRole('button', { name: '5', exact: true })).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(numberField(page)).toHaveValue('45');

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'tel:+1-512-555-0123');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(numberField(page)).toHaveValue('+1 512 555 0123');
  await expect(callButton(page)).toBeEnabled();
});

test('calling without a phone line says so and what to do', async ({ page, shell }) => {
  await openApp(page, shell);
  await numberField(page).fill('+44 20 7946 0958');
  await numberField(page).press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'There is no phone line connected yet. Set up your account, or check it in Settings.',
  );
  await expect(numberField(page)).toHaveValue('+44 20 7946 0958');
  await expect(page.getByRole('button', { name: 'Redial' })).toBeDisabled();
});

test('the dialer has no serious accessibility problems, in light and dark', async ({ page, shell }) => {
  await openApp(page, shell);
  expect(await seriousViolations(page)).toEqual([]);

  await numberField(page).fill('123');
  expect(await seriousViolations(page)).toEqual([]);

  await numberField(page).fill('+44 20 7946 0958');
  await callButton(page).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
});
