import type { Page } from '@playwright/test';
import { farEndKinds } from '../lab/far-end-phone';
import { farEndTone, latestRecordingOf, type CallLab } from '../support/call-lab';
import { pageHearsShare, waitForCallAudio } from '../support/call-page';
import { callPanel, expectSoundBothWays, incomingBanner, longestQuietStretch, signIn, test } from '../support/call-ui';
import { expect } from '../support/shell-test';

/*
 * Real calls against the lab, driven only through what a person sees: the dialer, the in-call
 * screen and the incoming-call banner. The contract is used only to sign in and to turn off the
 * processing that pulls a steady tone down.
 */

test.describe.configure({ timeout: 40_000 });

const numberField = (page: Page) => page.getByLabel('Number or SIP address');
const callButton = (page: Page) => page.getByRole('button', { name: 'Call', exact: true });

/** Keeps every text the screen-reader announcer (call-announcer.tsx) shows, in order. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as { __announced: string[] };
    target.__announced = [];
    const announcer = document.querySelector('.call-layout > p[role="status"]');
    if (!announcer) throw new Error('No call announcer on the page');
    const keep = () => {
      const text = announcer.textContent ?? '';
      if (text !== '' && target.__announced.at(-1) !== text) target.__announced.push(text);
    };
    new MutationObserver(keep).observe(announcer, { childList: true, characterData: true, subtree: true });
  });
}

const announcements = (page: Page) => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

/** Types bob's SIP address into the dialer, presses Call and waits for the in-call screen to say Connected. */
async function callBobFromDialer(page: Page, lab: CallLab, screenshot?: string): Promise<void> {
  await numberField(page).pressSequentially(`bob@${lab.kamailio.domain}`);
  await expect(page.getByText(`Press Enter to call`)).toBeVisible();
  if (screenshot) await page.screenshot({ path: test.info().outputPath(screenshot) });
  await recordAnnouncements(page);
  await callButton(page).click();
  await expect(callPanel(page).state).toHaveText('Connected', { timeout: 10_000 });
}

async function expectTimerRunning(page: Page): Promise<void> {
  const { timer } = callPanel(page);
  await expect(timer).toHaveText(/^\d+:\d\d$/);
  const first = await timer.textContent();
  await expect.poll(() => timer.textContent(), { timeout: 3_000 }).not.toBe(first);
}

for (const farEnd of farEndKinds) {
  test.describe(`bob on ${farEnd}`, () => {
    test.use({ farEnd });

    test('a call dialled from the dialer connects, carries audio both ways and ends with Hang up', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await signIn(page, shell, lab);
      await callBobFromDialer(page, lab, 'dialer-typed.png');
      const panel = callPanel(page);

      // Calling… or Ringing… came before Connected (bob answers at once, so either may flash by).
      const seen = await announcements(page);
      const connectedAt = seen.findIndex((text) => text.endsWith(': Connected'));
      expect(connectedAt, seen.join(' | ')).toBeGreaterThan(0);
      expect(
        seen.slice(0, connectedAt).some((text) => /: (Calling|Ringing)…$/.test(text)),
        seen.join(' | '),
      ).toBe(true);
      await expect(panel.panel.getByRole('heading', { level: 2 })).toHaveText(/^bob/);
      await expectTimerRunning(page);
      // Both sides send a steady tone: each meter shows it (well above the -60 dBFS floor).
      for (const name of ['Microphone level', 'Speaker level']) {
        const meter = panel.panel.getByRole('meter', { name });
        await expect
          .poll(async () => Number(await meter.getAttribute('aria-valuenow')), { message: name })
          .toBeGreaterThan(40);
      }
      await expect(panel.panel.getByText(/^Call quality: /)).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('in-call-connected.png') });

      const heard = await pageHearsShare(page, farEndTone);
      await panel.button('Hang up').click();
      // Hung up here: the reason's words are "Call ended" themselves (call-text.ts).
      await expect(panel.state).toHaveText('Call ended');
      await expect(panel.button('Hang up')).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath('call-ended.png') });

      await expectSoundBothWays(lab, heard);
      expect(pageErrors).toEqual([]);
    });

    test('a call from bob rings in the banner, is answered there and ends when bob hangs up', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await signIn(page, shell, lab);
      await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
      const banner = incomingBanner(page, 'bob');
      await expect(banner).toBeVisible({ timeout: 10_000 });
      await expect(banner).toBeFocused();
      await page.screenshot({ path: test.info().outputPath('incoming-banner.png') });

      await banner.getByRole('button', { name: 'Answer', exact: true }).click();
      await expect(banner).toHaveCount(0);
      const panel = callPanel(page);
      await expect(panel.state).toHaveText('Connected');
      await expectTimerRunning(page);
      const heard = await pageHearsShare(page, farEndTone);

      await lab.bob.ctrl.hangup();
      await expect(panel.state).toHaveText('Call ended: The other side hung up');
      await page.screenshot({ path: test.info().outputPath('call-ended-by-bob.png') });

      await expectSoundBothWays(lab, heard);
      expect(pageErrors).toEqual([]);
    });

    test('the in-call keypad sends its keys to bob, and Mute silences the microphone until pressed again', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await signIn(page, shell, lab);
      await callBobFromDialer(page, lab);
      const panel = callPanel(page);

      await panel.button('Keypad').click();
      await expect(panel.button('Keypad')).toHaveAttribute('aria-expanded', 'true');
      for (const name of ['1', '5', '9', 'Star', '0', 'Pound']) {
        await panel.keypadTones.getByRole('button', { name, exact: true }).click();
      }
      await expect(panel.panel.getByText('Sent: 159*0#')).toBeVisible();
      await expect.poll(() => lab.bob.dtmfReceived(), { timeout: 5_000 }).toMatch(/159\*0#$/);
      await page.screenshot({ path: test.info().outputPath('in-call-keypad.png') });

      // Loud, muted for about 1.5 s, loud again.
      await page.waitForTimeout(1_000);
      const mute = panel.button('Mute');
      await mute.click();
      await expect(mute).toHaveAttribute('aria-pressed', 'true');
      await expect(panel.panel.getByText('Muted', { exact: true })).toBeVisible();
      await page.waitForTimeout(1_500);
      await mute.click();
      await expect(mute).toHaveAttribute('aria-pressed', 'false');
      await expect(panel.panel.getByText('Muted', { exact: true })).toHaveCount(0);
      await page.waitForTimeout(1_500);

      await panel.button('Hang up').click();
      await expect(panel.state).toHaveText('Call ended');
      const { samples, rate } = await latestRecordingOf(lab.bob);
      const quiet = longestQuietStretch(samples, rate);
      test.info().annotations.push({ type: 'quiet stretch', description: JSON.stringify(quiet) });

      expect(quiet.frames, JSON.stringify(quiet)).toBeGreaterThan(40);
      expect(quiet.loudBefore, JSON.stringify(quiet)).toBeGreaterThan(10);
      expect(quiet.loudAfter, JSON.stringify(quiet)).toBeGreaterThan(10);
      expect(pageErrors).toEqual([]);
    });

    test('Hold puts the call on hold and pressing it again resumes the call with its audio', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await signIn(page, shell, lab);
      await callBobFromDialer(page, lab);
      const panel = callPanel(page);
      const hold = panel.button('Hold');

      await hold.click();
      await expect(panel.state).toHaveText('On hold');
      await expect(hold).toHaveAttribute('aria-pressed', 'true');
      await expect(panel.button('Keypad')).toBeEnabled();
      await page.screenshot({ path: test.info().outputPath('in-call-on-hold.png') });

      // The same button, now pressed, takes the call off hold.
      await hold.click();
      await expect(panel.state).toHaveText('Connected');
      await expect(hold).toHaveAttribute('aria-pressed', 'false');
      const heard = await pageHearsShare(page, farEndTone, 2);
      test.info().annotations.push({ type: 'energy share', description: `page after resume ${heard}` });

      await panel.button('Hang up').click();
      await expect(panel.state).toHaveText('Call ended');
      expect(heard).toBeGreaterThan(0.95);
      expect(pageErrors).toEqual([]);
    });

    test('a call declined in the banner is closed at bob and leaves no call on screen', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await signIn(page, shell, lab);
      await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
      const banner = incomingBanner(page, 'bob');
      await expect(banner).toBeVisible({ timeout: 10_000 });

      await banner.getByRole('button', { name: 'Decline', exact: true }).click();
      await expect.poll(() => lab.bob.callsClosed(), { timeout: 5_000 }).toHaveLength(1);
      test.info().annotations.push({ type: 'bob saw', description: lab.bob.callsClosed().join(', ') });

      await expect(banner).toHaveCount(0);
      await expect(callPanel(page).panel).toHaveCount(0);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  });
}

test('a reload during a call brings the call back on screen with its audio', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await signIn(page, shell, lab);
  await callBobFromDialer(page, lab);
  await waitForCallAudio(page);

  await page.reload();
  await expect(callPanel(page).state).toHaveText('Connected', { timeout: 10_000 });
  await expectTimerRunning(page);
  expect(await pageHearsShare(page, farEndTone)).toBeGreaterThan(0.9);
  await callPanel(page).button('Hang up').click();
  await expect(callPanel(page).state).toHaveText('Call ended');
  expect(pageErrors).toEqual([]);
});
