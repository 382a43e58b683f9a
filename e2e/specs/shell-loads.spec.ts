import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

test('the shell loads with the contract as window.dialtone and no errors', async ({ page, shell, pageErrors }) => {
  await openApp(page, shell);
  await expect(page.getByTestId('registration-status')).toHaveText(/No phone line yet/);
  const apiKeys = await page.evaluate(() => Object.keys((window as unknown as { dialtone: object }).dialtone).sort());
  expect(apiKeys).toEqual(['invoke', 'on']);
  for (const name of ['Dialer', 'Contacts', 'History', 'Settings']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name })).toBeVisible();
  }
  expect(pageErrors).toEqual([]);
});

test('the page refuses to open without the per-start token', async ({ page, shell }) => {
  const withoutToken = new URL(shell.url);
  withoutToken.search = '';
  const response = await page.goto(withoutToken.toString());
  expect(response?.status()).toBe(403);
  await expect(page.locator('body')).toContainText('npm run dev:web');
});
