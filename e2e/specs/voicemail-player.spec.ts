import { audio, expect, kitCalls, row, test, type KitWindow } from '../support/voicemail-view-page';

/*
 * The voicemail player in Chromium: a real <audio> playing a generated WAV tone from a blob: URL,
 * with its keys, speeds, output device and failures (e2e/support/voicemail-view-page.ts).
 */

test('Listen plays the recording from a blob: URL on the default output and marks it played; keys and speeds work', async ({
  page,
  openView,
}) => {
  await openView({
    voicemails: [
      { id: 'RE1', from: '+15125550101', durationSeconds: 20 },
      { id: 'RE2', from: '+15125550102', durationSeconds: 8, played: true },
    ],
  });
  const first = row(page, '(512) 555-0101');
  await expect(first).toContainText('New');
  await first.getByRole('button', { name: /^Listen/ }).click();
  const player = page.getByRole('group', { name: 'Player, voicemail from (512) 555-0101' });
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => (await audio(page))?.currentTime ?? 0).toBeGreaterThan(0.3);
  const playing = await audio(page);
  expect(playing).toMatchObject({ paused: false, sinkId: '', playbackRate: 1 });
  expect(playing?.src).toMatch(/^blob:/);
  await expect(first).not.toContainText('New');
  expect(await kitCalls(page, 'voicemail:set-played')).toEqual([{ id: 'RE1', played: true }]);

  // K pauses; with the player still, J/L and the arrows move 5 s, clamped to the recording.
  const pause = player.getByRole('button', { name: 'Pause' });
  await pause.focus();
  await page.keyboard.press('k');
  await expect(player.getByRole('button', { name: 'Play' })).toBeFocused();
  expect((await audio(page))?.paused).toBe(true);
  const slider = player.getByRole('slider', { name: 'Position' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:00 of 0:20');
  await player.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('l');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:05 of 0:20');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:15 of 0:20');
  await page.keyboard.press('L');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:20 of 0:20');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:10 of 0:20');
  expect((await audio(page))?.currentTime).toBeCloseTo(10, 1);
  await expect(player.getByText('0:10 / 0:20')).toBeVisible();

  // On the slider its own arrows move a second, and Space plays and pauses; on the button Space is a click.
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:09 of 0:20');
  expect((await audio(page))?.currentTime).toBeCloseTo(9, 1);
  await page.keyboard.press(' ');
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(player.getByRole('button', { name: 'Play' })).toBeVisible();
  await player.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press(' ');
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect((await audio(page))?.paused).toBe(false);

  // Speed: 1.5x by click, then 2x with the radio group's own arrow key; it stays for the next voicemail.
  await player.getByRole('radio', { name: '1.5x' }).click();
  expect((await audio(page))?.playbackRate).toBe(1.5);
  await page.keyboard.press('ArrowRight');
  await expect(player.getByRole('radio', { name: '2x' })).toBeChecked();
  expect((await audio(page))?.playbackRate).toBe(2);
  await expect(slider).toHaveAttribute('aria-valuetext', /^0:(09|1\d) of 0:20$/);

  const firstUrl = (await audio(page))?.src;
  await row(page, '(512) 555-0102')
    .getByRole('button', { name: /^Listen/ })
    .click();
  await expect(player).toHaveCount(0);
  const second = page.getByRole('group', { name: 'Player, voicemail from (512) 555-0102' });
  await expect(second.getByRole('radio', { name: '2x' })).toBeChecked();
  await expect.poll(async () => (await audio(page))?.playbackRate).toBe(2);
  await expect.poll(async () => (await audio(page))?.src).not.toBe(firstUrl);
  expect(await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.urls.revoked)).toContain(firstUrl);
  // Played already: no second set-played.
  await expect.poll(async () => (await audio(page))?.paused).toBe(false);
  expect(await kitCalls(page, 'voicemail:set-played')).toEqual([{ id: 'RE1', played: true }]);

  await row(page, '(512) 555-0102')
    .getByRole('button', { name: /^Listen/ })
    .click();
  await expect(second).toHaveCount(0);
  const urls = await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.urls);
  expect(urls.revoked).toEqual(expect.arrayContaining(urls.created));
});

test('a recording that cannot be fetched says why and can be tried again', async ({ page, openView }) => {
  await openView({ voicemails: [{ id: 'RE1', from: '+15125550101' }], audioMissing: ['RE1'] });
  await row(page, '(512) 555-0101')
    .getByRole('button', { name: /^Listen/ })
    .click();
  const player = page.getByRole('group', { name: /^Player/ });
  await expect(player.getByRole('alert')).toContainText(
    'This recording is not saved yet. Connect to the internet and try again.',
  );
  await expect(player.getByRole('slider', { name: 'Position' })).toBeDisabled();
  await player.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(async () => (await kitCalls(page, 'voicemail:get-audio')).length).toBeGreaterThan(1);
  await expect(player.getByRole('alert')).toBeVisible();
});

test('it plays on the speaker chosen in Settings, follows a new choice, and says so when the choice is gone', async ({
  page,
  openView,
}) => {
  await openView({ voicemails: [{ id: 'RE1', from: '+15125550101', durationSeconds: 30 }], listDevices: true });
  const outputs = await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.outputs());
  const idOf = (label: string) => outputs.find((output) => output.label === label)?.deviceId;
  // Chromium's fake devices (--use-fake-device-for-media-stream) include two outputs besides the default.
  const [first, second] = [idOf('Fake Audio Output 1'), idOf('Fake Audio Output 2')];
  expect(first && second, JSON.stringify(outputs)).toBeTruthy();
  const prefer = (names: string[]) =>
    page.evaluate((speakers) => (window as unknown as KitWindow).voicemailKit.preferSpeakers(speakers), names);
  const sinkId = async () => (await audio(page))?.sinkId;

  await prefer(['Fake Audio Output 1']);
  await row(page, '(512) 555-0101')
    .getByRole('button', { name: /^Listen/ })
    .click();
  await expect.poll(sinkId).toBe(first);
  await expect.poll(async () => (await audio(page))?.currentTime ?? 0).toBeGreaterThan(0.3);
  await prefer(['Fake Audio Output 2']);
  await expect.poll(sinkId).toBe(second);

  const player = page.getByRole('group', { name: /^Player/ });
  await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.listGoneHeadset());
  await prefer(['USB Headset', 'Fake Audio Output 1']);
  await expect(player.getByRole('status')).toHaveText(
    'The chosen speaker could not be used, so this plays on the default one. Check Settings, Audio.',
  );
  await expect.poll(sinkId).toBe('');
  expect((await audio(page))?.paused).toBe(false);

  await prefer(['Fake Audio Output 1']);
  await expect.poll(sinkId).toBe(first);
  await expect(player.getByRole('status')).toHaveCount(0);
});
