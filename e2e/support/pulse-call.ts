import { chromium, type LaunchOptions, type Page } from '@playwright/test';
import { startPulseAudio, type LabPulseAudio } from '../lab/pulseaudio';
import { energyShareAt, rms } from '../lab/tones';
import playwrightConfig from '../playwright.config';
import { test as callTest } from './call-ui';
import { expect } from './shell-test';

/*
 * Call specs on PulseAudio's virtual devices instead of Chromium's fake ones: each test gets its
 * own PulseAudio daemon and a Chromium that uses it, so device names, device choice, unplugging and
 * what each output really played can be checked.
 */

const fakeDeviceFlags = ['--use-fake-device-for-media-stream', '--use-file-for-fake-audio-capture='];

/** The e2e launch options without the fake devices (prompts stay auto-accepted), talking to `pulse`. */
export function pulseLaunchOptions(pulse: LabPulseAudio): LaunchOptions {
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const args = (launch.args ?? []).filter((arg) => !fakeDeviceFlags.some((flag) => arg.startsWith(flag)));
  // Playwright mutes headless Chromium; the outputs' monitors must hear what the page plays.
  return { ...launch, args, ignoreDefaultArgs: ['--mute-audio'], env: { ...process.env, ...pulse.env } };
}

export const test = callTest.extend<{ pulse: LabPulseAudio }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures receive their dependencies destructured.
  pulse: async ({}, use) => {
    const pulse = await startPulseAudio();
    await use(pulse);
    await pulse.stop();
  },
  page: async ({ pulse }, use) => {
    const browser = await chromium.launch(pulseLaunchOptions(pulse));
    const context = await browser.newContext();
    await use(await context.newPage());
    await browser.close();
  },
});

export { expect };

export interface DeviceNames {
  microphone: string;
  speaker: string;
  /** The outputs ticked under "Ring on" (the others unticked). */
  ringers: string[];
}

/** As a person does it: Settings, Audio, allow the microphone, then pick devices by name. */
export async function chooseDevices(page: Page, names: DeviceNames): Promise<void> {
  await page.keyboard.press('Control+6');
  const allow = page.getByRole('button', { name: 'Allow microphone access' });
  if (await allow.isVisible()) await allow.click();
  const microphone = page.getByLabel('Microphone', { exact: true });
  await expect(microphone.locator('option', { hasText: names.microphone })).toHaveCount(1);
  await microphone.selectOption(names.microphone);
  await page.getByLabel('Speaker', { exact: true }).selectOption(names.speaker);
  const ringOn = page.getByRole('group', { name: 'Ring on' });
  for (const name of names.ringers) await ringOn.getByRole('checkbox', { name, exact: true }).check();
  for (const box of await ringOn.getByRole('checkbox').all()) {
    const label = (await box.evaluate((input) => input.parentElement?.textContent ?? '')).trim();
    if (!names.ringers.includes(label)) await box.uncheck();
  }
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Control+1');
}

/** Records what `output` plays for `seconds`. */
export async function recordOutputFor(
  pulse: LabPulseAudio,
  output: Parameters<LabPulseAudio['recordOutput']>[0],
  seconds: number,
) {
  const recording = pulse.recordOutput(output);
  await recording.started;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return recording.stop();
}

/** Loudness and tone share of a 16 kHz recording, for the test's annotations and assertions. */
export function describeRecording(samples: Int16Array, frequency: number): { rms: number; share: number } {
  return { rms: Math.round(rms(samples)), share: Math.round(energyShareAt(samples, 16_000, frequency) * 1000) / 1000 };
}
