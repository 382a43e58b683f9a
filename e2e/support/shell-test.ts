import { test as base, expect } from '@playwright/test';
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
