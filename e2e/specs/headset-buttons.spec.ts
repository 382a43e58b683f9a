import { expectAccessibleInBothThemes } from '../support/axe';
import { callPanel, incomingBanner, signIn, test } from '../support/call-ui';
import {
  headsetInput,
  headsetLight,
  headsetLights,
  headsetName,
  headsetReports,
  headsetRequests,
  installSimulatedHeadset,
  pressOnHeadset,
} from '../support/simulated-headset';
import { openApp } from '../support/open-app';
import { expect } from '../support/shell-test';

/*
 * A headset's call buttons through WebHID, in the browser shell: the simulated headset
 * (e2e/support/simulated-headset.ts, the Airoha headset descriptor) is connected from Settings, then
 * a real call from bob (baresip, through Kamailio) rings it, its hook switch answers, its mute
 * button mutes, and back on the hook it hangs up; its lights follow at each step.
 */

test.describe.configure({ timeout: 60_000 });

test('a headset connected in Settings answers, mutes and hangs up a call from bob, its lights following', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await installSimulatedHeadset(page);
  await signIn(page, shell, lab);

  await page.keyboard.press('Control+6');
  const field = page.getByRole('group', { name: 'Headset buttons' });
  await expect(field).toContainText('No headset connected.');
  await field.getByRole('button', { name: 'Connect a headset' }).click();
  await expect(field.getByRole('list', { name: 'Headsets connected' })).toHaveText(headsetName);
  expect(await headsetRequests(page)).toEqual([{ filters: [{ usagePage: 0x0b }] }]);
  await expect.poll(() => headsetReports(page)).toEqual([{ reportId: 5, byte: 0 }]);
  await expectAccessibleInBothThemes(page, 'Settings with a headset connected', '.audio-section');
  await page.keyboard.press('Control+1');

  await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
  const banner = incomingBanner(page, 'bob');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => headsetLights(page)).toBe(headsetLight.ring);

  await pressOnHeadset(page, headsetInput.offHook);
  const panel = callPanel(page);
  await expect(panel.state).toHaveText('Connected', { timeout: 10_000 });
  await expect(banner).toHaveCount(0);
  await expect.poll(() => headsetLights(page)).toBe(headsetLight.offHook);

  await pressOnHeadset(page, headsetInput.offHookMuteHeld);
  await pressOnHeadset(page, headsetInput.offHook);
  await expect(panel.button('Mute')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => headsetLights(page)).toBe(headsetLight.offHook | headsetLight.mute);
  await expectAccessibleInBothThemes(page, 'the call muted from the headset', '.call-panel');

  await pressOnHeadset(page, headsetInput.onHook);
  await expect(panel.state).toHaveText(/^Call ended/, { timeout: 10_000 });
  await expect.poll(() => headsetLights(page)).toBe(0);
  // The headset's echo of each off-hook change answered or hung up nothing more: one call, answered once.
  const lights = (await headsetReports(page)).map((report) => report.byte);
  expect(lights).toEqual([0, headsetLight.ring, headsetLight.offHook, headsetLight.offHook | headsetLight.mute, 0]);
  expect(pageErrors).toEqual([]);
});

test('the play/pause media key switch is on by default and explains that only the desktop app offers it', async ({
  page,
  shell,
}) => {
  await openApp(page, shell);
  await page.keyboard.press('Control+6');
  const mediaKeys = page.getByRole('checkbox', { name: 'Answer and hang up with the play/pause key' });
  await expect(mediaKeys).toBeChecked();
  await expect(mediaKeys).toBeDisabled();
  await expect(mediaKeys).toHaveAccessibleDescription('Available in the desktop app');
  await expectAccessibleInBothThemes(page, 'Settings, shortcuts anywhere', '.hotkeys-section');
});
