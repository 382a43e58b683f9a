import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { callPanel } from '../support/call-ui';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';

/*
 * The price per minute under the number field, on a Twilio line the wizard made against the double. The Pricing v2
 * requests go through Prism with Twilio's twilio_pricing_v2.json, which checks request and answer both ways (the
 * fixture's assertNoValidationErrors); the double prices +447… at 0.043 USD and +49… at 0.027 USD a minute and has
 * no price for +81….
 */

test.describe.configure({ timeout: 180_000 });

const priceLine = (page: Page) => page.getByTestId('call-price');
const numberField = (page: Page) => page.getByLabel('Number or SIP address');

test('the dialer shows the price per minute before dialling, asking Twilio once per number typed', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  await setUpTwilioLine(page, shell, twilio);
  const priceRequests = () =>
    twilio.double.requests().filter((request) => request.path.startsWith('/v2/Voice/Numbers/'));

  // Typed digit by digit: one request, for the number typing stopped at.
  await numberField(page).pressSequentially('+447911123456', { delay: 60 });
  await expect(page.getByText('Press Enter to call +44 7911 123456.')).toBeVisible();
  await expect(priceLine(page)).toHaveText('$0.043 a minute on your Twilio line');
  expect(priceRequests().map((request) => request.path)).toEqual(['/v2/Voice/Numbers/+447911123456']);
  await expectAccessibleInBothThemes(page, 'dialer with a price per minute', '.dialer');

  // Same prefix: answered by main's cache, no second request.
  await numberField(page).fill('+447911223344');
  await expect(priceLine(page)).toHaveText('$0.043 a minute on your Twilio line');
  expect(priceRequests()).toHaveLength(1);

  await numberField(page).fill('+81312345678');
  await expect(priceLine(page)).toHaveText('Twilio has no price for this number; you can still call it.');
  await expect(page.getByRole('button', { name: 'Call', exact: true })).toBeEnabled();

  twilio.double.failNext({ path: /\/v2\/Voice\/Numbers\//, status: 503, code: 20503, message: 'Service unavailable' });
  await numberField(page).fill('+4930901820');
  await expect(priceLine(page)).toHaveText('The price per minute cannot be checked right now; you can still call.');
  await expect(page.getByRole('button', { name: 'Call', exact: true })).toBeEnabled();
  await expectAccessibleInBothThemes(page, 'dialer with no price available', '.dialer');

  // An incomplete number asks nothing and shows nothing.
  await numberField(page).fill('+4477');
  await expect(priceLine(page)).toHaveText('');
  expect(priceRequests()).toHaveLength(3);
  expect(pageErrors).toEqual([]);
});

test('after a call its history row shows "Cost pending", then what Twilio charged, and History the month total', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const line = await setUpTwilioLine(page, shell, twilio);
  // The double stands in for Twilio's record of the call (it places none): listed in progress as Dialtone dials.
  const callSid = twilio.double.calls.begin({ from: line.sipUri, to: bobNumber });
  await numberField(page).fill(bobNumber);
  await page.getByRole('button', { name: 'Call', exact: true }).click();
  const panel = callPanel(page);
  await expect(panel.state).toHaveText('Connected', { timeout: 15_000 });
  await page.waitForTimeout(1_000);
  await panel.button('Hang up').click();
  await expect(panel.state).toHaveText(/Call ended/);
  await twilio.double.calls.end(callSid);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^History/ })
    .click();
  const row = page.getByRole('tabpanel').getByRole('listitem').first();
  await expect(row).toContainText('Cost pending', { timeout: 15_000 });
  await expect(page.getByTestId('month-cost')).toHaveCount(0);
  await expectAccessibleInBothThemes(page, 'history with a cost pending', '.history-view');

  // Twilio prices the call a while after it ends; the row asks again every 30 s while pending.
  twilio.double.calls.price(callSid, '-0.01300');
  await expect(row).toContainText('$0.013', { timeout: 45_000 });
  await expect(page.getByTestId('month-cost')).toHaveText('This month: $0.013 for 1 call');
  const callReads = twilio.double.requests().filter((request) => request.path.endsWith(`/Calls/${callSid}.json`));
  expect(callReads.length).toBeGreaterThanOrEqual(2);
  await expectAccessibleInBothThemes(page, 'history with a call cost and the month total', '.history-view');

  // Stored once priced: showing History again asks Twilio nothing more about this call.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Dialer/ })
    .click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^History/ })
    .click();
  await expect(row).toContainText('$0.013');
  expect(twilio.double.requests().filter((request) => request.path.endsWith(`/Calls/${callSid}.json`))).toHaveLength(
    callReads.length,
  );
  expect(pageErrors).toEqual([]);
});

test('Settings shows the balance; under the threshold set there, the header says so gently and leads to it', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  await setUpTwilioLine(page, shell, twilio);
  const header = page.getByRole('banner');
  // The double's account holds 20.00 USD; the default threshold (5) stays quiet.
  await expect(header.getByText(/balance is getting low/)).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Settings/ })
    .click();
  const balance = page.getByRole('region', { name: 'Balance' });
  await expect(balance.getByTestId('balance')).toHaveText('Your Twilio balance is $20.00.');
  const threshold = balance.getByLabel('Let me know when the balance is below');
  await expect(threshold).toHaveValue('5');
  await threshold.fill('2,5x');
  await expect(balance.getByText('Type an amount such as 5 or 2.50, or leave it empty.')).toBeVisible();
  await threshold.fill('25');
  await threshold.press('Enter');
  await expect(header.locator('.low-balance-note')).toHaveText(/^Your Twilio balance is getting low: \$20\.00\./);
  await expectAccessibleInBothThemes(page, 'settings balance with the low-balance note', '.app-header');
  await expectAccessibleInBothThemes(page, 'settings balance', '.balance-section');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Dialer/ })
    .click();
  await header.getByRole('button', { name: 'Balance settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await threshold.fill('');
  await threshold.press('Enter');
  await expect(header.locator('.low-balance-note')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
