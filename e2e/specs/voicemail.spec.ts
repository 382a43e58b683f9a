import type { Page } from '@playwright/test';
import { energyShareAt } from '../lab/tones';
import { expectAccessibleInBothThemes } from '../support/axe';
import { incomingBanner } from '../support/call-ui';
import { recordPlayedAudio, setUpTwilioLine } from '../support/inbox-lab';
import { expect, expectAccessible, test } from '../support/setup-wizard';
import { bobNumber } from '../support/twilio-lab';

/*
 * Voicemail through the browser shell: a Twilio line made by the wizard against the double (behind
 * Prism), a missed call from bob, and the recording Twilio's <Record transcribe> leaves, seeded on
 * the double (which does not run TwiML; the routing's Functions are tested on their own).
 */

test.describe.configure({ timeout: 180_000 });

const voicemailTone = 523;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('a missed call leaves a voicemail: it syncs by itself, is transcribed, plays its tone, and deleting removes it on Twilio', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const line = await setUpTwilioLine(page, shell, twilio);
  await twilio.bob.ctrl.dial(line.sipUri);
  await expect(incomingBanner(page)).toBeVisible({ timeout: 15_000 });
  await twilio.bob.ctrl.hangup();
  await expect(incomingBanner(page)).toHaveCount(0, { timeout: 10_000 });
  const left = await twilio.double.voicemail.seed({
    to: line.number,
    from: bobNumber,
    toneHz: voicemailTone,
    seconds: 8,
    transcription: { status: 'in-progress' },
  });

  // Nobody asks: the sync after a missed call finds it (20 s after the call, then at 1 minute).
  const voicemailTab = nav(page).getByRole('button', { name: /^Voicemail/ });
  await expect(voicemailTab).toHaveAccessibleName(/1 new voicemail/, { timeout: 45_000 });
  await voicemailTab.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voicemail' })).toBeVisible();
  const list = page.getByRole('main');
  await expect(list.getByText('Transcribing…')).toBeVisible();
  await expectAccessible(page);

  twilio.double.voicemail.settleTranscription(left.transcriptionSid!, {
    status: 'completed',
    text: 'Hi, it is Bob. Call me back about the analytical engine.',
  });
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(list.getByText('Call me back about the analytical engine.', { exact: false })).toBeVisible();

  await list.getByRole('button', { name: /^Listen to the voicemail from/ }).click();
  const player = page.getByRole('group', { name: /^Player, voicemail from/ });
  await expect(player).toBeVisible();
  // Listen plays at once.
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  const played = await recordPlayedAudio(page, 1.5);
  const share = energyShareAt(played.samples, played.rate, voicemailTone);
  test.info().annotations.push({ type: 'voicemail tone share', description: share.toFixed(3) });
  expect(share).toBeGreaterThan(0.8);
  // Played: the tab's count is gone.
  await expect(voicemailTab).not.toHaveAccessibleName(/new voicemail/);
  await expectAccessibleInBothThemes(page, 'voicemail with its player');

  await list.getByRole('button', { name: /^Delete the voicemail from/ }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Twilio');
  await confirm.getByRole('button', { name: 'Delete voicemail' }).click();
  await expect(list.getByText('Call me back about the analytical engine.', { exact: false })).toHaveCount(0);
  expect(twilio.double.state().recordings.map((recording) => recording.sid)).not.toContain(left.recordingSid);
  expect(twilio.double.state().transcriptions.map((transcription) => transcription.sid)).not.toContain(
    left.transcriptionSid,
  );
  expect(pageErrors).toEqual([]);
});
