import type { Page } from '@playwright/test';
import { fakeMicrophoneTone } from '../support/fake-microphone';
import {
  callEvents,
  capturePeerConnections,
  invokeInPage,
  pageHearsShare,
  waitForCallEvent,
} from '../support/call-page';
import { callPanel, incomingBanner } from '../support/call-ui';
import { setUpTwilioLine, type TwilioLine } from '../support/inbox-lab';
import { startShellProcess, type ShellProcess } from '../support/shell-process';
import type { TwilioLab } from '../support/twilio-lab';
import { expect, test as wizardTest } from '../support/setup-wizard';
import {
  addPersonWithExtension,
  dialFromDialer,
  invitationCode,
  joinByInvitation,
  openDevice,
  type Device,
  readyForTones,
  routeExtensionsLikeTwilio,
} from '../support/team-lab';

/*
 * Two people on one line, each on their own Dialtone (a browser shell backend with its own data folder): Ada set
 * the line up on the Twilio double and adds Sam by name with extension 102; Sam's Dialtone imports his invitation
 * and registers to the lab Kamailio, which stands in for the SIP domain and maps extensions as the routing
 * Functions do. They call each other, hear each other, and Sam on two computers is rung on both.
 */

const passphrase = 'copper kettle at dawn';
const sam = { name: 'Sam', username: 'sam', extension: '102' };

const test = wizardTest.extend<{ samsComputers: Device[] }>({
  /** Sam's two computers: each a browser shell of its own against the same Twilio lab, and a page on it. */
  samsComputers: async ({ twilio, browser }, use) => {
    const shells = await Promise.all([1, 2].map(() => startShellProcess(undefined, undefined, twilio.shellEnv)));
    const devices = await Promise.all(shells.map((shell) => openDevice(browser, shell)));
    await use(devices);
    await Promise.all(devices.map((device) => device.close()));
    await Promise.all(shells.map((shell) => shell.stop()));
  },
});
test.describe.configure({ timeout: 240_000 });

/** Ada's line with Sam on it, extension 102 routed, and Sam's invitation code. */
async function adaWithSam(page: Page, shell: ShellProcess, twilio: TwilioLab) {
  await capturePeerConnections(page);
  const line: TwilioLine = await setUpTwilioLine(page, shell, twilio);
  await readyForTones(page);
  await addPersonWithExtension(page, sam);
  await expect
    .poll(() => twilio.double.state().variables.find((v) => v.key === 'DIALTONE_TEAM_1')?.value)
    .toBe('sam:102');
  expect(routeExtensionsLikeTwilio(twilio)).toEqual({ '102': 'sam' });
  const code = await invitationCode(page, sam.name, passphrase);
  const domain = line.sipUri.split('@')[1]!;
  return { line, code, domain };
}

/** The contacts Kamailio accepted a REGISTER of `address` from: one per computer. */
function contactsOf(twilio: TwilioLab, address: string): Set<string> {
  const registered = [...twilio.kamailio.logs().matchAll(/REGISTER ok sip:(\S+) contact=<([^>]+)>/g)];
  return new Set(registered.flatMap(([, user, contact]) => (user === address && contact ? [contact] : [])));
}

/** Both pages hear the other's microphone (the same 440 Hz tone: each hears it only if it crossed the call). */
async function expectHearingEachOther(a: Page, b: Page): Promise<void> {
  const [aHeard, bHeard] = await Promise.all([
    pageHearsShare(a, fakeMicrophoneTone.frequency),
    pageHearsShare(b, fakeMicrophoneTone.frequency),
  ]);
  test.info().annotations.push({ type: 'energy share', description: `caller heard ${aHeard}, callee heard ${bHeard}` });
  expect(aHeard).toBeGreaterThan(0.9);
  expect(bHeard).toBeGreaterThan(0.9);
}

async function answer(page: Page): Promise<void> {
  const banner = incomingBanner(page);
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await banner.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(callPanel(page).state).toHaveText('Connected', { timeout: 10_000 });
}

async function hangUp(page: Page, other: Page): Promise<void> {
  await callPanel(page).button('Hang up').click();
  await waitForCallEvent(page, (call) => call.state === 'ended');
  await waitForCallEvent(other, (call) => call.state === 'ended' && call.endReason === 'remote-hung-up');
}

test('Ada calls Sam by extension 102 on his own Dialtone, they hear each other, then Sam calls Ada back', async ({
  page,
  shell,
  twilio,
  samsComputers: [sams],
  pageErrors,
}) => {
  const { line, code, domain } = await adaWithSam(page, shell, twilio);
  const samsPage = sams!.page;
  await joinByInvitation(samsPage, code, passphrase);
  expect(contactsOf(twilio, `sam@${domain}`).size).toBe(1);

  // Ada types Sam's extension: her Dialtone calls 102 on the line's domain, where the routing maps it to sam.
  await dialFromDialer(page, sam.extension);
  await answer(samsPage);
  await expect(callPanel(page).state).toHaveText('Connected', { timeout: 10_000 });
  await expectHearingEachOther(page, samsPage);
  await hangUp(page, samsPage);

  // Back to Ada by her username on the domain: her number.
  await dialFromDialer(samsPage, line.number);
  await answer(page);
  await expect(callPanel(samsPage).state).toHaveText('Connected', { timeout: 10_000 });
  await expectHearingEachOther(samsPage, page);
  await hangUp(samsPage, page);
  expect([...pageErrors, ...sams!.errors]).toEqual([]);
});

test('Sam on two computers: a call rings both, the first to answer takes it, the other stops and logs it as answered elsewhere', async ({
  page,
  shell,
  twilio,
  samsComputers,
  pageErrors,
}) => {
  const { code, domain } = await adaWithSam(page, shell, twilio);
  const [here, there] = samsComputers.map((device) => device.page) as [Page, Page];
  await joinByInvitation(here, code, passphrase);
  await joinByInvitation(there, code, passphrase);
  expect(contactsOf(twilio, `sam@${domain}`).size).toBe(2);

  await dialFromDialer(page, sam.extension);
  await expect(incomingBanner(there)).toBeVisible({ timeout: 15_000 });
  await answer(here);
  await expect(incomingBanner(there)).toHaveCount(0, { timeout: 5_000 });
  const elsewhere = await waitForCallEvent(there, (call) => call.state === 'ended');
  expect(elsewhere).toMatchObject({ endReason: 'answered-elsewhere', answeredAt: null });
  expect((await callEvents(there)).some((call) => call.state === 'connected')).toBe(false);
  await expectHearingEachOther(page, here);

  // The other computer's history: an incoming call answered on another device, no missed call and no badge.
  await expect
    .poll(async () => (await invokeInPage(there, 'history:list', { filter: 'all', offset: 0, limit: 10 })).items)
    .toMatchObject([{ direction: 'incoming', endReason: 'answered-elsewhere', missed: false }]);
  const nav = there.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('button', { name: /^History/ })).toHaveAccessibleName('History');
  await nav.getByRole('button', { name: /^History/ }).click();
  const row = there.getByRole('tabpanel').getByRole('listitem').first();
  await expect(row).toContainText('Answered on another device');
  await there.getByRole('tab', { name: 'Missed' }).click();
  await expect(there.getByRole('tabpanel').getByRole('listitem')).toHaveCount(0);

  await hangUp(page, here);
  expect([...pageErrors, ...samsComputers.flatMap((device) => device.errors)]).toEqual([]);
});
