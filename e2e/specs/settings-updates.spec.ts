import type { Page, WebSocketRoute } from '@playwright/test';
import type { AppUpdateState } from '../../shared/models/app-update';
import { expectAccessibleInBothThemes } from '../support/axe';
import { invokeInPage } from '../support/call-page';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

/*
 * Settings says how the self-update stands and offers "Restart to update" once one is ready. The
 * browser shell has no updater and says so. The desktop app's updater cannot run here (no Electron
 * binary, no update server): for the offer, the page talks to the real browser shell with
 * app:get-info and updates:get answered, and updates:changed pushed, as the desktop app's main
 * process would. Its policy (never during a call, never on its own) is tested in update-policy.test.ts.
 */

type Reply = { kind: string; id?: number; result?: { ok: boolean; value?: Record<string, unknown> } };

async function answerAsTheDesktopApp(
  page: Page,
  update: AppUpdateState,
): Promise<{ push(next: AppUpdateState): void }> {
  let page$: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/ipc\?token=/, (socket) => {
    page$ = socket;
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
      if (reply.result?.ok && channel === 'updates:get') reply.result.value = update;
      socket.send(JSON.stringify(reply));
    });
  });
  return {
    push: (next) => page$?.send(JSON.stringify({ kind: 'event', event: 'updates:changed', payload: next })),
  };
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

test('the browser version says it has no updater and what to do instead', async ({ page, shell, pageErrors }) => {
  await openApp(page, shell);
  await openSettings(page);
  await expect(page.getByRole('status').filter({ hasText: 'The browser version updates with its server' })).toHaveText(
    'The browser version updates with its server: reload the page to get the latest.',
  );
  await expect(page.getByRole('button', { name: 'Restart to update' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a downloaded update is offered, hidden during a call, and a refused restart says why', async ({
  page,
  shell,
  pageErrors,
}) => {
  const desktop = await answerAsTheDesktopApp(page, { status: 'downloading', version: '1.4.0', percent: 40 });
  await openApp(page, shell);
  await openSettings(page);
  await expect(page.getByRole('status').filter({ hasText: 'Downloading' })).toHaveText(
    'Downloading version 1.4.0: 40%',
  );
  await expect(page.getByRole('button', { name: 'Restart to update' })).toHaveCount(0);

  desktop.push({ status: 'ready', version: '1.4.0' });
  await expect(page.getByRole('status').filter({ hasText: 'Version 1.4.0 is ready.' })).toBeVisible();
  const restart = page.getByRole('button', { name: 'Restart to update' });
  await expect(restart).toBeVisible();
  await expectAccessibleInBothThemes(page, 'settings with an update ready', '.settings-view__update');

  // A call is up (the sound test needs no line): the offer goes away until it ends.
  await invokeInPage(page, 'calls:dial', { target: 'sound-test' });
  await expect(restart).toHaveCount(0);
  const [call] = await invokeInPage(page, 'calls:list');
  await invokeInPage(page, 'calls:hang-up', { callId: call!.id });
  await expect(restart).toBeVisible();

  // The real backend behind this page is the browser shell, which cannot install anything: its refusal shows.
  await restart.click();
  await expect(page.getByText('The browser version cannot update itself. Reload the page')).toBeVisible();

  desktop.push({ status: 'failed', reason: 'net::ERR_INTERNET_DISCONNECTED' });
  await expect(page.getByRole('status').filter({ hasText: 'could not update' })).toHaveText(
    /^Dialtone could not update \(net::ERR_INTERNET_DISCONNECTED\)\. It keeps working as it is and tries again in a few hours;/,
  );
  expect(pageErrors).toEqual([]);
});
