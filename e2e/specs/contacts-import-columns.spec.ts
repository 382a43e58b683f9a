import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes, seriousViolations } from '../support/axe';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

/*
 * A CSV file whose header row main does not recognise: the dialog says so, opens "Choose which column
 * holds what", and once the person points Name, a phone and Organisation at the file's columns the
 * preview shows the contact and Import saves it. A file main does recognise keeps the section closed.
 */

const unknownHeader = 'Who,Tel,Firm\r\nAda Lovelace,+44 20 7946 0958,Analytical Engines\r\n';

async function importFile(page: Page, name: string, content: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Contacts/ })
    .click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  await dialog.getByLabel('Contacts file (.vcf or .csv)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(content),
  });
  return dialog;
}

test('a CSV file with columns Dialtone does not recognise is imported by choosing its columns', async ({
  page,
  shell,
  pageErrors,
}) => {
  await openApp(page, shell);
  const dialog = await importFile(page, 'people.csv', unknownHeader);

  await expect(dialog.getByRole('alert')).toContainText('no header row that Dialtone recognises');
  const section = dialog.locator('details', { hasText: 'Choose which column holds what' });
  await expect(section).toHaveAttribute('open', '');
  const name = dialog.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(name.getByRole('option')).toHaveText(['Detected automatically', 'Who', 'Tel', 'Firm']);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('columns-refused.png') });
  expect(await seriousViolations(page, 'dialog')).toEqual([]);

  await name.selectOption('Who');
  await expect(dialog.getByText('people.csv: 1 contact will be added')).toBeVisible();
  // The preview replaced the refusal under the chooser: the focus stayed where the person was.
  await expect(name).toBeFocused();
  await dialog.getByLabel('Mobile number').selectOption('Tel');
  await dialog.getByLabel('Organisation').selectOption('Firm');
  await expect(dialog.getByText('people.csv: 1 contact will be added')).toBeVisible();
  const table = dialog.getByRole('table');
  await expect(table).toContainText('Ada Lovelace');
  await expect(table).toContainText('Analytical Engines');
  await expect(table).toContainText('+44 20 7946 0958');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(section).toHaveAttribute('open', '');
  await expect(dialog.getByLabel('Mobile number')).toHaveValue('Tel');
  await page.screenshot({ path: test.info().outputPath('columns-chosen.png') });
  await expectAccessibleInBothThemes(page, 'import columns chosen', 'dialog');
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText('1 contact added')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Contacts list' }).getByRole('option')).toHaveText([/Ada Lovelace/]);
  expect(pageErrors).toEqual([]);
});

test('a CSV file Dialtone recognises keeps the columns closed, and they open from the keyboard', async ({
  page,
  shell,
  pageErrors,
}) => {
  await openApp(page, shell);
  const dialog = await importFile(page, 'plain.csv', 'Name,Phone,Notes\nAda Lovelace,+44 20 7946 0958,Poet\n');
  await expect(dialog.getByText('plain.csv: 1 contact will be added')).toBeVisible();
  const section = dialog.locator('details', { hasText: 'Choose which column holds what' });
  await expect(section).not.toHaveAttribute('open');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeFocused();

  const summary = section.locator('summary');
  for (let presses = 0; presses < 8 && !(await summary.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await dialog.getByLabel('Notes').selectOption('Name');
  await expect(dialog.getByText('plain.csv: 1 contact will be added')).toBeVisible();
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a file main refuses, and the rows it leaves out, are explained in the language chosen', async ({
  page,
  shell,
  pageErrors,
}) => {
  await openApp(page, shell);
  await page.keyboard.press('Control+6');
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page
    .getByRole('navigation', { name: 'Principal' })
    .getByRole('button', { name: /^Contacts/ })
    .click();
  await page.getByRole('button', { name: 'Importer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des contacts' });
  const file = dialog.getByLabel('Fichier de contacts (.vcf ou .csv)');

  await file.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(unknownHeader) });
  await expect(dialog.getByRole('alert')).toContainText('n’a pas de ligne d’en-tête que Dialtone reconnaît');

  await dialog.getByRole('button', { name: 'Choisir un autre fichier' }).click();
  const rows = 'Name,Phone,Notes\r\nAda Lovelace,+44 20 7946 0958,Poet\r\n,,Just a note\r\nBob Stone,12,\r\n';
  await file.setInputFiles({ name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  const skipped = dialog.getByRole('table', { name: 'Ignorés, et pourquoi' });
  await expect(skipped.getByRole('row').nth(1)).toHaveText(/^ligne 3\s*ni nom ni numéro de téléphone$/);
  const bob = skipped.getByRole('row').nth(2);
  await expect(bob).toContainText('Bob Stone : 12');
  await expect(bob).toContainText('Le numéro de téléphone 1 (« 12 ») n’est pas un numéro possible pour États-Unis');
  // The preview names each number's kind in French too.
  await expect(
    dialog
      .getByRole('table', { name: /contacts du fichier/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('Autre +44 20 7946 0958');
  await expect(bob).toContainText('Le contact a été importé sans ce numéro.');
  await page.screenshot({ path: test.info().outputPath('skipped-in-french.png') });
  await expectAccessibleInBothThemes(page, 'import skipped rows in French', 'dialog');
  expect(pageErrors).toEqual([]);
});
