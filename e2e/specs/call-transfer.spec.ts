import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from '../support/axe';
import { energyShareAt } from '../lab/tones';
import { farEndTone, latestRecordingOf, type LabPhone } from '../support/call-lab';
import { callEvents, invokeInPage, waitForCallEvent } from '../support/call-page';
import { callPanel, dialBob, signIn, test } from '../support/call-ui';
import { expect } from '../support/shell-test';
import { carolTone, startCarol } from '../support/transfer-lab';

const transferDialog = (page: Page) => page.getByRole('dialog', { name: /^Transfer / });

async function openTransfer(page: Page) {
  await page
    .getByRole('complementary', { name: 'Call' })
    .getByRole('button', { name: 'Transfer', exact: true })
    .click();
  const dialog = transferDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The energy share at `frequency` of the last 2 s a lab phone heard: its call with the other, not what came before. */
async function lastSecondsShare(phone: LabPhone, frequency: number): Promise<number> {
  const wav = await latestRecordingOf(phone);
  return energyShareAt(wav.samples.slice(-2 * wav.rate), wav.rate, frequency);
}

/** bob and carol talk to each other for a few seconds, then bob hangs up: each recording ends with the other's tone. */
async function expectBobAndCarolHearEachOther(bob: LabPhone, carol: LabPhone) {
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  await bob.ctrl.hangup();
  const bobHeard = await lastSecondsShare(bob, carolTone);
  const carolHeard = await lastSecondsShare(carol, farEndTone);
  test.info().annotations.push({
    type: 'energy share',
    description: `bob heard carol ${bobHeard}, carol heard bob ${carolHeard}`,
  });
  expect(bobHeard).toBeGreaterThan(0.9);
  expect(carolHeard).toBeGreaterThan(0.9);
}

test.describe('transferring a call (bob on baresip through Kamailio)', () => {
  let carol: LabPhone | undefined;
  test.afterEach(async () => {
    await carol?.stop();
    carol = undefined;
  });

  test('Transfer now sends REFER: bob calls carol himself, they hear each other, and Dialtone leaves the call', async ({
    page,
    shell,
    lab,
    pageErrors,
  }) => {
    carol = await startCarol(lab);
    await signIn(page, shell, lab);
    await dialBob(page, lab);

    const dialog = await openTransfer(page);
    await dialog.getByLabel('Number, SIP address or contact name').fill(`carol@${lab.kamailio.domain}`);
    await dialog.getByRole('button', { name: 'Transfer now' }).click();

    const ended = await waitForCallEvent(page, (call) => call.state === 'ended', 20_000);
    expect(ended.endReason).toBe('transferred');
    expect(ended.transfer?.target).toBe(`sip:carol@${lab.kamailio.domain}`);
    await expect(callPanel(page).state).toHaveText(`Call ended: transferred to carol@${lab.kamailio.domain}`);
    await carol.waitForEvent((event) => event.type === 'CALL_ESTABLISHED', 10_000);
    await expectBobAndCarolHearEachOther(lab.bob, carol);

    // The history row says to whom the call went.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^History/ })
      .click();
    await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toContainText(
      new RegExp(`Transferred to carol@${lab.kamailio.domain.replace(/\./g, '\\.')} after`),
    );
    expect(pageErrors).toEqual([]);
  });

  test('a transfer to someone who does not exist brings the call back off hold with the reason', async ({
    page,
    shell,
    lab,
    pageErrors,
  }) => {
    await signIn(page, shell, lab);
    const panel = await dialBob(page, lab);
    const dialog = await openTransfer(page);
    await dialog.getByLabel('Number, SIP address or contact name').fill(`nobody@${lab.kamailio.domain}`);
    await dialog.getByRole('button', { name: 'Transfer now' }).click();

    await expect(panel.panel.getByRole('alert')).toHaveText(
      /^The transfer target could not be reached \(\d{3}\)\. The call is back\.$/,
      { timeout: 20_000 },
    );
    await expect(panel.state).toHaveText('Connected');
    expect(pageErrors).toEqual([]);
  });

  test('the transfer dialog checks what is typed, is keyboard-operable and passes axe in light and dark', async ({
    page,
    shell,
    lab,
  }) => {
    await signIn(page, shell, lab);
    await invokeInPage(page, 'contacts:save', {
      contact: {
        name: 'Dora Transfer',
        organisation: '',
        phones: [{ label: 'mobile', number: '+1 512 555 0142' }],
        sipAddresses: [],
        emails: [],
        notes: '',
        favourite: false,
      },
    });
    await dialBob(page, lab);
    const dialog = await openTransfer(page);
    const field = dialog.getByLabel('Number, SIP address or contact name');
    await expect(field).toBeFocused();
    await field.fill('Dora');
    const contacts = dialog.getByRole('list', { name: 'Matching contacts' });
    await contacts.getByRole('button', { name: /^Dora Transfer/ }).click();
    await expect(field).toHaveValue(/^\(512\) 555-0142$|^\+1 512-555-0142$/);
    await expect(contacts).toHaveCount(0);
    await field.fill('12');
    await field.press('Enter');
    await expect(dialog.getByRole('alert')).not.toBeEmpty();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('button', { name: 'Consult first' })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'transfer dialog', '.transfer-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Transfer', exact: true })).toBeFocused();
  });
});

test.describe('transferring on a Twilio line', () => {
  test.use({ callLab: { twilioHeaders: ['X-Dialtone-Verstat: TN-Validation-Passed-A'] } });

  test('the dialog says Twilio transfers blind only and offers no Consult first; axe in light and dark', async ({
    page,
    shell,
    lab,
  }) => {
    await signIn(page, shell, lab);
    await dialBob(page, lab);
    const dialog = await openTransfer(page);
    await expect(dialog).toContainText('Your Twilio line transfers calls blind only');
    await expect(dialog.getByRole('button', { name: 'Consult first' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Transfer now' })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'transfer dialog on a Twilio line', '.transfer-dialog');
  });
});

test.describe('attended transfer (bob and carol on linphonec through Kamailio)', () => {
  test.use({ farEnd: 'linphone' });
  let carol: LabPhone | undefined;
  test.afterEach(async () => {
    await carol?.stop();
    carol = undefined;
  });

  test('Consult first calls carol while bob waits on hold; Complete transfer hands bob to carol (REFER with Replaces)', async ({
    page,
    shell,
    lab,
    pageErrors,
  }) => {
    carol = await startCarol(lab, 'linphone');
    await signIn(page, shell, lab);
    await dialBob(page, lab);
    const dialog = await openTransfer(page);
    await dialog.getByLabel('Number, SIP address or contact name').fill(`carol@${lab.kamailio.domain}`);
    await dialog.getByRole('button', { name: 'Consult first' }).click();
    const complete = page.getByRole('button', { name: 'Complete transfer' });
    await expect(complete).toBeEnabled({ timeout: 10_000 });
    await complete.click();

    const endedBoth = async () => (await callEvents(page)).filter((call) => call.state === 'ended');
    await expect.poll(async () => (await endedBoth()).length, { timeout: 20_000 }).toBe(2);
    expect((await endedBoth()).map((call) => call.endReason)).toEqual(['transferred', 'transferred']);
    // bob's linphonec placed the referred call with the Replaces header (RFC 3891) and carol took it over.
    if (carol.kind !== 'linphone') throw new Error('This test reads linphonec’s own SIP log');
    expect(carol.sipLog()).toMatch(/^Replaces: [^;\s]+;to-tag=[^;\s]+;from-tag=\S+/m);
    await expectBobAndCarolHearEachOther(lab.bob, carol);
    expect(pageErrors).toEqual([]);
  });
});
