import type { Page } from '@playwright/test';
import type { DoubleAccount } from '../lab/twilio-double';
import { seriousViolations } from './axe';
import { startShellProcess, type ShellProcess } from './shell-process';
import { expect, test as shellTest } from './shell-test';
import { startTwilioLab, type TwilioLab } from './twilio-lab';

/*
 * The setup wizard specs: a Twilio lab per test (the double behind Prism, Kamailio, bob) and a
 * browser shell pointed at it, the wizard's screens by role and name, and the double's checks.
 */

export const fullAccount: DoubleAccount = {
  sid: 'AC11111111111111111111111111111111',
  authToken: 'aaaabbbbccccddddeeeeffff00001111',
  friendlyName: 'Ada Lovelace',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
};

export const test = shellTest.extend<{ accounts: DoubleAccount[]; twilio: TwilioLab; shell: ShellProcess }>({
  accounts: [[fullAccount], { option: true }],
  twilio: async ({ accounts }, use) => {
    const lab = await startTwilioLab(accounts);
    try {
      await use(lab);
      // Every request the setup made was one Twilio's contract allows, and every answer the double gave too.
      lab.double.assertNoValidationErrors();
    } finally {
      await lab.stop();
    }
  },
  shell: async ({ twilio }, use) => {
    const shell = await startShellProcess(undefined, undefined, twilio.shellEnv);
    await use(shell);
    await shell.stop();
  },
});

export { expect };

const wizard = (page: Page) => page.getByRole('main');
export const stepHeading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

/** First start: the wizard opens on its welcome screen instead of the dialer. */
export async function openWizard(page: Page, shell: ShellProcess): Promise<void> {
  await page.goto(shell.url);
  await expect(stepHeading(page, 'Welcome to Dialtone')).toBeVisible();
}

export async function connectTwilio(page: Page, account: { sid: string; token: string }): Promise<void> {
  await page.getByRole('button', { name: 'Set up with Twilio' }).click();
  await expect(stepHeading(page, 'Connect your Twilio account')).toBeVisible();
  await page.getByLabel('Account SID').fill(account.sid);
  await page.getByLabel('Auth Token', { exact: true }).fill(account.token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

export async function continueToNumbers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(stepHeading(page, 'Choose where your calls connect')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(stepHeading(page, 'Choose your phone number')).toBeVisible();
}

export async function searchNumbers(page: Page, search: { country?: string; areaCode?: string }): Promise<void> {
  await page.getByRole('radio', { name: 'Get a new number' }).click();
  if (search.country) await page.getByLabel('Country').selectOption(search.country);
  if (search.areaCode) await page.getByLabel('Area code').fill(search.areaCode);
  await page.getByRole('button', { name: 'Search' }).click();
}

/** Buys the first number the search found, confirming its price. Returns the confirmation's text. */
export async function buyFirstNumber(page: Page): Promise<string> {
  await wizard(page).getByRole('button', { name: 'Buy this number' }).first().click();
  const confirm = page.getByRole('dialog');
  const text = (await confirm.textContent()) ?? '';
  await confirm.getByRole('button', { name: 'Buy', exact: true }).click();
  await expect(stepHeading(page, 'Set up your phone line')).toBeVisible();
  return text;
}

export async function startSetup(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start setup|Try again/ }).click();
}

export async function expectLineReady(page: Page): Promise<void> {
  await expect(stepHeading(page, 'Your phone line is ready')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('registration-status')).toHaveText(/Ready/, { timeout: 15_000 });
}

/** What the double holds after a setup, in counts: the evidence that nothing was made twice. */
export function createdCounts(lab: TwilioLab) {
  const state = lab.double.state();
  return {
    purchases: state.purchases.length,
    domains: state.domains.length,
    credentialLists: state.credentialLists.length,
    credentials: state.credentials.length,
    mappings: state.mappings.length,
    services: state.services.length,
  };
}

/** No serious or critical axe-core finding on the screen as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
