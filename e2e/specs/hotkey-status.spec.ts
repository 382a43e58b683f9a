import type { Page } from '@playwright/test';
import type { HotkeyStatus } from '../../shared/models/hotkey-status';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

/*
 * Settings says next to a system-wide shortcut when it does not work. Only the desktop app
 * registers them, and no other application can be made to hold one here: the page talks to the
 * real browser shell, with app:get-info and settings:get-hotkey-status answered as the desktop
 * app's main process would answer them.
 */

type Reply = { kind: string; id?: number; result?: { ok: boolean; value?: Record<string, unknown> } };

async function answerAsTheDesktopApp(page: Page, hotkeys: { status: HotkeyStatus }): Promise<void> {
  await page.routeWebSocket(/\/ipc\?token=/, (socket) => {
    const server = socket.connectToServer();
    const channels = new Map<number, string>();
    socket.onMessage((message) => {
      const request = JSON.parse(String(message)) as { id: number; channel: string };
      channels.set(request.id, request.channel);
      server.send(message);
    });
    server.onMessage((message) => {
      const reply = JSON.parse(String(message)) as Reply;
      const channel = reply.id === undefined ? undefined : channels.get(reply.id);
      if (reply.result?.ok && channel === 'app:get-info') {
        reply.result.value = {
          ...reply.result.value,
          shell: 'electron',
          features: { startAtLogin: false, globalShortcuts: true, updates: true },
        };
      }
      if (reply.result?.ok && channel === 'settings:get-hotkey-status') reply.result.value = hotkeys.status;
      socket.send(JSON.stringify(reply));
    });
  });
}

test('a shortcut another application holds is reported next to it, until another one is chosen', async ({
  page,
  shell,
  pageErrors,
}) => {
  const hotkeys = {
    status: {
      hotkeyAnswer: 'taken',
      hotkeyHangUp: 'active',
      hotkeyMute: 'off',
      hotkeyDoNotDisturb: 'refused',
      hotkeyRedial: 'active',
      hotkeyCallBack: 'active',
    } as HotkeyStatus,
  };
  await answerAsTheDesktopApp(page, hotkeys);
  await openApp(page, shell);
  await page.keyboard.press('Control+6');

  const answerShortcut = page.getByRole('textbox', { name: 'Answer a call' });
  await expect(answerShortcut).toBeEnabled();
  const taken =
    'Another application already uses this shortcut, so it does nothing in Dialtone. Press another combination.';
  await expect(page.getByRole('alert').filter({ hasText: taken })).toHaveCount(1);
  await expect(answerShortcut).toHaveAccessibleDescription(new RegExp(`^${taken}`));
  await expect(page.getByRole('textbox', { name: 'Hang up or decline' })).not.toHaveAccessibleDescription(
    /does nothing/,
  );
  // Do not disturb has its own shortcut, shown with its status like the call shortcuts.
  const doNotDisturbShortcut = page.getByRole('textbox', { name: 'Do not disturb on or off' });
  await expect(doNotDisturbShortcut).toHaveValue('Ctrl+Alt+D');
  await expect(doNotDisturbShortcut).toHaveAccessibleDescription(
    /^Your system does not accept this shortcut, so it does nothing\./,
  );

  hotkeys.status = { ...hotkeys.status, hotkeyAnswer: 'active' };
  await answerShortcut.focus();
  await page.keyboard.press('Control+Alt+B');
  await expect(answerShortcut).toHaveValue('Ctrl+Alt+B');
  await expect(page.getByRole('alert').filter({ hasText: taken })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
