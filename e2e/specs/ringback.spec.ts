import type { Page } from '@playwright/test';
import { farEndKinds } from '../lab/far-end-phone';
import { energyShareAt } from '../lab/tones';
import {
  callStateTime,
  tapAudioOutputs,
  tappedOutputs,
  timeCallStates,
  waitForSoundToStart,
  type TappedChunk,
} from '../support/audio-output-tap';
import { invokeInPage, waitForCallEvent } from '../support/call-page';
import { signIn, test } from '../support/call-ui';
import { expect } from '../support/shell-test';

/*
 * Local ringback: while the far end rings (180) without early media, the caller hears the
 * ringing tone of their country in the call's output device, measured in the page's own audio
 * graph, until the far end answers or sends early media.
 */

test.describe.configure({ timeout: 60_000 });

/** One of the outputs Chromium's fake audio devices offer: the "headset" chosen in Settings. */
const headsetName = 'Fake Audio Output 1';
/** Louder than this (RMS, full scale 1) is sound: the tone plays at about -20 dBFS. */
const audible = 0.005;
/** A chunk is about 21 ms; under load the tap may lose a few. */
const cadenceToleranceSeconds = 0.1;
/** From a state change in the page to silence at the tap: the store, a 10 ms fade and a 21 ms chunk. */
const stopAllowanceMs = 300;

/** Settings, Audio: lets Dialtone see device names, then chooses the headset as the call's output. */
async function chooseHeadset(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const allow = page.getByRole('button', { name: 'Allow microphone access' });
  if (await allow.isVisible()) await allow.click();
  const speaker = page.getByRole('combobox', { name: 'Speaker' });
  await expect(speaker.getByRole('option', { name: headsetName })).toHaveCount(1);
  await speaker.selectOption({ label: headsetName });
  await expect(speaker.locator('option:checked')).toHaveText(headsetName);
  const deviceId = await page.evaluate(
    async (name) =>
      (await navigator.mediaDevices.enumerateDevices()).find(
        (device) => device.kind === 'audiooutput' && device.label === name,
      )?.deviceId,
    headsetName,
  );
  if (!deviceId) throw new Error(`No output named ${headsetName}`);
  return deviceId;
}

/** The runs of sound and of silence in a tapped output, in seconds of audio (chunk lengths, not the page clock, which stalls under load). */
function soundRuns(chunks: TappedChunk[]): Array<{ on: boolean; seconds: number }> {
  const runs: Array<{ on: boolean; seconds: number }> = [];
  for (const chunk of chunks) {
    const on = chunk.rms > audible;
    if (runs.at(-1)?.on === on) runs.at(-1)!.seconds += chunk.seconds;
    else runs.push({ on, seconds: chunk.seconds });
  }
  return runs;
}

const secondsOf = (chunks: TappedChunk[]) => chunks.reduce((sum, chunk) => sum + chunk.seconds, 0);

for (const farEnd of farEndKinds) {
  test.describe(`bob on ${farEnd}, answering by hand`, () => {
    test.use({ farEnd, callLab: { answerMode: 'manual' } });

    test('a ringing call plays the UK ringing tone in the chosen headset, and it stops when bob answers', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await tapAudioOutputs(page);
      await signIn(page, shell, lab);
      await invokeInPage(page, 'settings:update', { defaultCountry: 'GB' });
      const headsetId = await chooseHeadset(page);
      await timeCallStates(page);

      const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
      await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ringing');
      const ringingAt = await callStateTime(page, (change) => change.state === 'ringing');
      // Two UK cycles (0.4 s on, 0.2 off, 0.4 on, 2 off), then bob answers as a double ring begins.
      await page.waitForTimeout(5_500);
      await waitForSoundToStart(page, audible);
      await lab.bob.ctrl.answer();
      await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
      const connectedAt = await callStateTime(page, (change) => change.state === 'connected');
      // Longer than a cycle: a ringback still playing would sound again in this time.
      await page.waitForTimeout(3_500);
      const afterAnswer = await page.evaluate(() => performance.now());
      await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });

      const [ringback, ...others] = await tappedOutputs(page, ringingAt, connectedAt);
      expect(ringback, 'the page played nothing while bob rang').toBeDefined();
      expect(others).toEqual([]);
      const { sampleRate, loudSamples, chunks } = ringback!;
      const loud = chunks.filter((chunk) => chunk.rms > audible);
      const share = energyShareAt(loudSamples, sampleRate, 400) + energyShareAt(loudSamples, sampleRate, 450);
      const runs = soundRuns(chunks);
      const soundAfterAnswer = (await tappedOutputs(page, connectedAt, afterAnswer)).flatMap((output) =>
        output.chunks.filter((chunk) => chunk.rms > audible),
      );
      const stopMs =
        soundAfterAnswer.length > 0 ? Math.max(...soundAfterAnswer.map((chunk) => chunk.at)) - connectedAt : 0;
      test.info().annotations.push({
        type: 'ringback',
        description:
          `400+450 Hz share ${share.toFixed(3)}, first sound ${(loud[0]!.at - ringingAt).toFixed(0)} ms after the 180, ` +
          `pattern ${runs.map((run) => `${run.on ? 'on' : 'off'} ${run.seconds.toFixed(2)}`).join(', ')}, ` +
          (stopMs > 0 ? `silent ${stopMs.toFixed(0)} ms after the answer` : 'answered in a quiet stretch'),
      });

      expect(new Set(loud.map((chunk) => chunk.sinkId))).toEqual(new Set([headsetId]));
      expect(share).toBeGreaterThan(0.9);
      // The double ring, whole between two long silences (the tap may miss a new context's first chunks, and
      // the window ends anywhere): 0.4 s on, 0.2 s off, 0.4 s on, 2 s off; a chunk is about 21 ms.
      const firstLongSilence = runs.findIndex((run) => !run.on && run.seconds > 1);
      const [firstOn, shortGap, secondOn, longGap] = runs.slice(firstLongSilence + 1);
      expect(firstLongSilence, JSON.stringify(runs)).toBeGreaterThan(0);
      const lasts = (run: { seconds: number } | undefined, seconds: number) =>
        run !== undefined && Math.abs(run.seconds - seconds) <= cadenceToleranceSeconds;
      expect(lasts(runs[firstLongSilence], 2), JSON.stringify(runs)).toBe(true);
      expect(
        [firstOn, shortGap, secondOn, longGap].map((run, index) => lasts(run, [0.4, 0.2, 0.4, 2][index]!)),
      ).toEqual([true, true, true, true]);
      expect(secondsOf(soundAfterAnswer.filter((chunk) => chunk.at > connectedAt + stopAllowanceMs))).toBe(0);
      expect(pageErrors).toEqual([]);
    });
  });

  test.describe(`bob on ${farEnd}, answering with early media`, () => {
    test.use({ farEnd, callLab: { answerMode: 'early' } });

    test('no local ringback plays over early media', async ({ page, shell, lab, pageErrors }) => {
      await tapAudioOutputs(page);
      await signIn(page, shell, lab);
      await timeCallStates(page);

      const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
      await waitForCallEvent(page, (call) => call.id === dialled.id && call.earlyMedia);
      const earlyAt = await callStateTime(page, (change) => change.earlyMedia);
      await page.waitForTimeout(3_500);
      const now = await page.evaluate(() => performance.now());
      await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });

      const duringEarlyMedia = (await tappedOutputs(page, earlyAt + stopAllowanceMs, now)).flatMap((output) =>
        output.chunks.filter((chunk) => chunk.rms > audible),
      );
      expect(secondsOf(duringEarlyMedia)).toBe(0);
      expect(pageErrors).toEqual([]);
    });
  });
}
