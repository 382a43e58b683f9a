import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { incomingBanner } from '../support/call-ui';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';

/*
 * "Decline with a message" on the incoming-call banner, through the browser shell with a Twilio line made by the
 * wizard against the double behind Prism: bob (baresip) calls, the person picks a quick reply; bob's call is
 * declined, the text reaches Twilio as a message from the line's number to bob, and it shows in the
 * conversation with bob in Messages.
 */

test.describe.configure({ timeout: 180_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('a caller is declined and sent a quick reply from the banner, which shows in Messages', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const line = await setUpTwilioLine(page, shell, twilio);
  await twilio.bob.ctrl.dial(line.sipUri);
  const banner = incomingBanner(page);
  await expect(banner).toBeVisible({ timeout: 15_000 });

  const reply = banner.getByRole('button', { name: 'Decline with a message' });
  await expect(reply).toHaveAttribute('aria-expanded', 'false');
  await reply.click();
  await expect(reply).toHaveAttribute('aria-expanded', 'true');
  const choices = banner.getByRole('list', { name: 'Decline and send' });
  await expect(choices.getByRole('button')).toHaveText([
    'Sorry, I can’t talk right now. I’ll call you back soon.',
    'I’m in a meeting. I’ll call you later.',
    'Can you text me instead?',
    'Write my own…',
  ]);
  await page.screenshot({ path: test.info().outputPath('decline-with-message.png') });
  await expectAccessibleInBothThemes(page, 'the banner with its quick replies', '.incoming-banner');

  await choices.getByRole('button', { name: 'I’m in a meeting. I’ll call you later.' }).click();
  await expect(banner).toHaveCount(0, { timeout: 10_000 });
  await twilio.bob.waitForEvent((event) => event.type === 'CALL_CLOSED', 10_000);

  const sent = () =>
    twilio.double
      .state()
      .messages.filter((message) => message.direction === 'outbound-api' && message.to === bobNumber)
      .map((message) => [message.from, message.body]);
  await expect.poll(sent, { timeout: 10_000 }).toEqual([[line.number, 'I’m in a meeting. I’ll call you later.']]);

  await expect(nav(page).getByRole('button', { name: /^Messages/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main')).toContainText('I’m in a meeting. I’ll call you later.');
  expect(pageErrors).toEqual([]);
});
