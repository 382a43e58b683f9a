import { expect, type Page } from '@playwright/test';

/** Opens Dialtone on its dialer; on a first start that means closing the setup wizard with "Not now". */
export async function openApp(page: Page, shell: { url: string }): Promise<void> {
  await page.goto(shell.url);
  const dialer = page.getByRole('heading', { level: 1, name: 'Dialer' });
  const welcome = page.getByRole('heading', { name: 'Welcome to Dialtone' });
  await expect(dialer.or(welcome)).toBeVisible();
  if (await welcome.isVisible()) await page.getByRole('button', { name: 'Not now' }).click();
  await expect(dialer).toBeVisible();
}
