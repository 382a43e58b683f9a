import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heardShare } from '../support/call-lab';
import { callPanel } from '../support/call-ui';
import { invokeInPage } from '../support/call-page';
import { fakeMicrophoneTone } from '../support/fake-microphone';
import { startShellProcess } from '../support/shell-process';
import {
  buyFirstNumber,
  connectTwilio,
  continueToNumbers,
  createdCounts,
  expect,
  expectAccessible,
  expectLineReady,
  fullAccount,
  openWizard,
  searchNumbers,
  startSetup,
  stepHeading,
  test,
} from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';
import { voiceGeoPermissionsUrl } from '../../shared/models/twilio-setup-names';

/*
 * The setup wizard against the Twilio test double behind Prism (every request checked against
 * Twilio's OpenAPI description), with the lab Kamailio standing in for the SIP domain.
 */

// Each test deploys the routing (and one restarts the shell): about a minute alone, 1.6 min measured on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

const fullSignIn = { sid: fullAccount.sid, token: fullAccount.authToken };

test('a fresh Twilio account becomes a phone line: number bought, everything created, registered, test call to bob', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  await openWizard(page, shell);
  await expectAccessible(page);
  await connectTwilio(page, fullSignIn);
  await expect(page.getByText('Ada Lovelace')).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText(/\$20\.00/)).toBeVisible();
  // A key of its own: the Auth Token is forgotten, and everything after signs in with the key.
  await page.getByRole('button', { name: 'Create an API key' }).click();
  await expect(page.getByText('Dialtone signs in with its own API key.')).toBeVisible();
  const secrets = readFileSync(join(shell.dataDir, 'secrets.dev.json'), 'utf8');
  expect(secrets).not.toContain(fullAccount.authToken);
  expect(secrets).toMatch(/SK[0-9a-f]{32}/);
  expect(twilio.double.state().keys).toHaveLength(1);
  await continueToNumbers(page);

  await searchNumbers(page, { areaCode: '512' });
  await expect(page.getByRole('button', { name: 'Buy this number' }).first()).toBeVisible();
  await expectAccessible(page);
  const confirmation = await buyFirstNumber(page);
  expect(confirmation).toMatch(/a month/);
  await startSetup(page);
  await expectLineReady(page);
  // A US local number: texting from it needs A2P 10DLC registration, and the setup says so.
  await expect(page.getByText(/needs A2P 10DLC registration/)).toBeVisible();
  await expectAccessible(page);

  expect(createdCounts(twilio)).toEqual({
    purchases: 1,
    domains: 1,
    credentialLists: 1,
    credentials: 1,
    mappings: 2,
    services: 1,
  });
  const state = twilio.double.state();
  const number = state.numbers[0]!;
  expect(number.fields.voice_url).toMatch(/^https:\/\/dialtone-\d+-\d+\.twil\.io\/inbound$/);
  expect(state.domains[0]!.fields.voice_url).toMatch(/\/outbound$/);
  test.info().annotations.push({
    type: 'REST requests for a fresh setup',
    description: String(twilio.double.requests().length),
  });

  await page.getByLabel('Your mobile number').fill(bobNumber);
  await page.getByRole('button', { name: 'Call my mobile' }).click();
  await twilio.bob.waitForEvent((event) => event.type === 'CALL_ESTABLISHED', 15_000);
  await expect(callPanel(page).panel.getByText(/Connected/)).toBeVisible();
  await page.waitForTimeout(2_000);
  await callPanel(page).button('Hang up').click();
  // Over SDES-SRTP, as the Secure domain requires: bob heard the page's microphone.
  expect(await heardShare(twilio.bob, fakeMicrophoneTone.frequency)).toBeGreaterThan(0.9);
  expect(pageErrors).toEqual([]);
});

test('calls go only to the countries the person allows: the number’s own, then those added in the setup and in Settings', async ({
  page,
  shell,
  twilio,
}) => {
  const allowedOnTwilio = () =>
    twilio.double.state().variables.find((v) => v.key === 'DIALTONE_ALLOWED_COUNTRIES')?.value ?? null;
  await openWizard(page, shell);
  await connectTwilio(page, fullSignIn);
  await continueToNumbers(page);
  await searchNumbers(page, { areaCode: '512' });
  await buyFirstNumber(page);

  const field = page.getByRole('group', { name: 'Calls to other countries' });
  const listed = field.getByRole('list', { name: 'Countries your line may call' });
  await expect(listed.getByRole('listitem')).toHaveText([/United States/]);
  await expect(field.getByRole('link', { name: /Voice Geographic Permissions/ })).toHaveAttribute(
    'href',
    voiceGeoPermissionsUrl,
  );
  await field.getByLabel('Country to add').selectOption({ label: 'Canada' });
  await field.getByRole('button', { name: 'Add country' }).click();
  await expect(listed.getByRole('listitem')).toHaveText([/United States/, /Canada/]);
  await expectAccessible(page);
  await startSetup(page);
  await expectLineReady(page);
  expect(allowedOnTwilio()).toBe('US,CA');

  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await field.getByRole('button', { name: 'Remove Canada' }).click();
  await expect(listed.getByRole('listitem')).toHaveText([/United States/]);
  await expect.poll(allowedOnTwilio).toBe('US');
  // The routing read the new list from its variable: nothing was built again.
  expect(twilio.double.state().builds).toHaveLength(1);
  await expectAccessible(page);
});

test.describe('with a number already on the account', () => {
  test.use({
    accounts: [
      {
        ...fullAccount,
        ownedNumbers: [{ phoneNumber: '+14155550142', voiceUrl: 'https://demo.twilio.com/welcome/voice/' }],
      },
    ],
  });

  test('the number is adopted, nothing is bought, and removing Dialtone gives it back as it was', async ({
    page,
    shell,
    twilio,
  }) => {
    await openWizard(page, shell);
    await connectTwilio(page, fullSignIn);
    await continueToNumbers(page);
    await page.getByRole('radio', { name: 'Use a number you already have' }).click();
    await expect(page.getByText(/demo\.twilio\.com/)).toBeVisible();
    await page.getByRole('button', { name: 'Use this number' }).click();
    await startSetup(page);
    await expectLineReady(page);
    expect(createdCounts(twilio).purchases).toBe(0);
    expect(twilio.double.state().numbers[0]!.fields.voice_url).toMatch(/\/inbound$/);

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Remove Dialtone from this Twilio account' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Remove/ })
      .click();
    await expect(page.getByText(/SIP domain dialtone-/)).toBeVisible({ timeout: 20_000 });

    const after = createdCounts(twilio);
    expect(after).toEqual({ purchases: 0, domains: 0, credentialLists: 0, credentials: 0, mappings: 0, services: 0 });
    expect(twilio.double.state().numbers[0]!.fields.voice_url).toBe('https://demo.twilio.com/welcome/voice/');
  });
});

test('a failure mid-way is explained; after a restart the rerun finishes without making anything twice', async ({
  page,
  shell,
  twilio,
}) => {
  await openWizard(page, shell);
  await connectTwilio(page, fullSignIn);
  await continueToNumbers(page);
  await searchNumbers(page, { areaCode: '512' });
  await buyFirstNumber(page);

  twilio.double.failNext({
    method: 'POST',
    path: /Auth\/Registrations\/CredentialListMappings\.json$/,
    status: 500,
    code: 20500,
    message: 'An internal server error has occurred',
  });
  await startSetup(page);
  await expect(page.getByRole('alert')).toContainText('20500');
  await expectAccessible(page);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  // Dialtone quits and starts again: the setup resumes where it stopped.
  await shell.stop();
  const restarted = await startShellProcess(shell.dataDir, undefined, twilio.shellEnv);
  try {
    await page.goto(restarted.url);
    await expect(stepHeading(page, 'Set up your phone line')).toBeVisible();
    await startSetup(page);
    await expectLineReady(page);
  } finally {
    await restarted.stop();
  }
  expect(createdCounts(twilio)).toEqual({
    purchases: 1,
    domains: 1,
    credentialLists: 1,
    credentials: 1,
    mappings: 2,
    services: 1,
  });
});

test('a wrong Auth Token shows Twilio error 20003 and what to do', async ({ page, shell }) => {
  await openWizard(page, shell);
  await connectTwilio(page, { sid: fullAccount.sid, token: 'ffffffffffffffffffffffffffffffff' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('20003');
  await expect(alert).toContainText(/Auth Token/);
  await expect(stepHeading(page, 'Connect your Twilio account')).toBeVisible();
});

test('a number that needs an address shows Twilio error 21631 and what to do', async ({ page, shell, twilio }) => {
  await openWizard(page, shell);
  await connectTwilio(page, fullSignIn);
  await continueToNumbers(page);
  await searchNumbers(page, { country: 'GB' });
  await expect(page.getByText(/address/i).first()).toBeVisible();
  await page.getByRole('button', { name: 'Buy this number' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Buy', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('21631');
  await expect(alert).toContainText(/address/i);
  expect(createdCounts(twilio).purchases).toBe(0);
});

test.describe('with a trial account', () => {
  test.use({
    accounts: [
      {
        ...fullAccount,
        type: 'Trial',
        balance: '15.50',
        ownedNumbers: [{ phoneNumber: '+15125550111' }],
      },
    ],
  });

  test('the trial limits are explained, a second number is refused with 10002, and the trial number works', async ({
    page,
    shell,
    twilio,
  }) => {
    await openWizard(page, shell);
    await connectTwilio(page, fullSignIn);
    await expect(page.getByText(/Trial account/)).toBeVisible();
    await expect(page.getByText(/verified/).first()).toBeVisible();
    // The trial notice, in the dark theme too.
    await invokeInPage(page, 'settings:update', { theme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible(page);
    await continueToNumbers(page);

    await searchNumbers(page, { areaCode: '512' });
    await page.getByRole('button', { name: 'Buy this number' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buy', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('10002');

    await page.getByRole('radio', { name: 'Use a number you already have' }).click();
    await page.getByRole('button', { name: 'Use this number' }).click();
    await startSetup(page);
    await expectLineReady(page);
    expect(createdCounts(twilio).purchases).toBe(0);
  });
});

test("the wizard works from the keyboard: each step's heading takes focus, Enter submits", async ({ page, shell }) => {
  await openWizard(page, shell);
  await expect(stepHeading(page, 'Welcome to Dialtone')).toBeFocused();
  await page.getByRole('button', { name: 'Set up with Twilio' }).focus();
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Connect your Twilio account')).toBeFocused();
  await page.getByLabel('Account SID').focus();
  await page.keyboard.type(fullAccount.sid);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Auth Token', { exact: true })).toBeFocused();
  await page.keyboard.type(fullAccount.authToken);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ada Lovelace')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Choose where your calls connect')).toBeFocused();
  await page.getByRole('radio', { name: /Dublin/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Choose your phone number')).toBeFocused();
  expect((await invokeInPage(page, 'setup:get')).edge).toBe('dublin');
});
