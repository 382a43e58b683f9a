import type { Page } from '@playwright/test';
import { energyShareAt } from '../lab/tones';
import { expectAccessibleInBothThemes } from '../support/axe';
import { callPanel } from '../support/call-ui';
import { invokeInPage } from '../support/call-page';
import { recordPlayedAudio, setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';

/*
 * Recording on demand through the browser shell: a Twilio line made by the wizard against the double (behind
 * Prism) with recording set to On demand, a call to bob, Record pressed during it. The double stands in for
 * Twilio's record of the call (it places no calls: the lab begins and ends it), so Dialtone finds the call's
 * CallSid there, starts and stops a recording on it, and the history row then plays that recording.
 */

test.describe.configure({ timeout: 180_000 });

/** What the double's recording of the call holds: a tone apart from bob's 1 kHz and the page's 440 Hz. */
const recordedTone = 660;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('Record during a call starts and stops a recording at Twilio; the history row then plays it', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const line = await setUpTwilioLine(page, shell, twilio);
  const setup = await invokeInPage(page, 'setup:get');
  await invokeInPage(page, 'setup:set-call-handling', {
    ...setup.callHandling,
    recording: { mode: 'on-demand', notice: false },
  });

  await page.getByLabel('Number or SIP address').fill(bobNumber);
  await page.getByRole('button', { name: 'Call', exact: true }).click();
  const panel = callPanel(page);
  await expect(panel.state).toHaveText('Connected', { timeout: 15_000 });
  const record = panel.panel.getByRole('button', { name: 'Record', exact: true });
  await expect(record).toHaveAttribute('aria-pressed', 'false');

  // Twilio does not list the call yet: the person is told to wait and press again.
  await record.click();
  await expect(panel.panel.getByRole('alert')).toHaveText(/Wait a few seconds, then press Record again/);
  await expect(record).toHaveAttribute('aria-pressed', 'false');

  const callSid = twilio.double.calls.begin({ from: line.sipUri, to: bobNumber, toneHz: recordedTone });
  await record.click();
  await expect(record).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.panel.getByText('Recording', { exact: true })).toBeVisible();
  await expect(panel.panel.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.call-sr-only')).toHaveText(/: Connected, recording$/);
  const [started] = twilio.double.state().recordings.filter((recording) => recording.callSid === callSid);
  expect(started).toMatchObject({ source: 'StartCallRecordingAPI', status: 'in-progress', channels: 2 });
  await page.screenshot({ path: test.info().outputPath('recording.png') });
  await expectAccessibleInBothThemes(page, 'call being recorded', '.call-card');

  await page.waitForTimeout(2_000);
  await record.click();
  await expect(record).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.panel.getByText('Recording', { exact: true })).toHaveCount(0);
  await expect(page.locator('.call-sr-only')).toHaveText(/: Connected$/);
  const stopped = twilio.double.state().recordings.find((recording) => recording.sid === started!.sid);
  expect(stopped).toMatchObject({ status: 'completed' });
  expect(stopped!.seconds).toBeGreaterThanOrEqual(2);

  await panel.button('Hang up').click();
  await expect(panel.state).toHaveText(/Call ended/);
  await twilio.double.calls.end(callSid);

  await nav(page)
    .getByRole('button', { name: /^History/ })
    .click();
  const row = page.getByRole('tabpanel').getByRole('listitem').first();
  const length = `0:${String(stopped!.seconds).padStart(2, '0')}`;
  const play = row.getByRole('button', { name: new RegExp(`^Play the recording of the call with .*, ${length}$`) });
  await expect(play).toBeVisible({ timeout: 15_000 });
  await play.click();
  await expect(play).toHaveAttribute('aria-expanded', 'true');
  const player = row.getByRole('group', { name: /^Player, call recording with / });
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  const played = await recordPlayedAudio(page, 1.5);
  const share = energyShareAt(played.samples, played.rate, recordedTone);
  test.info().annotations.push({ type: 'call recording tone share', description: share.toFixed(3) });
  expect(share).toBeGreaterThan(0.8);
  await page.screenshot({ path: test.info().outputPath('history-recording.png') });
  await expectAccessibleInBothThemes(page, 'history with a call recording playing', '.history-list');

  expect(pageErrors).toEqual([]);
});
