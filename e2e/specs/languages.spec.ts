import type { Browser, Page } from '@playwright/test';
import type { AppLocale } from '../../renderer/i18n/app-locale';
import { messagesFor, type MessageId } from '../../renderer/i18n/locale-messages';
import { expectAccessibleInBothThemes } from '../support/axe';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';
import { textMisfits, untranslatedTexts } from '../support/text-fit';

/*
 * Dialtone in each language it speaks, following the system's language as a person's computer would
 * set it (the browser context's locale), and in the en-XA pseudo-locale: accented English about 40%
 * longer, where text left out of the catalogues shows plain and text too long for its box shows cut.
 */

test.describe.configure({ timeout: 240_000 });

const screens = ['dialer', 'contacts', 'history', 'voicemail', 'messages', 'settings'] as const;
type Screen = (typeof screens)[number];
const headingOf: Record<Screen, MessageId> = {
  dialer: 'dialer.heading',
  contacts: 'contacts.heading',
  history: 'history.heading',
  voicemail: 'voicemail.heading',
  messages: 'messages.heading',
  settings: 'settings.viewTitle',
};
/** The window's size when Dialtone first opens (electron/windows/main-window.ts). */
const windowSize = { width: 420, height: 700 };

async function openInLocale(browser: Browser, url: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: windowSize });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en-XA' ? 'en-XA' : locale.slice(0, 2));
  return page;
}

/** Ctrl+1..6 pick the views whatever the language (the physical key counts). */
async function show(page: Page, screen: Screen): Promise<string> {
  await page.keyboard.press(`Control+${screens.indexOf(screen) + 1}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  return (await heading.textContent()) ?? '';
}

test('each screen shows in French, German and Spanish when the system speaks it, accessibly', async ({
  page,
  shell,
  browser,
}, testInfo) => {
  await openApp(page, shell);
  for (const locale of ['fr-FR', 'de-DE', 'es-ES']) {
    const messages = messagesFor(locale.slice(0, 2) as AppLocale);
    const localized = await openInLocale(browser, shell.url, locale);
    for (const screen of screens) {
      expect(await show(localized, screen), `${locale} ${screen}`).toBe(messages[headingOf[screen]]);
      await localized.screenshot({ path: testInfo.outputPath(`${screen}-${locale}.png`) });
    }
    for (const screen of ['dialer', 'settings'] as const) {
      await show(localized, screen);
      await expectAccessibleInBothThemes(localized, `${screen} in ${locale}`);
    }
    await localized.context().close();
  }
});

test('in the pseudo-locale every screen is translated, nothing is cut or spills out, and axe passes', async ({
  page,
  shell,
  browser,
}, testInfo) => {
  await openApp(page, shell);
  const pseudo = await openInLocale(browser, shell.url, 'en-XA');
  const findings: string[] = [];
  for (const screen of screens) {
    await show(pseudo, screen);
    await pseudo.screenshot({ path: testInfo.outputPath(`${screen}-en-XA.png`), fullPage: true });
    for (const text of await untranslatedTexts(pseudo)) findings.push(`${screen}: not translated: ${text}`);
    for (const misfit of await textMisfits(pseudo))
      findings.push(`${screen}: ${misfit.problem}: "${misfit.text}" in ${misfit.where}`);
    await expectAccessibleInBothThemes(pseudo, `${screen} in en-XA`);
  }
  expect(findings, findings.join('\n')).toEqual([]);
});

test('the language chosen in Settings applies at once, stays after a restart of the page, and System follows the computer again', async ({
  page,
  shell,
}) => {
  await openApp(page, shell);
  await page.keyboard.press('Control+6');
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Sprache')).toHaveValue('de');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.keyboard.press('Control+6');
  await page.getByLabel('Sprache').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Language')).toHaveValue('system');
});
