import { startShellProcess } from '../support/shell-process';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

test('a setting changed in the UI survives a backend restart', async ({ page, shell }) => {
  await openApp(page, shell);
  await page.keyboard.press('Control+6');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByLabel('Default country for phone numbers').selectOption('GB');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(2);

  await shell.stop();
  const restarted = await startShellProcess(shell.dataDir);
  try {
    await openApp(page, restarted);
    await page.keyboard.press('Control+6');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.getByLabel('Default country for phone numbers')).toHaveValue('GB');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  } finally {
    await restarted.stop();
  }
});

test('start at login and global shortcuts explain that only the desktop app offers them', async ({ page, shell }) => {
  await openApp(page, shell);
  await page.keyboard.press('Control+6');
  const startAtLogin = page.getByRole('checkbox', { name: 'Start Dialtone when I log in' });
  await expect(startAtLogin).toBeDisabled();
  await expect(startAtLogin).toHaveAccessibleDescription('Available in the desktop app');
  // Global shortcuts too are registered by the desktop app only.
  const answerShortcut = page.getByRole('textbox', { name: 'Answer a call' });
  await expect(answerShortcut).toBeDisabled();
  await expect(answerShortcut).toHaveAccessibleDescription('Available in the desktop app');
});
