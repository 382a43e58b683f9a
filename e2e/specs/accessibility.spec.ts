import { expectAccessibleInBothThemes } from '../support/axe';
import { dialBob, incomingBanner, signIn, test } from '../support/call-ui';
import { openApp } from '../support/open-app';
import { expect } from '../support/shell-test';

/*
 * axe-core on the screens the dialer spec does not cover: the in-call screen during a real call
 * against the lab, the incoming-call banner and Settings, each in light and dark. Only violations
 * of serious or critical impact fail, listed with their targets.
 */

// axe over the whole page, twice for the themes: slow on a loaded 2-core machine (40 s was hit there).
test.describe.configure({ timeout: 90_000 });

test('the in-call screen has no serious accessibility problems during a call', async ({ page, shell, lab }) => {
  await signIn(page, shell, lab);
  const panel = await dialBob(page, lab);
  await expect(panel.panel.getByText(/^Call quality: /)).toBeVisible();
  await expectAccessibleInBothThemes(page, 'in call');

  // With the keypad open and the microphone muted.
  await panel.button('Keypad').click();
  await expect(panel.keypadTones).toBeVisible();
  await panel.button('Mute').click();
  await expect(panel.button('Mute')).toHaveAttribute('aria-pressed', 'true');
  await expectAccessibleInBothThemes(page, 'in call, keypad open, muted');

  await panel.button('Hang up').click();
  await expect(panel.state).toHaveText('Call ended');
  await expectAccessibleInBothThemes(page, 'call ended');
});

test('the incoming-call banner has no serious accessibility problems', async ({ page, shell, lab }) => {
  await signIn(page, shell, lab);
  await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
  const banner = incomingBanner(page, 'bob');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expectAccessibleInBothThemes(page, 'incoming banner');
  await banner.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(banner).toHaveCount(0);
});

test('Settings has no serious accessibility problems, in light and dark', async ({ page, shell }) => {
  await openApp(page, shell);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await expectAccessibleInBothThemes(page, 'settings');
});
