import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import { openSqlite } from '../../db/sqlite';
import type { SetupState } from '../../../shared/models/twilio-setup';
import { databaseFileName, type Backend } from '../../create-backend';
import { createMemoryLogger } from '../../logging/logger';
import { createMemorySecretStore, type SecretStore } from '../../secrets/secret-store';
import { makeTempDir } from '../../test-support/backend-fixture';
import { backendOnTwilio, routerCalls } from '../../test-support/backend-on-twilio';

/*
 * The setup service through the contract router, against the Twilio double behind Prism: what a
 * restart keeps, what never leaves main, and the order the steps must come in.
 */

const otherAccount = {
  ...defaultAccount,
  sid: 'AC22222222222222222222222222222222',
  authToken: 'bbbbccccddddeeeeffff000011112222',
  friendlyName: 'Another account',
};

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [defaultAccount, otherAccount] });
}, 60_000);
afterAll(() => double.stop());

let temp: ReturnType<typeof makeTempDir>;
let secrets: SecretStore;
let logger: ReturnType<typeof createMemoryLogger>;
let backend: Backend;
let events: Array<{ event: string; payload: unknown }>;

async function start(): Promise<void> {
  backend = await backendOnTwilio(double.endpoints, { dataDir: temp.dir, secrets, logger });
  backend.events.subscribe((event, payload) => void events.push({ event, payload }));
}

beforeEach(async () => {
  temp = makeTempDir('dialtone-setup-');
  secrets = createMemorySecretStore();
  logger = createMemoryLogger();
  events = [];
  await start();
});
afterEach(async () => {
  await backend.close();
  temp.remove();
  double.assertNoValidationErrors();
});

const { invoke } = routerCalls(() => backend);

const signIn = { kind: 'auth-token', accountSid: defaultAccount.sid, authToken: defaultAccount.authToken } as const;

async function reachProvision(): Promise<SetupState> {
  expect((await invoke('setup:connect-twilio', signIn)).problem).toBeNull();
  await invoke('setup:go-to', { step: 'edge' });
  await invoke('setup:set-edge', { edge: 'dublin' });
  const [first] = (await invoke('setup:search-numbers', { country: 'US', type: 'local', voice: true, sms: false }))
    .items;
  return invoke('setup:choose-number', { kind: 'buy', phoneNumber: first!.phoneNumber, confirmPurchase: true });
}

describe('setup service', () => {
  it('resumes after a restart where it stopped, and finishes with a Twilio phone line', async () => {
    const chosen = await reachProvision();
    expect(chosen).toMatchObject({ step: 'provision', edge: 'dublin', number: { purchased: true }, problem: null });

    await backend.close();
    await start();
    const resumed = await invoke('setup:get');
    expect(resumed).toMatchObject({ step: 'provision', edge: 'dublin', number: chosen.number, busy: false });

    const done = await invoke('setup:provision');
    expect(done.problem).toBeNull();
    expect(done.step).toBe('finish');
    expect(done.tasks.map((task) => task.status)).toEqual(Array(7).fill('done'));
    const [line] = await invoke('accounts:list');
    const phoneNumber = chosen.number!.phoneNumber;
    expect(line).toMatchObject({
      id: done.accountId,
      provider: 'twilio',
      authUsername: phoneNumber,
      transport: 'tls',
      srtp: 'mandatory',
      hasPassword: true,
    });
    expect(line!.sipAddress).toMatch(new RegExp(`^\\${phoneNumber}@dialtone-\\d+-[a-z0-9]{4}\\.sip\\.twilio\\.com$`));
    expect(double.state().purchases.filter((p) => p.accountSid === defaultAccount.sid)).toHaveLength(1);
  });

  it('never lets the Auth Token or the SIP password out of main: not in answers, events or logs', async () => {
    await reachProvision();
    const done = await invoke('setup:provision');
    const sipPassword = await secrets.get('twilio:sip-password');
    expect(sipPassword).toMatch(/^[A-Za-z0-9]{20,}$/);
    const seen = JSON.stringify([
      done,
      await invoke('setup:get'),
      await invoke('accounts:list'),
      events,
      logger.records,
    ]);
    expect(seen).not.toContain(defaultAccount.authToken);
    expect(seen).not.toContain(sipPassword);
    expect(events.filter((e) => e.event === 'setup:changed').length).toBeGreaterThan(7);
  });

  it('numbers every state it publishes, and an answer carries the revision of the newest', async () => {
    await reachProvision();
    const done = await invoke('setup:provision');
    const revisions = events.filter((e) => e.event === 'setup:changed').map((e) => (e.payload as SetupState).revision);
    expect(revisions.length).toBeGreaterThan(7);
    revisions.slice(1).forEach((revision, index) => expect(revision).toBe(revisions[index]! + 1));
    expect(done.revision).toBe(revisions.at(-1));
  });

  it('refuses steps out of order, a second number once the first is set up, and another account', async () => {
    await expect(invoke('setup:provision')).rejects.toThrow(/^out-of-order: Choose a number first/);
    await expect(invoke('setup:go-to', { step: 'number' })).rejects.toThrow(/^out-of-order/);
    await reachProvision();
    await invoke('setup:provision');
    const [other] = (await invoke('setup:search-numbers', { country: 'US', type: 'local', voice: true, sms: false }))
      .items;
    const refused = await invoke('setup:choose-number', {
      kind: 'buy',
      phoneNumber: other!.phoneNumber,
      confirmPurchase: true,
    });
    expect(refused.problem?.whatToDo).toMatch(/remove Dialtone from the Twilio account/);
    expect(double.state().purchases.filter((p) => p.phoneNumber === other!.phoneNumber)).toEqual([]);

    const elsewhere = await invoke('setup:connect-twilio', {
      kind: 'auth-token',
      accountSid: otherAccount.sid,
      authToken: otherAccount.authToken,
    });
    expect(elsewhere.problem?.whatToDo).toMatch(/remove Dialtone from the Twilio account/);
    expect(elsewhere.account?.sid).toBe(defaultAccount.sid);
  });

  it('keeps a number it bought as bought when Twilio’s answers about it were unusable and the choice is made again', async () => {
    expect((await invoke('setup:connect-twilio', signIn)).problem).toBeNull();
    await invoke('setup:go-to', { step: 'edge' });
    await invoke('setup:set-edge', { edge: 'dublin' });
    const search = { country: 'US', type: 'local', areaCode: '646', voice: true, sms: false } as const;
    const [wanted] = (await invoke('setup:search-numbers', search)).items;
    const choice = { kind: 'buy', phoneNumber: wanted!.phoneNumber, confirmPurchase: true } as const;
    double.corruptNext({ method: 'POST', path: /IncomingPhoneNumbers\.json$/, set: { phone_number: null } });
    double.corruptNext({
      method: 'GET',
      path: /IncomingPhoneNumbers\.json$/,
      list: 'incoming_phone_numbers',
      set: { phone_number: null },
      times: 2,
    });
    const stopped = await invoke('setup:choose-number', choice);
    expect(stopped.problem?.message).toMatch(/lacked something Dialtone needs \(phone_number\)/);
    expect(stopped).toMatchObject({ number: null, step: 'number' });

    // Dialtone restarts in between: what it was buying is remembered.
    await backend.close();
    await start();
    const chosen = await invoke('setup:choose-number', choice);
    expect(chosen).toMatchObject({ problem: null, number: { phoneNumber: wanted!.phoneNumber, purchased: true } });
    expect(double.state().purchases.filter((p) => p.phoneNumber === wanted!.phoneNumber)).toHaveLength(1);
  });

  it('lets the line call its number’s country, and the countries the person adds, before and after the setup', async () => {
    const chosen = await reachProvision();
    expect(chosen.allowedCountries).toEqual(['US']);
    // Other tests set up other numbers on the same account: this line's routing service is named for its number.
    const serviceName = `dialtone-${chosen.number!.phoneNumber.slice(1)}`;
    const variable = () => {
      const state = double.state();
      const service = state.services.find((s) => s.uniqueName === serviceName);
      return state.variables
        .filter((v) => v.serviceSid === service?.sid && v.key === 'DIALTONE_ALLOWED_COUNTRIES')
        .map((v) => v.value);
    };
    const before = double.requests().length;
    expect((await invoke('setup:set-allowed-countries', { countries: ['US', 'CA'] })).allowedCountries).toEqual([
      'US',
      'CA',
    ]);
    expect(double.requests().length).toBe(before);

    await invoke('setup:provision');
    expect(variable()).toEqual(['US,CA']);
    const builds = double.state().builds.length;

    double.failNext({ method: 'POST', path: /\/Variables\/ZV\w+$/, status: 500, code: 20500, message: 'Internal' });
    const saved = await invoke('setup:set-allowed-countries', { countries: ['US', 'CA', 'MX'] });
    expect(saved).toMatchObject({ allowedCountries: ['US', 'CA', 'MX'], problem: null });
    await expect
      .poll(async () => (await invoke('setup:get')).routingSync)
      .toMatchObject({
        status: 'not-live',
        problem: { code: 20500 },
      });
    expect(variable()).toEqual(['US,CA']);

    await invoke('setup:send-routing-again');
    await expect.poll(async () => (await invoke('setup:get')).routingSync.status).toBe('live');
    expect(variable()).toEqual(['US,CA,MX']);
    expect(double.state().builds.length).toBe(builds);

    await backend.close();
    await start();
    expect((await invoke('setup:get')).allowedCountries).toEqual(['US', 'CA', 'MX']);
    await expect(invoke('setup:set-allowed-countries', { countries: ['US', 'XX'] })).rejects.toThrow(
      /^invalid-request/,
    );
    await expect(invoke('setup:set-allowed-countries', { countries: ['US', 'US'] })).rejects.toThrow(/once/);
  });

  it('starts over, and says so in the log, when the saved progress is damaged', async () => {
    await reachProvision();
    await backend.close();
    const db = openSqlite(join(temp.dir, databaseFileName));
    db.prepare('UPDATE setup_progress SET state = \'{"step":"nowhere"}\'').run();
    db.close();
    await start();
    expect(await invoke('setup:get')).toMatchObject({ step: 'welcome', number: null, account: null });
    expect(logger.records.map((record) => record.message)).toContain(
      'The saved setup progress was unreadable; the setup starts over',
    );
  });
});
