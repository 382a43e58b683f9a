import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { callPanel, incomingBanner, signIn, test } from '../support/call-ui';
import { expect } from '../support/shell-test';

/*
 * A caller whose carrier vouched for the number: Kamailio stands in for Twilio and adds the inbound
 * Function's X-Dialtone-Verstat (and CallSid) to bob's real INVITE, on a line saved as a Twilio one.
 * The mark shows on the banner, the in-call screen and the history row; an unverified caller has none.
 */

// A call and axe twice for the themes on two screens: 37 s here with a load of 7.5 on 2 cores.
test.describe.configure({ timeout: 90_000 });

const callSid = `CA${'0123456789abcdef'.repeat(2)}`;
const explanation = 'The caller’s carrier confirmed this number (SHAKEN/STIR)';
const verifiedMark = (page: Page) => page.getByRole('img', { name: 'Verified number', exact: true });

async function openHistoryRow(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^History/ })
    .click();
  const row = page.getByRole('tabpanel').getByRole('listitem').first();
  await expect(row).toContainText('bob');
  return row;
}

test.describe('a verified caller', () => {
  test.use({
    callLab: { twilioHeaders: ['X-Dialtone-Verstat: TN-Validation-Passed-A', `X-Dialtone-Call-Sid: ${callSid}`] },
  });

  test('rings with the Verified number mark, keeps it during the call and in the history', async ({
    page,
    shell,
    lab,
    pageErrors,
  }) => {
    await signIn(page, shell, lab);
    await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
    const banner = incomingBanner(page, 'bob');
    await expect(banner).toBeVisible({ timeout: 10_000 });
    const mark = banner.getByRole('img', { name: 'Verified number', exact: true });
    await expect(mark).toBeVisible();
    await expect(mark).toHaveAccessibleDescription(explanation);
    await expect(banner).toHaveAccessibleDescription(/Verified number/);
    await page.screenshot({ path: test.info().outputPath('verified-banner.png') });
    // Only the banner: axe over the whole page can take longer than the call may ring under load.
    await expectAccessibleInBothThemes(page, 'incoming banner with the verified mark', '.incoming-banners');

    await banner.getByRole('button', { name: 'Answer', exact: true }).click();
    const panel = callPanel(page);
    await expect(panel.state).toHaveText('Connected');
    await expect(panel.panel.getByRole('img', { name: 'Verified number' })).toBeVisible();
    await panel.button('Hang up').click();
    await expect(panel.state).toHaveText('Call ended');

    const row = await openHistoryRow(page);
    await expect(row.getByRole('img', { name: 'Verified number' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('verified-history.png') });
    await expectAccessibleInBothThemes(page, 'history with a verified call', '.history-list');
    expect(pageErrors).toEqual([]);
  });
});

test.describe('a caller the carrier did not fully vouch for', () => {
  test.use({ callLab: { twilioHeaders: ['X-Dialtone-Verstat: TN-Validation-Passed-B'] } });

  test('rings without a mark, and has none in the history', async ({ page, shell, lab, pageErrors }) => {
    await signIn(page, shell, lab);
    await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
    const banner = incomingBanner(page, 'bob');
    await expect(banner).toBeVisible({ timeout: 10_000 });
    await expect(verifiedMark(page)).toHaveCount(0);
    await banner.getByRole('button', { name: 'Decline', exact: true }).click();
    await expect(banner).toHaveCount(0);

    const row = await openHistoryRow(page);
    await expect(row).toBeVisible();
    await expect(verifiedMark(page)).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});
