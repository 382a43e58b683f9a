import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { invokeInPage } from '../support/call-page';
import { setUpTwilioLine } from '../support/inbox-lab';
import { startShellProcess } from '../support/shell-process';
import { expect, expectAccessible, test } from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';

/*
 * Text messages through the browser shell, with a Twilio line made by the wizard against the double
 * (behind Prism): the double plays the carriers and the far-end phones (inbound messages, delivery
 * progress, failures by code); Dialtone polls Twilio, as it does without a public server.
 */

test.describe.configure({ timeout: 180_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const messagesTab = (page: Page) => nav(page).getByRole('button', { name: /^Messages/ });
const thread = (page: Page) => page.getByRole('region', { name: /^Conversation with/ });
const conversationWith = (page: Page, name: string | RegExp) =>
  page.getByRole('main').getByRole('button', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });

async function addContact(page: Page, name: string, number: string): Promise<void> {
  await invokeInPage(page, 'contacts:save', {
    contact: {
      name,
      organisation: '',
      phones: [{ label: 'mobile', number }],
      sipAddresses: [],
      emails: [],
      notes: '',
      favourite: false,
    },
  });
}

test('a conversation with a contact both ways, a picture, a failed send explained, unread counts, and all of it after a restart', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const line = await setUpTwilioLine(page, shell, twilio);
  await addContact(page, 'Bob Example', bobNumber);

  // Bob texts: it shows within 15 s (Dialtone polls Twilio every 10 s).
  const sentAt = Date.now();
  twilio.double.messaging.injectInbound({ from: bobNumber, to: line.number, body: 'Lunch on Friday?' });
  await expect(messagesTab(page)).toHaveAccessibleName(/1 unread message/, { timeout: 15_000 });
  test.info().annotations.push({ type: 'inbound message shown after (ms)', description: String(Date.now() - sentAt) });
  await expect(page).toHaveTitle('(1) Dialtone');
  await messagesTab(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await conversationWith(page, 'Bob Example').click();
  await expect(thread(page).getByText('Lunch on Friday?')).toBeVisible();
  // Read: the counts go.
  await expect(messagesTab(page)).not.toHaveAccessibleName(/unread/);
  await expect(page).toHaveTitle('Dialtone');

  // Replying starts from the contact, as people do.
  await nav(page)
    .getByRole('button', { name: /^Contacts/ })
    .click();
  await page
    .getByRole('listbox', { name: 'Contacts list' })
    .getByRole('option', { name: /Bob Example/ })
    .click();
  await page.getByRole('button', { name: /^Text Bob Example, Mobile/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(thread(page).getByText('Lunch on Friday?')).toBeVisible();
  const composer = page.getByRole('textbox', { name: /^Message to/ });
  await composer.fill('Yes, 12:30 works');
  await expect(page.getByRole('main')).toContainText('1 message');
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  const reply = twilio.double.state().messages.find((message) => message.body === 'Yes, 12:30 works')!;
  expect(reply).toMatchObject({ from: line.number, to: bobNumber, direction: 'outbound-api' });
  twilio.double.messaging.advance(reply.sid);
  twilio.double.messaging.advance(reply.sid);
  await expect(thread(page).getByText('Delivered')).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);

  // A picture from someone new.
  const carol = '+15125550142';
  twilio.double.messaging.injectInbound({
    from: carol,
    to: line.number,
    pictures: [{ width: 32, height: 24, rgb: [30, 120, 200] }],
  });
  await conversationWith(page, /^\(512\) 555-0142/).click({ timeout: 15_000 });
  const picture = page.getByRole('img', { name: /^Picture from/ });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([
    32, 24,
  ]);
  expect(await picture.getAttribute('src')).toMatch(/^blob:/);

  // A text to a landline: Twilio accepts it, the carrier does not deliver it, and Dialtone says why.
  const landline = '+15125550188';
  twilio.double.messaging.setDestinationFault(landline, { fail: 30006 });
  await page.getByRole('button', { name: 'New message' }).click();
  await page.getByLabel('To', { exact: true }).fill('(512) 555-0188');
  await page.getByRole('textbox', { name: /^Message to/ }).fill('Are you there?');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => twilio.double.state().messages.some((message) => message.to === landline)).toBe(true);
  const toLandline = twilio.double.state().messages.find((message) => message.to === landline)!;
  twilio.double.messaging.advance(toLandline.sid);
  twilio.double.messaging.advance(toLandline.sid);
  await expect(thread(page).getByText('Not delivered')).toBeVisible({ timeout: 15_000 });
  await expect(thread(page)).toContainText('30006');
  await expect(thread(page)).toContainText(/landline/i);
  await expectAccessibleInBothThemes(page, 'a thread with an undelivered message explained');

  // Quit and start again on the same data: everything is still there.
  await shell.stop();
  const restarted = await startShellProcess(shell.dataDir, undefined, twilio.shellEnv);
  try {
    await page.goto(restarted.url);
    await messagesTab(page).click();
    await conversationWith(page, 'Bob Example').click();
    await expect(thread(page).getByText('Yes, 12:30 works')).toBeVisible();
    await expect(thread(page).getByText('Lunch on Friday?')).toBeVisible();
    const conversations = await invokeInPage(page, 'messages:list-conversations', {
      offset: 0,
      limit: 50,
      includeBlocked: false,
    });
    expect(conversations.items.map((item) => item.remoteNumber).sort()).toEqual([bobNumber, carol, landline].sort());

    // In the app's first, narrow window the open conversation takes the list's place.
    await page.setViewportSize({ width: 420, height: 700 });
    const back = page.getByRole('button', { name: 'All conversations' });
    await expect(back).toBeInViewport();
    await expect(conversationWith(page, 'Bob Example')).toBeHidden();
    await expect(thread(page).getByText('Yes, 12:30 works')).toBeInViewport();
    await expectAccessibleInBothThemes(page, 'a conversation in a narrow window');
    await page.screenshot({ path: test.info().outputPath('narrow-conversation.png') });
    await back.click();
    await expect(back).toHaveCount(0);
    await expect(conversationWith(page, 'Bob Example')).toBeInViewport();
    await conversationWith(page, 'Bob Example').click();
    await expect(back).toBeFocused();
  } finally {
    await restarted.stop();
  }
  expect(pageErrors).toEqual([]);
});

test('a sync cut off in the middle of a page of messages resumes without duplicates', async ({
  page,
  shell,
  twilio,
}) => {
  const line = await setUpTwilioLine(page, shell, twilio);
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
  // 150 messages: two pages of Twilio's default 100; the request for the second page fails once.
  const senders = ['+15125550161', '+15125550162', '+15125550163'];
  for (let n = 0; n < 150; n++) {
    twilio.double.messaging.injectInbound({ from: senders[n % 3]!, to: line.number, body: `Message number ${n}` });
  }
  twilio.double.failNext({
    method: 'GET',
    path: /\/Messages\.json$/,
    query: /Page=1/,
    status: 500,
    code: 20500,
    message: 'Internal Server Error',
  });
  await messagesTab(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Could not check Twilio' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Up to date with Twilio' })).toBeVisible({ timeout: 20_000 });
  const conversations = await invokeInPage(page, 'messages:list-conversations', {
    offset: 0,
    limit: 50,
    includeBlocked: false,
  });
  expect(conversations.items.map((item) => item.remoteNumber).sort()).toEqual(senders);
  for (const sender of senders) {
    const thread = await invokeInPage(page, 'messages:thread', { remoteNumber: sender, before: null, limit: 100 });
    const bodies = thread.items.map((message) => message.body);
    expect(bodies).toHaveLength(50);
    expect(new Set(bodies).size).toBe(50);
  }
  expect(conversations.unread).toBe(150);
});
