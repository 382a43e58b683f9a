import type { Page } from '@playwright/test';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import { incomingBanner, signIn, test } from '../support/call-ui';
import { expect } from '../support/shell-test';

/*
 * One system notification per ringing call. In the desktop app main's notification is the one
 * (it works while the window is hidden in the tray and offers Answer and Decline); the page's own
 * is for the browser shell, which has no main-process notifications. A real call from bob rings
 * while the page is hidden; the operating system's notification centre is out of reach in headless
 * Chromium, so a stand-in Notification records what the page raises.
 */

test.describe.configure({ timeout: 40_000 });

type NotificationWindow = Window & { __notifications: string[]; __visibility: DocumentVisibilityState };

/** Before any page script: a granted Notification that records titles, and a page that can be hidden. */
async function recordNotificationsWhileHidden(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const target = window as unknown as NotificationWindow;
    target.__notifications = [];
    target.__visibility = 'visible';
    class RecordedNotification extends EventTarget {
      static readonly permission: NotificationPermission = 'granted';
      static requestPermission = async (): Promise<NotificationPermission> => 'granted';
      onclick: ((event: Event) => void) | null = null;
      constructor(title: string) {
        super();
        target.__notifications.push(title);
      }
      close(): void {}
    }
    Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
    Object.defineProperty(document, 'visibilityState', { get: () => target.__visibility, configurable: true });
  });
}

async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as NotificationWindow).__visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const notifications = (page: Page) => page.evaluate(() => (window as unknown as NotificationWindow).__notifications);

/** As main answers in the desktop app: app:get-info says shell "electron"; everything else passes through. */
async function answerAsTheDesktopApp(page: Page): Promise<void> {
  await page.routeWebSocket(/\/ipc\?token=/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      const reply = JSON.parse(String(message)) as { kind: string; result?: { value?: { shell?: string } } };
      if (reply.kind === 'result' && reply.result?.value?.shell === 'browser') reply.result.value.shell = 'electron';
      socket.send(JSON.stringify(reply));
    });
  });
}

test('in the browser shell the page raises the one notification for a call ringing while it is hidden', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await recordNotificationsWhileHidden(page);
  await signIn(page, shell, lab);
  await hidePage(page);
  await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
  await expect(incomingBanner(page, 'bob')).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => notifications(page)).toEqual([expect.stringMatching(/^Incoming call from bob/)]);
  expect(pageErrors).toEqual([]);
});

test('in the desktop app the page leaves the notification to the main process', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await recordNotificationsWhileHidden(page);
  await answerAsTheDesktopApp(page);
  await signIn(page, shell, lab);
  const appInfo = () =>
    page.evaluate(() => (window as unknown as { dialtone: DialtoneApi }).dialtone.invoke('app:get-info'));
  await expect.poll(appInfo).toMatchObject({
    value: { shell: 'electron' },
  });
  await hidePage(page);
  await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
  await expect(incomingBanner(page, 'bob')).toBeVisible({ timeout: 10_000 });
  // The banner's effects have run by now; give a notification a moment more to appear if one would.
  await page.waitForTimeout(500);
  expect(await notifications(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
