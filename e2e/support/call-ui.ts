import type { Locator, Page } from '@playwright/test';
import { rms } from '../lab/tones';
import type { FarEndKind } from '../lab/far-end-phone';
import { startCallLab, type CallLab, type CallLabOptions } from './call-lab';
import { capturePeerConnections, invokeInPage, recordCallEvents, waitForRegistered } from './call-page';
import { fakeMicrophoneTone } from './fake-microphone';
import { openApp } from './open-app';
import { expect, test as shellTest } from './shell-test';

/*
 * What the calling UI specs share: a lab per test, signing alice in with the processing that
 * pulls a steady tone down turned off, the in-call screen's parts by role and name, bob's
 * recordings and axe.
 */

export const test = shellTest.extend<{ farEnd: FarEndKind; callLab: Omit<CallLabOptions, 'farEnd'>; lab: CallLab }>({
  /** Which program bob's phone is: set with test.use({ farEnd }) to run the same spec against each. */
  farEnd: ['baresip', { option: true }],
  /** How bob answers and whether calls are encrypted: test.use({ callLab: { secure: true } }). */
  callLab: [{}, { option: true }],
  lab: async ({ farEnd, callLab }, use) => {
    const lab = await startCallLab({ ...callLab, farEnd });
    await use(lab);
    await lab.stop();
  },
});

/** Opens Dialtone, turns echo cancellation, noise suppression and gain control off, and registers alice. */
export async function signIn(page: Page, shell: { url: string }, lab: CallLab): Promise<void> {
  await capturePeerConnections(page);
  await openApp(page, shell);
  await recordCallEvents(page);
  await invokeInPage(page, 'settings:update', {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  });
  await invokeInPage(page, 'accounts:save', lab.aliceAccount);
  await waitForRegistered(page);
}

/** After a call: the page heard bob's tone (`pageHeard`, its share measured during the call) and bob heard the page's microphone. */
export async function expectSoundBothWays(lab: CallLab, pageHeard: number): Promise<void> {
  const bobHeard = await lab.bobHeardShare(fakeMicrophoneTone.frequency);
  test.info().annotations.push({ type: 'energy share', description: `page ${pageHeard}, bob ${bobHeard}` });
  expect(pageHeard).toBeGreaterThan(0.95);
  expect(bobHeard).toBeGreaterThan(0.95);
}

/** The in-call screen (call-panel.tsx) and the parts of it the specs use. */
export function callPanel(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Call' });
  return {
    panel,
    state: panel.locator('.call-card__state > span').first(),
    timer: panel.getByRole('timer'),
    button: (name: 'Mute' | 'Hold' | 'Keypad' | 'Hang up'): Locator => panel.getByRole('button', { name, exact: true }),
    keypadTones: panel.getByRole('group', { name: 'Keypad tones' }),
  };
}

/** Dials bob from the dialer's number field and waits for the in-call screen to say Connected. */
export async function dialBob(page: Page, lab: CallLab): Promise<ReturnType<typeof callPanel>> {
  await page.getByLabel('Number or SIP address').fill(`bob@${lab.kamailio.domain}`);
  await page.getByRole('button', { name: 'Call', exact: true }).click();
  const panel = callPanel(page);
  await expect(panel.state).toHaveText('Connected', { timeout: 10_000 });
  return panel;
}

export function incomingBanner(page: Page, from: string | RegExp = /.*/): Locator {
  const name = typeof from === 'string' ? new RegExp(`^Incoming call from ${from}`) : from;
  return page.getByRole('alertdialog', { name });
}

export interface QuietStretch {
  /** The longest run of consecutive quiet 20 ms frames. */
  frames: number;
  /** Loud frames before and after that run. */
  loudBefore: number;
  loudAfter: number;
}

/** The longest stretch of 20 ms frames with RMS under `threshold`, and how much loud audio surrounds it. */
export function longestQuietStretch(samples: Int16Array, rate: number, threshold = 100): QuietStretch {
  const frameLength = Math.round(rate / 50);
  const count = Math.floor(samples.length / frameLength);
  const quiet = Array.from(
    { length: count },
    (_, frame) => rms(samples.subarray(frame * frameLength, (frame + 1) * frameLength)) < threshold,
  );
  let best = { start: 0, frames: 0 };
  for (let start = 0; start < count;) {
    if (!quiet[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < count && quiet[end]) end++;
    if (end - start > best.frames) best = { start, frames: end - start };
    start = end;
  }
  const loud = (from: number, to: number) => quiet.slice(from, to).filter((isQuiet) => !isQuiet).length;
  return {
    frames: best.frames,
    loudBefore: loud(0, best.start),
    loudAfter: loud(best.start + best.frames, count),
  };
}

/** axe's serious and critical violations on the page (or under `include`), as "id: targets" lines. */
