import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import { changeVariableInConsole } from '../../../e2e/lab/twilio-double/console-variable-edit';
import { defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { defaultVoicemailGreeting } from '../../../shared/models/twilio-setup';
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
import { createAccountService } from '../account-service';
import { createEventBus } from '../event-bus';
import { createSetupService, type SetupService } from './setup-service';

/*
 * The person's choices the routing holds (the voicemail greeting, do not disturb and blocked callers) in the
 * setup service, against the Twilio double behind Prism: kept in the setup's record, deployed with the
 * routing, changed on Twilio once the routing exists.
 */

const account = (n: number): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'e')}`,
  authToken: `${String(n).padStart(2, '0')}${'f'.repeat(30)}`,
  friendlyName: `Greeting ${n}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: `+1512555020${n}` }],
});
const accounts = [account(1), account(2), account(3), account(4)];
const assetsDir = join(import.meta.dirname, '..', '..', '..', 'assets');

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble({ accounts });
}, 60_000);
afterAll(() => double?.stop());

let dataDir: string;
let secrets: SecretStore;
let db: Database;
let setup: SetupService;

/** The setup service as create-backend builds it, over a database in dataDir; again after a restart. */
function start(): void {
  db = openDatabase(join(dataDir, 'dialtone.sqlite'));
  const events = createEventBus();
  const logger = createMemoryLogger();
  setup = createSetupService({
    progress: createSetupProgressQueries(db),
    secrets,
    events,
    accounts: createAccountService({ queries: createAccountQueries(db), secrets, events }),
    logger,
    endpoints: double.endpoints,
    // Nothing listens on port 1: no line registers, which these tests do not look at.
    sipProxyOverride: { host: '127.0.0.1:1', trustedCaPem: null },
    suggestedEdge: 'dublin',
    connect: async (credentials, endpoints) => connectTwilio(credentials, endpoints, { logger }),
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
}
const restart = () => {
  db.close();
  start();
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dialtone-greeting-'));
  secrets = createMemorySecretStore();
  start();
});
afterEach(() => {
  if (db.isOpen) db.close();
  rmSync(dataDir, { recursive: true, force: true });
  double.assertNoValidationErrors();
});

async function chooseNumber(who: DoubleAccount) {
  const signedIn = await setup.connectTwilio({ kind: 'auth-token', accountSid: who.sid, authToken: who.authToken });
  expect(signedIn.problem).toBeNull();
  setup.setEdge('dublin');
  const [owned] = (await setup.listOwnedNumbers()).items;
  const chosen = await setup.chooseNumber({ kind: 'adopt', sid: owned!.sid });
  expect(chosen.problem).toBeNull();
}

const variableOnTwilio = (who: DoubleAccount, key: string) =>
  double
    .state()
    .variables.filter((v) => v.accountSid === who.sid && v.key === key)
    .map((v) => v.value);
const greetingOnTwilio = (who: DoubleAccount) => variableOnTwilio(who, 'VOICEMAIL_GREETING');
const builds = (who: DoubleAccount) => double.state().builds.filter((b) => b.accountSid === who.sid).length;

describe('the voicemail greeting in the setup', () => {
  it('is saved before the routing exists without asking Twilio, then deployed with it', async () => {
    expect(setup.get().voicemailGreeting).toBe(defaultVoicemailGreeting);
    const who = accounts[0]!;
    await chooseNumber(who);
    const before = double.requests().length;
    const saved = await setup.setVoicemailGreeting('You reached Sam. Leave a message.');
    expect(saved).toMatchObject({ voicemailGreeting: 'You reached Sam. Leave a message.', problem: null });
    expect(double.requests().length).toBe(before);

    restart();
    expect(setup.get().voicemailGreeting).toBe('You reached Sam. Leave a message.');
    const done = await setup.provision();
    expect(done).toMatchObject({ step: 'finish', problem: null });
    expect(greetingOnTwilio(who)).toEqual(['You reached Sam. Leave a message.']);
  }, 60_000);

  it('after the setup, is saved first, then changed on Twilio without a build; a Twilio failure keeps it saved, not live', async () => {
    const who = accounts[1]!;
    await chooseNumber(who);
    expect((await setup.provision()).problem).toBeNull();
    expect(setup.get().routingSync.status).toBe('live');
    expect(greetingOnTwilio(who)).toEqual([defaultVoicemailGreeting]);
    const built = builds(who);

    double.failNext({ method: 'POST', path: /\/Variables\/ZV\w+$/, status: 500, code: 20500, message: 'Internal' });
    const saved = setup.setVoicemailGreeting('Back on Monday. Leave a message.');
    expect(saved).toMatchObject({ voicemailGreeting: 'Back on Monday. Leave a message.', problem: null });
    expect(saved.routingSync.status).toBe('sending');
    const failed = await setup.untilSent();
    expect(failed).toMatchObject({
      voicemailGreeting: 'Back on Monday. Leave a message.',
      problem: null,
      routingSync: { status: 'not-live', problem: { code: 20500 } },
    });
    expect(greetingOnTwilio(who)).toEqual([defaultVoicemailGreeting]);
    expect((await setup.checkWithTwilio()).routingCheck).toMatchObject({
      status: 'done',
      differences: [{ id: 'setup.settingVoicemailGreeting' }],
    });

    expect(setup.sendAgain().routingSync.status).toBe('sending');
    expect((await setup.untilSent()).routingSync.status).toBe('live');
    expect(greetingOnTwilio(who)).toEqual(['Back on Monday. Leave a message.']);
    expect(builds(who)).toBe(built);
    expect((await setup.checkWithTwilio()).routingCheck).toMatchObject({ status: 'done', differences: [] });

    restart();
    expect(setup.get().voicemailGreeting).toBe('Back on Monday. Leave a message.');
    // Removing Dialtone from Twilio forgets what was made there, not the person's own words.
    expect((await setup.removeFromTwilio(false)).problem).toBeNull();
    expect(setup.get()).toMatchObject({ account: null, voicemailGreeting: 'Back on Monday. Leave a message.' });
  }, 60_000);

  it('loads progress saved before greetings existed, or with a damaged one, with the default', () => {
    setup.dismiss();
    const older = createSetupProgressQueries(db).read() as Record<string, unknown>;
    delete older.voicemailGreeting;
    for (const saved of [
      older,
      { ...older, voicemailGreeting: 42 },
      { ...older, voicemailGreeting: 'x'.repeat(5000) },
    ]) {
      createSetupProgressQueries(db).write({ ...saved, step: 'credentials', dismissed: true });
      restart();
      expect(setup.get()).toMatchObject({
        step: 'credentials',
        dismissed: true,
        voicemailGreeting: defaultVoicemailGreeting,
      });
    }
  });
});

describe('do not disturb and blocked callers in the setup', () => {
  const quiet: CallHandling = {
    ...defaultCallHandling,
    doNotDisturb: true,
    blockedCallers: ['+447700900123', 'withheld'],
    blockedCallersHear: 'busy',
  };

  it('are saved before the routing exists without asking Twilio, then deployed with it', async () => {
    expect(setup.get().callHandling).toEqual(defaultCallHandling);
    const who = accounts[2]!;
    await chooseNumber(who);
    const before = double.requests().length;
    expect(await setup.setCallHandling(quiet)).toMatchObject({ callHandling: quiet, problem: null });
    expect(double.requests().length).toBe(before);

    restart();
    expect(setup.get().callHandling).toEqual(quiet);
    expect((await setup.provision()).problem).toBeNull();
    expect(variableOnTwilio(who, 'DIALTONE_DO_NOT_DISTURB')).toEqual(['on']);
    expect(variableOnTwilio(who, 'DIALTONE_BLOCKED_1')).toEqual(['+447700900123,withheld']);
    expect(variableOnTwilio(who, 'DIALTONE_BLOCKED_REJECT')).toEqual(['busy']);
  }, 60_000);

  it('after the setup, do not disturb switches on Twilio without a build; a Twilio failure keeps it saved, not live', async () => {
    const who = accounts[3]!;
    await chooseNumber(who);
    expect((await setup.provision()).problem).toBeNull();
    expect(variableOnTwilio(who, 'DIALTONE_DO_NOT_DISTURB')).toEqual(['off']);
    const built = builds(who);

    double.failNext({ method: 'POST', path: /\/Variables\/ZV\w+$/, status: 500, code: 20500, message: 'Internal' });
    setup.setCallHandling({ ...defaultCallHandling, doNotDisturb: true });
    const failed = await setup.untilSent();
    expect(failed).toMatchObject({
      callHandling: { doNotDisturb: true },
      routingSync: { status: 'not-live', problem: { code: 20500 } },
    });
    expect(variableOnTwilio(who, 'DIALTONE_DO_NOT_DISTURB')).toEqual(['off']);

    // Closed while not live: still saved, still not live, and Try again sends it.
    restart();
    expect(setup.get()).toMatchObject({ callHandling: { doNotDisturb: true }, routingSync: { status: 'not-live' } });
    setup.sendAgain();
    expect((await setup.untilSent()).routingSync.status).toBe('live');
    expect(variableOnTwilio(who, 'DIALTONE_DO_NOT_DISTURB')).toEqual(['on']);
    expect(builds(who)).toBe(built);

    // Removing Dialtone from Twilio keeps the person's block list for a new setup.
    await setup.setCallHandling(quiet);
    expect((await setup.removeFromTwilio(false)).problem).toBeNull();
    expect(setup.get()).toMatchObject({ account: null, callHandling: quiet });
  }, 60_000);

  it('loads progress saved before call handling existed, or with a damaged one, with none of it', () => {
    setup.dismiss();
    const older = createSetupProgressQueries(db).read() as Record<string, unknown>;
    delete older.callHandling;
    for (const saved of [
      older,
      { ...older, callHandling: { doNotDisturb: 'yes' } },
      { ...older, callHandling: { ...quiet, blockedCallers: ['not a number'] } },
    ]) {
      createSetupProgressQueries(db).write({ ...saved, step: 'credentials', dismissed: true });
      restart();
      expect(setup.get()).toMatchObject({ step: 'credentials', dismissed: true, callHandling: defaultCallHandling });
    }
  });
});

describe('what is live at Twilio', () => {
  it('sends a change made while another is on its way after it, never both at once, and ends live', async () => {
    const who = accounts[2]!;
    await chooseNumber(who);
    expect((await setup.provision()).problem).toBeNull();
    const writesBefore = double.requests().filter((r) => r.method === 'POST' && /\/Variables\//.test(r.path)).length;

    setup.setCallHandling({ ...defaultCallHandling, forwarding: { mode: 'always', numbers: ['+15125550142'] } });
    // The tray's switch, pressed while the forwarding is on its way: queued behind it, then sent.
    setup.setCallHandling({ ...setup.get().callHandling, doNotDisturb: true });
    expect(setup.get().routingSync.status).toBe('sending');
    const done = await setup.untilSent();
    expect(done).toMatchObject({ routingSync: { status: 'live' }, callHandling: { doNotDisturb: true } });
    expect(variableOnTwilio(who, 'DIALTONE_FORWARD_TO')).toEqual(['+15125550142']);
    expect(variableOnTwilio(who, 'DIALTONE_DO_NOT_DISTURB')).toEqual(['on']);
    const writes = double.requests().filter((r) => r.method === 'POST' && /\/Variables\//.test(r.path)).length;
    // Each send carries what is saved when it starts: the three changed variables are each written once.
    expect(writes - writesBefore).toBe(3);
  }, 60_000);

  it('resumes a send cut short by closing Dialtone as "not live", with Try again', async () => {
    const who = accounts[0]!;
    await chooseNumber(who);
    expect((await setup.provision()).problem).toBeNull();
    setup.setCallHandling({ ...defaultCallHandling, doNotDisturb: true });
    expect(setup.get().routingSync.status).toBe('sending');
    // Closed before Twilio answered: the record still says "sending".
    const progress = createSetupProgressQueries(db).read() as Record<string, unknown>;
    expect(progress.routingSync).toMatchObject({ status: 'sending' });
    await setup.untilSent();
    createSetupProgressQueries(db).write({
      ...progress,
      routingSync: { status: 'sending', since: '2026-12-03T12:00:00.000Z' },
    });
    restart();
    expect(setup.get().routingSync).toMatchObject({
      status: 'not-live',
      at: '2026-12-03T12:00:00.000Z',
      problem: { whatToDo: expect.stringContaining('Try again') },
    });

    // Closed between saving a change and starting to send it: "live" is not what Twilio has.
    setup.sendAgain();
    expect((await setup.untilSent()).routingSync.status).toBe('live');
    const live = createSetupProgressQueries(db).read() as Record<string, unknown>;
    createSetupProgressQueries(db).write({ ...live, callHandling: { ...defaultCallHandling, doNotDisturb: false } });
    restart();
    expect(setup.get().routingSync).toMatchObject({ status: 'not-live' });
  }, 60_000);

  it('"Check with Twilio" names the settings someone changed in the Twilio Console, in one request', async () => {
    const who = accounts[1]!;
    await chooseNumber(who);
    expect((await setup.provision()).problem).toBeNull();
    expect((await setup.checkWithTwilio()).routingCheck).toMatchObject({ status: 'done', differences: [] });

    await changeVariableInConsole(double, who, 'DIALTONE_DO_NOT_DISTURB', 'on');
    await changeVariableInConsole(double, who, 'DIALTONE_BLOCKED_3', '+1900*');
    const before = double.requests().length;
    expect((await setup.checkWithTwilio()).routingCheck).toMatchObject({
      status: 'done',
      differences: [{ id: 'setup.settingDoNotDisturb' }, { id: 'setup.settingBlocked' }],
    });
    expect(double.requests().length - before).toBe(1);

    setup.sendAgain();
    expect((await setup.untilSent()).routingSync.status).toBe('live');
    expect((await setup.checkWithTwilio()).routingCheck).toMatchObject({ status: 'done', differences: [] });

    double.failNext({ method: 'GET', path: /\/Variables$/, status: 500, code: 20500, message: 'Internal' });
    expect((await setup.checkWithTwilio()).routingCheck).toMatchObject({ status: 'failed', problem: { code: 20500 } });
  }, 60_000);
});
