import { energyShareAt } from '../lab/tones';
import {
  capturePeerConnections,
  invokeInPage,
  recordCallEvents,
  recordFarEnd,
  waitForCallAudio,
  waitForCallEvent,
} from '../support/call-page';
import { fakeMicrophoneTone } from '../support/fake-microphone';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

const recordRate = 16_000;

test('the sound test works with no account: it records the microphone and plays it back', async ({ page, shell }) => {
  test.setTimeout(60_000);
  await capturePeerConnections(page);
  await openApp(page, shell);
  await recordCallEvents(page);
  // Echo cancellation and friends pull a steady test tone down; a person keeps them on.
  await invokeInPage(page, 'settings:update', {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  });

  const card = page.getByRole('region', { name: 'Sound test' });
  await expect(card).toContainText('No account needed');
  await card.getByRole('button', { name: 'Start sound test' }).click();
  await waitForCallAudio(page);
  await expect(card.getByRole('status')).toHaveText(/Listen to the instructions/);

  await waitForCallEvent(page, (call) => call.soundTest?.phase === 'recording', 20_000);
  await expect(card.getByRole('status')).toHaveText(/say a few words now/);
  const playback = await waitForCallEvent(page, (call) => call.soundTest?.phase === 'playback', 20_000);
  expect(playback.soundTest?.peakDbfs).toBeGreaterThan(-30);

  const heard = await recordFarEnd(page, 3, recordRate);
  expect(energyShareAt(heard, recordRate, fakeMicrophoneTone.frequency)).toBeGreaterThan(0.9);
  await expect(card).toContainText('loudest');

  await waitForCallEvent(page, (call) => call.state === 'ended', 20_000);
  await expect(card.getByRole('button', { name: 'Test again' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sound-test-finished.png') });
});
