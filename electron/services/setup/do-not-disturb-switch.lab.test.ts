import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import { openDatabase } from '../../db/open-database';
import { createAccountQueries } from '../../db/queries/account-queries';
import { createSetupProgressQueries } from '../../db/queries/setup-progress-queries';
import type { Database } from '../../db/sqlite';
import { createMemoryLogger } from '../../logging/logger';
import { createMemorySecretStore, type SecretStore } from '../../secrets/secret-store';
import { provisionPhoneLine, updateRoutingChoices } from '../../twilio/provision-phone-line';
import { removeDialtone } from '../../twilio/remove-dialtone';
import { loadRoutingFunctions } from '../../twilio/routing-functions';
import { generateSipPassword } from '../../twilio/sip-password';
import { connectTwilio } from '../../twilio/twilio-account-api';
import type { TwilioEndpoints } from '../../twilio/endpoints';
import { createAccountService } from '../account-service';
import { createEventBus, type EventBus } from '../event-bus';
import { createDoNotDisturbSwitch, noLineProblem, type DoNotDisturbSwitch } from './do-not-disturb-switch';
import { createSetupService, type SetupService } from './setup-service';
import { createTray } from '../../windows/tray';

/*
 * Do not disturb from the tray and the shortcut's one switch, against the Twilio double behind Prism:
 * the tray is Dialtone's own createTray over the same event bus as the setup service, with Electron's
 * Tray and Menu replaced by recorders (the Electron binary is out of reach here), so a click is the
 * menu item's own click handler. What Electron itself draws is not covered.
 */

/** The part of Electron's MenuItemConstructorOptions these tests read ('electron' is not imported below the shell). */
type MenuItem = { label?: string; checked?: boolean; enabled?: boolean; sublabel?: string; click?: unknown };

const electron = vi.hoisted(() => ({ menu: [] as MenuItem[], tooltip: '' }));
vi.mock('electron', () => ({
  nativeImage: { createFromPath: (path: string) => path },
  Menu: { buildFromTemplate: (template: MenuItem[]) => template },
  Tray: class {
    setImage() {}
    setToolTip(tooltip: string) {
      electron.tooltip = tooltip;
    }
    setContextMenu(menu: MenuItem[]) {
      electron.menu = menu;
    }
    on() {}
    destroy() {}
  },
}));

const account = (n: number): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'd')}`,
  authToken: `${String(n).padStart(2, '0')}${'c'.repeat(30)}`,
  friendlyName: `Do not disturb ${n}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: `+1512555030${n}` }],
});
const accounts = [account(1), account(2), account(3), account(4), account(5)];
const assetsDir = join(import.meta.dirname, '..', '..', '..', 'assets');

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
}, 60_000);
afterAll(() => double?.stop());

let dataDir: string;
let secrets: SecretStore;
let db: Database;
let events: EventBus;
let setup: SetupService;
let dnd: DoNotDisturbSwitch;
let disposeTray: () => void;

/** The setup service, the switch and the tray as create-backend and main.ts build them. */
function start(endpoints: TwilioEndpoints = double.endpoints): void {
  db = openDatabase(join(dataDir, 'dialtone.sqlite'));
  events = createEventBus();
  const logger = createMemoryLogger();
  setup = createSetupService({
    progress: createSetupProgressQueries(db),
    secrets,
    events,
    accounts: createAccountService({ queries: createAccountQueries(db), secrets, events }),
    logger,
    endpoints,
    // Nothing listens on port 1: no line registers, which these tests do not look at.
    sipProxyOverride: { host: '127.0.0.1:1', trustedCaPem: null },
    suggestedEdge: 'dublin',
    connect: async (credentials, at) => connectTwilio(credentials, at, { logger }),
    provision: {
      loadFunctions: () => loadRoutingFunctions(assetsDir),
      greetingAssets: async () => [],
      generatePassword: generateSipPassword,
      provisionPhoneLine,
      updateRoutingChoices,
      remove: removeDialtone,
      ringTimeoutSeconds: 25,
    },
  });
  dnd = createDoNotDisturbSwitch(setup, logger);
  disposeTray = createTray({
    iconsDir: '/icons',
    // The line never registers here (see sipProxyOverride): the tray says so.
    initialState: { status: 'unregistered', accountId: 'line' },
    initialUnread: { missedCalls: 0, voicemails: 0, messages: 0 },
    initialDoNotDisturb: dnd.state(),
    events,
    onShow: () => undefined,
    onToggleDoNotDisturb: async () => void (await dnd.toggle()),
    quickDial: { choices: () => ({ redial: null, callBack: null }), place: () => undefined },
    language: () => 'en',
    onQuit: () => undefined,
  }).dispose;
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dialtone-dnd-'));
  secrets = createMemorySecretStore();
  start();
});
afterEach(() => {
  disposeTray();
  if (db.isOpen) db.close();
  rmSync(dataDir, { recursive: true, force: true });
  double.assertNoValidationErrors();
});

async function provisionLine(who: DoubleAccount) {
  await setup.connectTwilio({ kind: 'auth-token', accountSid: who.sid, authToken: who.authToken });
  setup.setEdge('dublin');
  const [owned] = (await setup.listOwnedNumbers()).items;
  expect((await setup.chooseNumber({ kind: 'adopt', sid: owned!.sid })).problem).toBeNull();
  expect((await setup.provision()).problem).toBeNull();
}

const onTwilio = (who: DoubleAccount, key: string) =>
  double
    .state()
    .variables.filter((v) => v.accountSid === who.sid && v.key === key)
    .map((v) => v.value);
const doNotDisturbOnTwilio = (who: DoubleAccount) => onTwilio(who, 'DIALTONE_DO_NOT_DISTURB');
// The tests of this file run one after another, so every write since a test's start is its own.
const variableWrites = () => double.requests().filter((r) => r.method === 'POST' && /\/Variables/.test(r.path));
const trayItem = () => electron.menu.find((item) => item.label === 'Do not disturb')!;
const clickTray = () => (trayItem().click as () => void)();

/** Milliseconds from the tray's click until the double holds `value`, watched every 10 ms. */
async function clickUntilTwilioHolds(who: DoubleAccount, value: 'on' | 'off'): Promise<number> {
  const started = performance.now();
  clickTray();
  while (doNotDisturbOnTwilio(who)[0] !== value) {
    if (performance.now() - started > 10_000) throw new Error(`DIALTONE_DO_NOT_DISTURB never became ${value}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

describe('do not disturb from the tray', () => {
  it('is live at Twilio within 5 s of a click, without a build, and the tray then shows it', async () => {
    const who = accounts[0]!;
    await provisionLine(who);
    expect(doNotDisturbOnTwilio(who)).toEqual(['off']);
    expect(trayItem()).toMatchObject({ checked: false });
    const builds = double.state().builds.length;
    const requestsBefore = double.requests().length;

    const onMs = await clickUntilTwilioHolds(who, 'on');
    await vi.waitFor(() => expect(trayItem()).toMatchObject({ checked: true }));
    // Enabled again once the send is over.
    await vi.waitFor(() => expect(trayItem().enabled).not.toBe(false));
    const requests = double.requests().length - requestsBefore;
    expect(electron.tooltip).toBe('Dialtone — Not connected · Do not disturb');
    const offMs = await clickUntilTwilioHolds(who, 'off');
    await vi.waitFor(() => expect(trayItem()).toMatchObject({ checked: false }));
    await setup.untilSent();

    // eslint-disable-next-line no-console -- the time to Twilio is reported to the lead
    console.info(
      `Do not disturb from the tray to Twilio: on in ${onMs.toFixed(0)} ms (${requests} requests), off in ${offMs.toFixed(0)} ms`,
    );
    expect(onMs).toBeLessThan(5000);
    expect(offMs).toBeLessThan(5000);
    expect(double.state().builds.length).toBe(builds);
  }, 60_000);

  it('keeps every other choice of the call handling as it was, and follows a change made in Settings', async () => {
    const who = accounts[1]!;
    await provisionLine(who);
    const handling = { ...setup.get().callHandling, blockedCallers: ['+447700900123', 'withheld'] };
    expect(setup.setCallHandling(handling).problem).toBeNull();
    expect((await setup.untilSent()).routingSync.status).toBe('live');

    expect(await dnd.toggle()).toEqual({ kind: 'switched', on: true });
    expect(setup.get().callHandling).toEqual({ ...handling, doNotDisturb: true });
    expect(doNotDisturbOnTwilio(who)).toEqual(['on']);
    expect(onTwilio(who, 'DIALTONE_BLOCKED_1')).toEqual(['+447700900123,withheld']);
    expect(trayItem()).toMatchObject({ checked: true });

    // Settings switches it through the same setup: the tray follows.
    setup.setCallHandling({ ...setup.get().callHandling, doNotDisturb: false });
    expect(trayItem()).toMatchObject({ checked: false });
    await setup.untilSent();
    expect(doNotDisturbOnTwilio(who)).toEqual(['off']);
  }, 60_000);
});

describe('a press while a change is being saved', () => {
  it('is ignored, not raced: one change reaches Twilio, and the value is the one the first press asked for', async () => {
    const who = accounts[2]!;
    await provisionLine(who);
    const writes = variableWrites().length;

    const first = dnd.toggle();
    const second = dnd.toggle();
    expect(trayItem()).toMatchObject({ enabled: false, sublabel: 'Saving…' });
    expect(await second).toEqual({ kind: 'ignored' });
    expect(await first).toEqual({ kind: 'switched', on: true });
    expect(variableWrites().length - writes).toBe(1);
    expect(doNotDisturbOnTwilio(who)).toEqual(['on']);

    // A change Settings is sending is neither undone nor overtaken: the press is sent after it, within 5 s.
    setup.setCallHandling({ ...setup.get().callHandling, blockedCallersHear: 'busy' });
    expect(setup.get().routingSync.status).toBe('sending');
    const pressed = performance.now();
    expect(await dnd.toggle()).toEqual({ kind: 'switched', on: false });
    expect(performance.now() - pressed).toBeLessThan(5000);
    expect(setup.get().callHandling).toMatchObject({ doNotDisturb: false, blockedCallersHear: 'busy' });
    expect(doNotDisturbOnTwilio(who)).toEqual(['off']);
    expect(onTwilio(who, 'DIALTONE_BLOCKED_REJECT')).toEqual(['busy']);
  }, 60_000);
});

describe('a press that cannot work', () => {
  it('without a Twilio line: refused with what to do, nothing asked of Twilio, the tray item disabled', async () => {
    const before = double.requests().length;
    expect(trayItem()).toMatchObject({ enabled: false, checked: false });
    expect(await dnd.toggle()).toEqual({ kind: 'failed', on: false, problem: noLineProblem });
    expect(double.requests().length).toBe(before);
    expect(setup.get().callHandling.doNotDisturb).toBe(false);
  });

  it('when Twilio fails: says what went wrong, keeps the switch saved, not live, and Try again sends it', async () => {
    const who = accounts[3]!;
    await provisionLine(who);
    double.failNext({ method: 'POST', path: /\/Variables\/ZV\w+$/, status: 500, code: 20500, message: 'Internal' });
    const failed = await dnd.toggle();
    expect(failed).toMatchObject({ kind: 'not-live', on: true, problem: { code: 20500 } });
    expect(failed.kind === 'not-live' && failed.problem.whatToDo).not.toBe('');
    expect(trayItem()).toMatchObject({ checked: true });
    expect(trayItem().enabled).not.toBe(false);
    expect(doNotDisturbOnTwilio(who)).toEqual(['off']);

    setup.sendAgain();
    expect((await setup.untilSent()).routingSync.status).toBe('live');
    expect(doNotDisturbOnTwilio(who)).toEqual(['on']);
  }, 60_000);

  it('when Twilio cannot be reached: says so, and keeps the switch saved here, not live', async () => {
    const who = accounts[4]!;
    await provisionLine(who);
    disposeTray();
    db.close();
    const nowhere = 'http://127.0.0.1:1';
    start({ api: nowhere, serverless: nowhere, serverlessUpload: nowhere, pricing: nowhere });

    const failed = await dnd.toggle();
    expect(failed).toMatchObject({ kind: 'not-live', on: true });
    expect(failed.kind === 'not-live' && failed.problem.whatToDo).toMatch(/\w/);
    expect(setup.get()).toMatchObject({ callHandling: { doNotDisturb: true }, routingSync: { status: 'not-live' } });
    expect(trayItem()).toMatchObject({ checked: true });
    expect(doNotDisturbOnTwilio(who)).toEqual(['off']);
  }, 60_000);
});
