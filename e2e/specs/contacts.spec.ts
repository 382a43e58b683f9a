import { expectAccessibleInBothThemes, seriousViolations } from '../support/axe';
import type { Page } from '@playwright/test';
import { callPanel, signIn, test } from '../support/call-ui';
import { openApp } from '../support/open-app';
import { expect } from '../support/shell-test';

/*
 * Contacts and history through what a person sees: a vCard imported with the Import dialog, a
 * search by part of a number, click-to-call to bob in the lab (a SIP address: bob is a SIP user),
 * the call in the history under the contact's name; and a /dial?uri= link filling the dialer.
 */

test.describe.configure({ timeout: 60_000 });

/** Three cards, vCard 3.0 and 4.0 mixed as phones export them; Bob's SIP address reaches baresip bob. */
function threeCards(domain: string): string {
  const cards = [
    ['VERSION:3.0', 'N:Builder;Bob;;;', 'FN:Bob Builder', 'TEL;TYPE=CELL:+1 512 555 0142', `IMPP:sip:bob@${domain}`],
    ['VERSION:4.0', 'FN:Carol Danvers', 'ORG:Avengers', 'TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0958'],
    ['VERSION:3.0', 'FN:Dave Grohl', 'TEL;TYPE=HOME:(206) 555-0199', 'EMAIL:dave@example.com'],
  ];
  return cards.map((lines) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n')).join('\r\n') + '\r\n';
}

const nav = (page: Page, name: 'Dialer' | 'Contacts' | 'History') =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) });

test('a vCard imported, a contact found by part of its number, called with a click, and the call in the history', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await signIn(page, shell, lab);
  await nav(page, 'Contacts').click();
  await expect(page.getByRole('heading', { level: 2, name: 'No contacts yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  await dialog.getByLabel('Contacts file (.vcf or .csv)').setInputFiles({
    name: 'three.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(threeCards(lab.kamailio.domain)),
  });
  await expect(dialog.getByText('3 contacts will be added')).toBeVisible();
  await expect(dialog.getByRole('table')).toContainText('Bob Builder');
  await expectAccessibleInBothThemes(page, 'import preview', 'dialog');
  await page.screenshot({ path: test.info().outputPath('import-preview.png') });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText('3 contacts added')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  const list = page.getByRole('listbox', { name: 'Contacts list' });
  await expect(list.getByRole('option')).toHaveCount(3);
  // Found by a SIP address too, typed with its scheme.
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(`sip:bob@${lab.kamailio.domain}`);
  await expect(list.getByRole('option')).toHaveText([/Bob Builder/]);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('0142');
  await expect(page.getByText('1 contact matches “0142”')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.getByRole('option', { name: /Bob Builder/ }).click();
  const call = page.getByRole('button', { name: new RegExp(`^Call Bob Builder, SIP bob@${lab.kamailio.domain}`) });
  await expect(call).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('contact-detail.png') });
  await expectAccessibleInBothThemes(page, 'contact detail');
  await page.emulateMedia({ colorScheme: 'light' });

  await call.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
  const panel = callPanel(page);
  await expect(panel.state).toHaveText('Connected', { timeout: 10_000 });
  await expect(panel.panel.getByRole('heading', { level: 2 })).toHaveText(/^bob/);
  await panel.button('Hang up').click();
  await expect(panel.state).toHaveText('Call ended');

  await nav(page, 'History').click();
  const row = page.getByRole('tabpanel').getByRole('listitem').first();
  await expect(row).toContainText('Outgoing call');
  await expect(row).toContainText('Bob Builder');
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('history.png') });
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('/dial?uri=tel:… opens the dialer filled in and focused, and does not call', async ({
  page,
  shell,
  pageErrors,
}) => {
  await openApp(page, shell);
  const link = new URL(shell.url);
  link.pathname = '/dial';
  link.searchParams.set('uri', 'tel:+15125550123');
  await page.goto(link.href);
  const field = page.getByLabel('Number or SIP address');
  await expect(field).toHaveValue('(512) 555-0123');
  await expect(field).toBeFocused();
  await expect(page.getByText('Press Enter to call (512) 555-0123.')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('complementary', { name: 'Call' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('in the app’s first, narrow window a chosen contact takes the list’s place, and All contacts brings the list back', async ({
  page,
  shell,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 420, height: 700 });
  await openApp(page, shell);
  await nav(page, 'Contacts').click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  await dialog.getByLabel('Contacts file (.vcf or .csv)').setInputFiles({
    name: 'three.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(threeCards('example.com')),
  });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();

  const list = page.getByRole('listbox', { name: 'Contacts list' });
  await list.getByRole('option', { name: /Dave Grohl/ }).click();
  const detail = page.getByRole('region', { name: 'Dave Grohl' });
  await expect(detail).toBeInViewport({ ratio: 1 });
  await expect(list).toBeHidden();
  const back = page.getByRole('button', { name: 'All contacts' });
  await expect(back).toBeFocused();
  await expectAccessibleInBothThemes(page, 'narrow contact detail');
  await page.screenshot({ path: test.info().outputPath('narrow-detail.png') });

  await back.click();
  await expect(list).toBeInViewport();
  await expect(list).toBeFocused();
  await expect(back).toHaveCount(0);
  // From the keyboard too: Enter on a contact opens it in the list's place.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Carol Danvers' })).toBeInViewport({ ratio: 1 });
  expect(pageErrors).toEqual([]);
});
