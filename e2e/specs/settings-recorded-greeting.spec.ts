import type { Page } from '@playwright/test';
import { energyShareAt } from '../lab/tones';
import { expectAccessibleInBothThemes } from '../support/axe';
import { fakeMicrophoneTone } from '../support/fake-microphone';
import { recordPlayedAudio, setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';

/*
 * Settings, Call handling, Greetings: a busy greeting recorded in the app from Chromium's fake microphone (a
 * 440 Hz tone), and an after-hours greeting chosen as a file, reach the double behind Prism as public Assets of
 * a new build, with the variables the voicemail Function plays them from. The asset the double serves at the
 * routing's domain plays back in the page.
 */

const section = (page: Page) => page.getByRole('region', { name: 'Call handling' });
const greetings = (page: Page) => section(page).getByRole('group', { name: 'Greetings', exact: true });
const choice = (page: Page, what: string) =>
  greetings(page).getByRole('group', { name: `What callers hear for ${what}` });
const assetPath = /^\/greetings\/[0-9a-f]{32}\.wav$/;

/** A 16-bit stereo WAV at 44.1 kHz (not what <Play> is given: the app converts it) of a `frequency` tone. */
function stereoWav(frequency: number, seconds: number): Buffer {
  const rate = 44_100;
  const frames = rate * seconds;
  const bytes = Buffer.alloc(44 + frames * 4);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(36 + frames * 4, 4);
  bytes.write('WAVEfmt ', 8, 'ascii');
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(2, 22);
  bytes.writeUInt32LE(rate, 24);
  bytes.writeUInt32LE(rate * 4, 28);
  bytes.writeUInt16LE(4, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36, 'ascii');
  bytes.writeUInt32LE(frames * 4, 40);
  for (let frame = 0; frame < frames; frame++) {
    const sample = Math.round(12_000 * Math.sin((2 * Math.PI * frequency * frame) / rate));
    bytes.writeInt16LE(sample, 44 + frame * 4);
    bytes.writeInt16LE(sample, 46 + frame * 4);
  }
  return bytes;
}

/** Plays `wav` through an <audio> element of the page and returns what it played. */
async function playInPage(page: Page, wav: Buffer) {
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const audio = document.createElement('audio');
    audio.src = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
    document.body.prepend(audio);
    await audio.play();
  }, wav.toString('base64'));
  return recordPlayedAudio(page, 1.5);
}

const rms = (samples: Int16Array) => Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);

// The line's setup takes most of it.
test.describe.configure({ timeout: 240_000 });

test('a greeting recorded in the app and one chosen as a file are uploaded as assets that play back', async ({
  page,
  shell,
  twilio,
}) => {
  const state = () => twilio.double.state();
  const variable = (key: string) => state().variables.find((v) => v.key === key)?.value;
  /** The asset paths and visibilities of the build the environment runs. */
  const deployedAssets = () => {
    const now = state();
    const build = now.builds.find((b) => b.sid === now.environments[0]?.buildSid);
    return now.assetVersions.filter((v) => build?.assetVersions.includes(v.sid)).map((v) => [v.path, v.visibility]);
  };

  await setUpTwilioLine(page, shell, twilio);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page)).toBeVisible();
  const builds = state().builds.length;
  expect(variable('DIALTONE_RECORDED_BUSY')).toBe('none');

  // Recorded from the microphone: elapsed time shown, at most two minutes.
  const busy = choice(page, 'the busy greeting');
  await expect(busy.getByRole('radio', { name: 'Spoken text' })).toBeChecked();
  await busy.getByRole('radio', { name: 'My recording' }).check();
  await expect(busy.getByRole('status')).toHaveText(/Record up to 2:00 or choose an audio file/);
  await busy.getByRole('button', { name: 'Record the busy greeting' }).click();
  await expect(busy.getByRole('status')).toHaveText(/^Recording… 0:0[2-9] of 2:00$/, { timeout: 10_000 });
  await busy.getByRole('button', { name: 'Stop recording' }).click();
  const stoppedAt = Date.now();
  await expect(busy.getByRole('status')).toHaveText('Callers hear your recording.', { timeout: 60_000 });

  // At Twilio (the deploy runs after the save): a new build carrying the recording as a public asset, and the
  // variable pointing at it.
  await expect.poll(() => variable('DIALTONE_RECORDED_BUSY'), { timeout: 30_000 }).toMatch(assetPath);
  const liveAfterMs = Date.now() - stoppedAt;
  const busyPath = variable('DIALTONE_RECORDED_BUSY')!;
  expect(state().builds.length).toBe(builds + 1);
  expect(deployedAssets()).toEqual([[busyPath, 'public']]);

  // Served at the routing's domain without credentials, as <Play> fetches it; it plays the microphone's tone.
  const served = await fetch(`${twilio.double.servedDomains}/${state().environments[0]!.domainName}${busyPath}`);
  expect(served.status).toBe(200);
  const wav = Buffer.from(await served.arrayBuffer());
  expect([
    wav.toString('ascii', 0, 4),
    wav.toString('ascii', 8, 12),
    wav.readUInt16LE(22),
    wav.readUInt32LE(24),
  ]).toEqual(['RIFF', 'WAVE', 1, 16_000]);
  const played = await playInPage(page, wav);
  const share = energyShareAt(played.samples, played.rate, fakeMicrophoneTone.frequency);
  test.info().annotations.push({
    type: 'recorded greeting played back',
    description: `rms ${rms(played.samples).toFixed(0)}, 440 Hz share ${share.toFixed(3)}, ${wav.length} bytes, live at the double ${liveAfterMs} ms after Stop`,
  });
  expect(rms(played.samples)).toBeGreaterThan(300);
  expect(share).toBeGreaterThan(0.5);

  // Listen plays the kept recording on this computer.
  await busy.getByRole('button', { name: 'Listen to your recording of the busy greeting' }).click();
  await expect(busy.getByRole('button', { name: 'Stop your recording of the busy greeting' })).toBeVisible();

  // Chosen as a file: converted to what <Play> takes; the new build carries both recordings.
  const afterHours = choice(page, 'the after-hours greeting');
  await afterHours.getByRole('radio', { name: 'My recording' }).check();
  const file = afterHours.locator('input[type="file"]');
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not audio') });
  await expect(afterHours.getByRole('alert')).toHaveText(
    '“notes.txt” is not audio Dialtone can read. Choose a WAV, MP3, Ogg or M4A file.',
  );
  await file.setInputFiles({ name: 'closed.wav', mimeType: 'audio/wav', buffer: stereoWav(660, 2) });
  await expect(afterHours.getByRole('status')).toHaveText('Callers hear your recording.', { timeout: 60_000 });
  await expect(afterHours.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => variable('DIALTONE_RECORDED_AFTER_HOURS'), { timeout: 30_000 }).toMatch(assetPath);
  const afterHoursPath = variable('DIALTONE_RECORDED_AFTER_HOURS')!;
  // Two seconds of 44.1 kHz stereo, as mono 16 kHz.
  const converted = await fetch(
    `${twilio.double.servedDomains}/${state().environments[0]!.domainName}${afterHoursPath}`,
  );
  const convertedWav = Buffer.from(await converted.arrayBuffer());
  expect([convertedWav.readUInt16LE(22), convertedWav.readUInt32LE(24), convertedWav.length]).toEqual([
    1,
    16_000,
    44 + 2 * 16_000 * 2,
  ]);
  expect(deployedAssets()).toEqual(
    expect.arrayContaining([
      [busyPath, 'public'],
      [afterHoursPath, 'public'],
    ]),
  );

  await expectAccessibleInBothThemes(page, 'Settings, Call handling with recorded greetings');

  // Back to the spoken text: the variable says so, and the build no longer carries that recording.
  await busy.getByRole('radio', { name: 'Spoken text' }).check();
  await expect.poll(() => variable('DIALTONE_RECORDED_BUSY'), { timeout: 30_000 }).toBe('none');
  expect(deployedAssets()).toEqual([[afterHoursPath, 'public']]);
});
