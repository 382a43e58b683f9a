import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { invokeInPage } from '../support/call-page';
import { incomingBanner } from '../support/call-ui';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';

/*
 * Blocking where a caller shows, through the browser shell with a Twilio line made by the wizard against the
 * double behind Prism: Block on a history row reaches Twilio as the variable the inbound Function reads, shows
 * in Settings, and hides the caller's conversation in Messages (and its unread count); "Show" brings it back
 * and Unblock from the conversation undoes it.
 */

test.describe.configure({ timeout: 180_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const messagesTab = (page: Page) => nav(page).getByRole('button', { name: /^Messages/ });
const bob = '(512) 555-0177';

test('a caller blocked from the history is rejected at Twilio, listed in Settings, and hidden in Messages until shown', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  const line = await setUpTwilioLine(page, shell, twilio);
  twilio.double.messaging.injectInbound({ from: bobNumber, to: line.number, body: 'Is this still for sale?' });
  await expect(messagesTab(page)).toHaveAccessibleName(/1 unread message/, { timeout: 15_000 });
  await twilio.bob.ctrl.dial(line.sipUri);
  await expect(incomingBanner(page)).toBeVisible({ timeout: 15_000 });
  await twilio.bob.ctrl.hangup();
  await expect(incomingBanner(page)).toHaveCount(0, { timeout: 10_000 });

  await nav(page)
    .getByRole('button', { name: /^History/ })
    .click();
  const row = page.getByRole('tabpanel').getByRole('listitem').filter({ hasText: bob }).first();
  await row.getByRole('button', { name: `Block ${bob}` }).click();
  const dialog = page.getByRole('dialog', { name: `Block ${bob}?` });
  await expect(dialog).toHaveAccessibleDescription(
    `Calls from ${bob} will be rejected at Twilio and never reach voicemail; their messages are hidden in Messages. You can unblock it later, here or in Settings, Call handling.`,
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('block-dialog.png') });
  await expectAccessibleInBothThemes(page, 'the Block dialog');

  // Twilio refusing the change: the block is saved here all the same (the dialog closes); Settings says it is
  // not live at Twilio yet, with Twilio's words, and Try again sends it.
  twilio.double.failNext({
    method: 'POST',
    path: /\/Variables\/ZV\w+$/,
    status: 500,
    code: 20500,
    message: 'Internal',
  });
  await dialog.getByRole('button', { name: 'Block', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Blocked');
  await expect(row.getByRole('button', { name: `Unblock ${bob}` })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('history-blocked.png') });

  await nav(page).getByRole('button', { name: 'Settings' }).click();
  const handling = page.getByRole('region', { name: 'Call handling' });
  await expect(handling.getByRole('alert')).toContainText('20500');
  expect(variable('DIALTONE_BLOCKED_1')).toBe('none');
  const blockedAt = Date.now();
  await handling.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => variable('DIALTONE_BLOCKED_1')).toBe(bobNumber);
  test.info().annotations.push({
    type: 'block live at Twilio after Try again (ms)',
    description: String(Date.now() - blockedAt),
  });
  // Settings lists it with the rest of the call handling.
  await expect(handling.getByRole('group', { name: 'Blocked callers', exact: true }).getByRole('listitem')).toHaveText([
    new RegExp(`^${bob.replace(/[()]/g, '\\$&')}`),
  ]);

  // Messages: bob's conversation and its unread message are gone, from the list and the tab's count.
  await expect(messagesTab(page)).not.toHaveAccessibleName(/unread/);
  await messagesTab(page).click();
  const list = page.getByRole('list', { name: 'Conversations' });
  const bobRow = list.getByRole('button', { name: new RegExp(`^${bob.replace(/[()]/g, '\\$&')}`) });
  await expect(page.getByText('1 conversation hidden from blocked numbers')).toBeVisible();
  await expect(bobRow).toHaveCount(0);

  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(bobRow).toContainText('Blocked');
  await bobRow.click();
  await page.screenshot({ path: test.info().outputPath('messages-blocked-shown.png') });
  const pane = page.getByRole('region', { name: /^Conversation with/ });
  await expect(pane.getByText('Is this still for sale?')).toBeVisible();

  // Undoing a mistake from the conversation itself.
  await page.getByRole('button', { name: `Unblock ${bob}` }).click();
  const unblock = page.getByRole('dialog', { name: `Unblock ${bob}?` });
  await expectAccessibleInBothThemes(page, 'the Unblock dialog');
  await unblock.getByRole('button', { name: 'Unblock', exact: true }).click();
  await expect.poll(() => variable('DIALTONE_BLOCKED_1')).toBe('none');
  await expect(page.getByText(/hidden from blocked numbers|from blocked numbers shown/)).toHaveCount(0);
  await expect(bobRow).not.toContainText('Blocked');

  // A contact with several numbers: each one, or all of them at once.
  const london = '+442079460958';
  await invokeInPage(page, 'contacts:save', {
    contact: {
      name: 'Bob Example',
      organisation: '',
      phones: [
        { label: 'mobile', number: bobNumber },
        { label: 'work', number: '+44 20 7946 0958' },
      ],
      sipAddresses: [],
      emails: [],
      notes: '',
      favourite: false,
    },
  });
  await nav(page)
    .getByRole('button', { name: /^Contacts/ })
    .click();
  await page
    .getByRole('listbox', { name: 'Contacts list' })
    .getByRole('option', { name: /Bob Example/ })
    .click();
  await page.getByRole('button', { name: 'Block all numbers…' }).click();
  const all = page.getByRole('dialog', { name: 'Block all 2 numbers of Bob Example?' });
  await expect(all).toHaveAccessibleDescription(/^Calls from \(512\) 555-0177 and \+44 20 7946 0958 will be rejected/);
  await all.getByRole('button', { name: 'Block', exact: true }).click();
  await expect.poll(() => variable('DIALTONE_BLOCKED_1')).toBe(`${bobNumber},${london}`);
  await page.getByRole('button', { name: 'Unblock Bob Example, Work +44 20 7946 0958' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Unblock', exact: true }).click();
  await expect.poll(() => variable('DIALTONE_BLOCKED_1')).toBe(bobNumber);
  await expect(page.getByRole('button', { name: 'Block Bob Example, Work +44 20 7946 0958' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('contact-blocked.png') });
  expect(pageErrors).toEqual([]);
});
