import { expectAccessibleInBothThemes } from '../support/axe';
import { dialBob, signIn, test } from '../support/call-ui';
import { expect } from '../support/shell-test';

/*
 * The "Call quality" panel after a real call to the lab's bob: a verdict in words, the figures
 * gathered during the call behind a disclosure, accessible, and gone once dismissed.
 */

test.describe.configure({ timeout: 60_000 });

test('after hanging up, a Call quality panel gives a verdict and the figures of the call', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await signIn(page, shell, lab);
  const panel = await dialBob(page, lab);
  await expect(panel.panel.getByText(/^Call quality: (Good|Fair|Poor)/)).toBeVisible({ timeout: 10_000 });
  // A few seconds of audio, so the local path's counters have been read at least once.
  await page.waitForTimeout(4_500);
  await panel.button('Hang up').click();
  await expect(panel.state).toHaveText('Call ended');

  const quality = panel.panel.getByRole('region', { name: 'Call quality' });
  await expect(quality.getByRole('status')).toHaveText(/^(Sounded good|Some problems|Poor)$/);
  await quality.getByText('Figures').click();
  const figure = (term: string) => quality.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(figure('Measurements')).toHaveText(/^[1-9]\d*$/);
  // Which RTCP figures arrive depends on the far end's reports; at least one of them is there.
  await expect(
    quality
      .locator('dd')
      .filter({ hasText: /^[\d.]+( ms|%| of 4\.5) on average/ })
      .first(),
  ).toBeVisible();
  await expect(figure('Audio made up by your computer')).toHaveText(/^[\d.]+% of the call$/);
  await page.screenshot({ path: test.info().outputPath('call-quality.png') });
  await expectAccessibleInBothThemes(page, 'call quality after a call');

  // Still there after the ended notice's usual few seconds, until dismissed.
  await page.waitForTimeout(4_500);
  await expect(quality).toBeVisible();
  await quality.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.panel).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
