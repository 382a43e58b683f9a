import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { DoubleAccount } from '../lab/twilio-double';
import { expectAccessibleInBothThemes } from '../support/axe';
import { expect, openWizard, stepHeading, test } from '../support/setup-wizard';
import type { TwilioLab } from '../support/twilio-lab';

/*
 * The setup's office path against the Twilio double behind Prism (the trunking contract): an Asterisk PBX
 * connected through an Elastic SIP trunk, its files shown with Copy and Save, a rerun that makes nothing twice,
 * and removal that gives the number back.
 */

test.describe.configure({ timeout: 120_000 });

const officeNumber = '+15125550100';
const oldVoiceUrl = 'https://demo.twilio.com/welcome/voice/';
const officeAccount: DoubleAccount = {
  sid: `AC${'5'.repeat(32)}`,
  authToken: `${'c'.repeat(16)}${'5'.repeat(16)}`,
  friendlyName: 'Office account',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: officeNumber, voiceUrl: oldVoiceUrl }],
};
const placeholder = 'PASSWORD-WRITTEN-BY-DIALTONE';

test.use({ accounts: [officeAccount] });

/** What the trunking made on the double, in counts, and where the number's calls go. */
function trunking(lab: TwilioLab) {
  const state = lab.double.state();
  const number = state.numbers.find((n) => n.phoneNumber === officeNumber)!;
  return {
    counts: {
      trunks: state.trunks.length,
      originationUrls: state.originationUrls.length,
      credentialLists: state.credentialLists.length,
      credentials: state.credentials.length,
      ipAccessControlLists: state.ipAccessControlLists.length,
      ipAddresses: state.ipAddresses.length,
    },
    trunkSid: state.trunks[0]?.sid ?? null,
    domainName: state.trunks[0]?.domainName ?? null,
    numberTrunkSid: number.trunkSid,
    numberVoiceUrl: number.fields.voice_url,
  };
}

const file = (within: Page | Locator, name: string) => within.getByRole('region', { name, exact: true });

async function connectOffice(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Connect the office' }).click();
  await expect(stepHeading(page, 'Your office phone system is connected')).toBeVisible({ timeout: 30_000 });
}

test('the office path makes the trunk, shows the Asterisk files, reruns without duplicates and is removed', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  await openWizard(page, shell);
  await page.getByRole('button', { name: /Connect an office phone system/ }).click();
  // Not connected yet: the credentials form first, then the office form.
  await expect(stepHeading(page, 'Connect your Twilio account')).toBeVisible();
  await page.getByLabel('Account SID').fill(officeAccount.sid);
  await page.getByLabel('Auth Token', { exact: true }).fill(officeAccount.authToken);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(stepHeading(page, 'Connect an office phone system')).toBeVisible();
  await expect(page.getByLabel('Office number')).toHaveValue(officeNumber);

  // A private address is refused before anything reaches Twilio, with what to do.
  await page.getByLabel('PBX address').fill('192.168.1.10');
  await page.getByRole('button', { name: 'Connect the office' }).click();
  await expect(page.getByRole('alert')).toContainText(/public IPv4 address/);
  // What was typed is still there to correct.
  await expect(page.getByLabel('PBX address')).toHaveValue('192.168.1.10');
  expect(trunking(twilio).counts.trunks).toBe(0);
  await expectAccessibleInBothThemes(page, 'office form');

  await page.getByLabel('PBX address').fill('203.0.113.7');
  await connectOffice(page);
  const made = trunking(twilio);
  expect(made.counts).toEqual({
    trunks: 1,
    originationUrls: 1,
    credentialLists: 1,
    credentials: 1,
    ipAccessControlLists: 1,
    ipAddresses: 1,
  });
  expect(made.numberTrunkSid).toBe(made.trunkSid);
  expect(twilio.double.state().originationUrls[0]!.sipUrl).toBe('sip:203.0.113.7;transport=tls');

  // The Asterisk files, each with Copy and Save; the passwords are placeholders on screen.
  for (const name of ['pjsip.conf', 'extensions.conf', 'firewall-notes.txt']) {
    await expect(file(page, name)).toBeVisible();
  }
  const pjsip = file(page, 'pjsip.conf');
  await expect(pjsip.locator('pre')).toContainText(`from_domain=${made.domainName}`);
  await expect(pjsip.locator('pre')).toContainText(placeholder);
  await expect(file(page, 'extensions.conf').locator('pre')).toContainText('[from-twilio]');
  await expect(file(page, 'firewall-notes.txt').locator('pre')).toContainText('Twilio');
  await expectAccessibleInBothThemes(page, 'office files');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await pjsip.getByRole('button', { name: 'Copy pjsip.conf' }).click();
  await expect(pjsip.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(placeholder);

  // Save writes the real password; it is on no screen.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pjsip.getByRole('button', { name: 'Save pjsip.conf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pjsip.conf');
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved).not.toContain(placeholder);
  const password = /password=([A-Za-z0-9]{24})/.exec(saved)?.[1];
  expect(password).toBeDefined();
  expect(await page.content()).not.toContain(password!);

  // Back to the form and Connect again: everything is found, nothing made twice.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(stepHeading(page, 'Connect an office phone system')).toBeVisible();
  await expect(page.getByLabel('PBX address')).toHaveValue('203.0.113.7');
  await connectOffice(page);
  expect(trunking(twilio).counts).toEqual(made.counts);

  // Later, from Settings: the trunk with its files, and Remove.
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Office phone system' });
  await expect(section).toContainText(`number ${officeNumber}, trunk ${made.domainName}`);
  await expect(file(section, 'pjsip.conf').locator('pre')).toContainText(placeholder);
  await expectAccessibleInBothThemes(page, 'Settings, office phone system');
  await section.getByRole('button', { name: 'Remove the office trunk' }).click();
  await section.getByRole('button', { name: 'Remove from Twilio' }).click();
  await expect(section.getByText(/Removed from Twilio: .*SIP trunk/)).toBeVisible({ timeout: 30_000 });
  await expect(section).toContainText('No office phone system is connected');
  const removed = trunking(twilio);
  expect(removed.counts).toMatchObject({ trunks: 0, credentialLists: 0, ipAccessControlLists: 0 });
  expect(removed.numberTrunkSid).toBeNull();
  expect(removed.numberVoiceUrl).toBe(oldVoiceUrl);
  expect(pageErrors).toEqual([]);
});
