import { test as base, expect, type Page } from '@playwright/test';
import { startShellProcess, type ShellProcess } from './shell-process';

/** Every spec gets its own browser shell process with an empty data folder. */
export const test = base.extend<{ shell: ShellProcess; pageErrors: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures receive their dependencies destructured.
  shell: async ({}, use) => {
    const shell = await startShellProcess();
    await use(shell);
    await shell.stop();
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(errors);
  },
});

export { expect };

/** Opens Dialtone on its dialer; on a first start that means closing the setup wizard with "Not now". */
export async function openApp(page: Page, shell: ShellProcess): Promise<void> {
  await page.goto(shell.url);
  const dialer = page.getByRole('heading', { level: 1, name: 'Dialer' });
  const welcome = page.getByRole('heading', { name: 'Welcome to Dialtone' });
  await expect(dialer.or(welcome)).toBeVisible();
  if (await welcome.isVisible()) await page.getByRole('button', { name: 'Not now' }).click();
  await expect(dialer).toBeVisible();
}
