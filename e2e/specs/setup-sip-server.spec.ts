import { seriousViolations } from '../support/axe';
import { alice, startCallLab, type CallLab } from '../support/call-lab';
import { expect, test as shellTest } from '../support/shell-test';

/*
 * The wizard's second path, "Connect to another SIP server", against the lab's Kamailio over TLS:
 * the server, user, password, transport and SRTP policy typed by hand, then the finish screen with
 * the line registered.
 */

const test = shellTest.extend<{ lab: CallLab }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures receive their dependencies destructured.
  lab: async ({}, use) => {
    const lab = await startCallLab();
    await use(lab);
    await lab.stop();
  },
});

test('a PBX account typed by hand registers and the finish screen offers the test call', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Dialtone' })).toBeVisible();
  await page.getByRole('button', { name: 'Connect to another SIP server' }).click();
  await expect(page.getByRole('heading', { name: 'Connect to another SIP server' })).toBeVisible();

  await page.getByLabel('SIP address').fill(`${alice.user}@${lab.kamailio.domain}`);
  await page.getByLabel('Password').fill(alice.password);
  await page.getByLabel('Server', { exact: true }).fill(`127.0.0.1:${lab.kamailio.tlsPort}`);
  await page.getByRole('radio', { name: 'TLS (recommended)' }).check();
  await page.getByRole('radio', { name: 'Off' }).check();
  await page.getByText('Advanced: trust a private server').click();
  await page.getByLabel('Certificate authority (PEM)').fill(lab.kamailio.caCertPem);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: 'Your phone line is ready' })).toBeVisible();
  await expect(page.getByTestId('registration-status')).toHaveText('Ready', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Call the sound test' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();

  // A restart opens on the dialer: the line exists, the wizard stays closed.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
