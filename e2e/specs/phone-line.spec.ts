import { expectAccessibleInBothThemes } from '../support/axe';
import type { Page } from '@playwright/test';
import { alice, startCallLab, type CallLab } from '../support/call-lab';
import { openApp } from '../support/open-app';
import { expect, test as shellTest } from '../support/shell-test';

/*
 * Settings, Phone line: a SIP account added, edited and removed through the form, against the
 * lab's Kamailio over TLS, with the line state following registration live.
 */

const test = shellTest.extend<{ lab: CallLab }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures receive their dependencies destructured.
  lab: async ({}, use) => {
    const lab = await startCallLab();
    await use(lab);
    await lab.stop();
  },
});

test.describe.configure({ timeout: 60_000 });

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Phone line' })).toBeVisible();
}

const section = (page: Page) => page.getByRole('region', { name: 'Phone line' });
const form = (page: Page) => page.getByRole('dialog', { name: /SIP account/ });
const pill = (page: Page) => page.getByTestId('registration-status');
const lineState = (page: Page) => section(page).getByTestId('account-line');

test('a SIP account is added, edited and removed through the Phone line form', async ({ page, shell, lab }) => {
  await openApp(page, shell);
  await openSettings(page);
  await expect(section(page).getByText('No phone line yet')).toBeVisible();

  // Add alice over TLS, trusting the lab's CA, calls unencrypted (the lab has no SRTP).
  const add = section(page).getByRole('button', { name: 'Add a SIP account' });
  await add.click();
  const dialog = form(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('SIP address')).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'TLS (recommended)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Required' })).toBeChecked();
  await dialog.getByLabel('SIP address').fill(`${alice.user}@${lab.kamailio.domain}`);
  await expect(dialog.getByLabel('User name for sign-in')).toHaveAccessibleDescription(/Leave empty to use “alice”/);
  await dialog.getByLabel('Password').fill(alice.password);
  await dialog.getByLabel('Server', { exact: true }).fill(`127.0.0.1:${lab.kamailio.tlsPort}`);
  await dialog.getByRole('radio', { name: 'Off' }).check();
  await dialog.getByText('Advanced: trust a private server').click();
  await dialog.getByLabel('Certificate authority (PEM)').fill(lab.kamailio.caCertPem);
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(pill(page)).toHaveText('Ready', { timeout: 15_000 });
  await expect(lineState(page)).toHaveText('Ready');
  await expect(section(page).getByRole('heading', { level: 3 })).toHaveText(`alice@${lab.kamailio.domain}`);

  // An edit that leaves the password empty keeps the saved one: the line comes back Ready.
  await section(page).getByRole('button', { name: 'Edit' }).click();
  await expect(dialog.getByLabel('Password')).toHaveValue('');
  await expect(dialog.getByLabel('Password')).toHaveAccessibleDescription('Leave empty to keep the saved password.');
  await expect(dialog.getByLabel('Certificate authority (PEM)')).toBeVisible();
  await dialog.getByLabel('Display name').fill('Alice');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section(page).getByRole('button', { name: 'Edit' })).toBeFocused();
  await expect(lineState(page)).toHaveText('Ready', { timeout: 15_000 });

  // A wrong password: the server refuses it and the line says so.
  await section(page).getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Password').fill('not-the-password');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const refused = /^Not connected: The SIP server refused the user name or password \(\d+\)/;
  await expect(lineState(page)).toHaveText(refused, { timeout: 15_000 });
  await expect(pill(page)).toHaveText(refused);

  // Remove, after a confirmation that says the password goes too; Escape first cancels it.
  await section(page).getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: /^Remove / });
  await expect(confirm).toContainText('forgets the account and its saved password');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(section(page).getByRole('button', { name: 'Remove' })).toBeFocused();
  await section(page).getByRole('button', { name: 'Remove' }).click();
  await confirm.getByRole('button', { name: 'Remove account' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(section(page).getByText('No phone line yet')).toBeVisible();
  await expect(pill(page)).toHaveText('No phone line yet');
  await expect(section(page).getByRole('button', { name: 'Add a SIP account' })).toBeFocused();
});

test('the form says what to fix, is keyboard accessible, and has no serious accessibility problems', async ({
  page,
  shell,
}) => {
  await openApp(page, shell);
  await openSettings(page);
  const add = section(page).getByRole('button', { name: 'Add a SIP account' });
  await add.click();
  const dialog = form(page);

  await dialog.getByRole('button', { name: 'Save' }).click();
  const address = dialog.getByLabel('SIP address');
  await expect(address).toBeFocused();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/Enter the SIP address your provider gave you/);
  await expect(dialog.getByLabel('Password')).toHaveAccessibleDescription(/Enter the password/);

  await address.fill('alice example.com');
  await expect(address).toHaveAccessibleDescription(/A SIP address looks like alice@example.com/);
  await address.fill('alice@example.com');
  await expect(address).not.toHaveAttribute('aria-invalid');
  await expect(dialog.getByLabel('Server', { exact: true })).toHaveAttribute('placeholder', 'example.com');
  await dialog.getByLabel('Server', { exact: true }).fill('example.com:99999');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await expect(dialog.getByLabel('Server', { exact: true })).toHaveAccessibleDescription(/between 1 and 65535/);

  // Tab stays inside the dialog.
  for (let i = 0; i < 25; i += 1) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  await expectAccessibleInBothThemes(page, 'form open');

  // Escape cancels, nothing is saved, and focus goes back to the button that opened the form.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(add).toBeFocused();
  await expect(section(page).getByText('No phone line yet')).toBeVisible();
});

test("a save main refuses shows main's message and keeps the form open", async ({ page, shell }) => {
  await openApp(page, shell);
  await openSettings(page);
  await section(page).getByRole('button', { name: 'Add a SIP account' }).click();
  const dialog = form(page);
  await dialog.getByLabel('SIP address').fill('carol@127.0.0.1');
  await dialog.getByLabel('Password').fill('carol-secret');
  const encryption = dialog.getByRole('group', { name: 'Encryption of calls' });
  await expect(encryption).not.toHaveAccessibleDescription(/in clear/);
  await dialog.getByRole('radio', { name: 'TCP' }).check();
  await expect(encryption).toHaveAccessibleDescription(/keys that encrypt the sound travel in clear.*Choose TLS/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section(page).getByText('127.0.0.1 over TCP, calls always encrypted')).toBeVisible();

  // The account goes away behind the open form (another window, say): main refuses the save.
  await section(page).getByRole('button', { name: 'Edit' }).click();
  await page.evaluate(async () => {
    const { dialtone } = window as unknown as {
      dialtone: { invoke(channel: string, input?: unknown): Promise<unknown> };
    };
    const listed = (await dialtone.invoke('accounts:list')) as { value: { id: string }[] };
    await dialtone.invoke('accounts:remove', { id: listed.value[0]?.id });
  });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'That account no longer exists. Reopen the accounts list and try again.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section(page).getByRole('button', { name: 'Add a SIP account' })).toBeFocused();
});
