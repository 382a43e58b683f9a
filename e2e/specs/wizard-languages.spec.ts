import { expectAccessibleInBothThemes } from '../support/axe';
import { expect, test } from '../support/shell-test';
import { textMisfits } from '../support/text-fit';

/*
 * The setup wizard's first step as a person whose computer speaks French, German or Spanish sees it on
 * first run: translated, nothing cut or spilling out of its box at the window's first size, accessible.
 */

test.describe.configure({ timeout: 180_000 });

/** The window's size when Dialtone first opens (electron/windows/main-window.ts). */
const windowSize = { width: 420, height: 700 };

const welcome = [
  { locale: 'fr-FR', heading: 'Bienvenue dans Dialtone', button: 'Configurer avec Twilio' },
  { locale: 'de-DE', heading: 'Willkommen bei Dialtone', button: 'Mit Twilio einrichten' },
  { locale: 'es-ES', heading: 'Te damos la bienvenida a Dialtone', button: 'Configurar con Twilio' },
];

for (const { locale, heading, button } of welcome) {
  test(`the wizard welcomes in ${locale}, fits its window and passes axe`, async ({ browser, shell }, testInfo) => {
    const context = await browser.newContext({ locale, viewport: windowSize });
    const page = await context.newPage();
    await page.goto(shell.url);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('button', { name: button })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`wizard-${locale.slice(0, 2)}.png`), fullPage: true });

    const misfits = (await textMisfits(page)).map((misfit) => `${misfit.problem}: "${misfit.text}" in ${misfit.where}`);
    expect(misfits, misfits.join('\n')).toEqual([]);
    await expectAccessibleInBothThemes(page, `wizard welcome in ${locale}`);
    await context.close();
  });
}
