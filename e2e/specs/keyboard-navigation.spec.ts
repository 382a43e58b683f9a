import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

test('navigation works with the keyboard alone', async ({ page, shell }) => {
  await openApp(page, shell);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Tab from the top of the page into the navigation (one stop: the current view), then arrow to Contacts.
  const dialer = nav.getByRole('button', { name: 'Dialer' });
  for (let presses = 0; presses < 15; presses++) {
    if (await dialer.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(dialer).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const contacts = nav.getByRole('button', { name: 'Contacts' });
  await expect(contacts).toBeFocused();
  await page.keyboard.press('Enter');
  const contactsHeading = page.getByRole('heading', { level: 1, name: 'Contacts' });
  await expect(contactsHeading).toBeFocused();
  await expect(contacts).toHaveAttribute('aria-current', 'page');

  await contacts.focus();
  await page.keyboard.press('ArrowDown');
  await expect(nav.getByRole('button', { name: 'History' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();

  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeFocused();
});
