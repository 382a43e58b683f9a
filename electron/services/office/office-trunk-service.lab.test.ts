import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import type { OfficeTrunkInput } from '../../../shared/models/office-trunk';
import type { Backend } from '../../create-backend';
import { pbxPasswordPlaceholder } from '../../pbx/pbx-config-input';
import { createMemorySecretStore, type SecretStore } from '../../secrets/secret-store';
import { makeTempDir } from '../../test-support/backend-fixture';
import { backendOnTwilio, routerCalls } from '../../test-support/backend-on-twilio';
import { trunkHoldings } from '../../twilio/trunking/trunking-test-kit';

/*
 * The office trunk through the contract router, against the Twilio double behind Prism (the trunking contract):
 * made on the account the phone-line setup connected, resumed after a restart without duplicates, its files
 * previewed with placeholders and saved with the real password, and removed with the number given back.
 */

const officeNumber = '+15125550100';
const oldVoiceUrl = 'https://demo.twilio.com/welcome/voice/';
const account: DoubleAccount = {
  sid: `AC${'4'.repeat(32)}`,
  authToken: `${'b'.repeat(16)}${'4'.repeat(16)}`,
  friendlyName: 'Office',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: officeNumber, voiceUrl: oldVoiceUrl }],
};

const asterisk: OfficeTrunkInput = {
  pbx: 'asterisk',
  pbxAddress: '203.0.113.7',
  port: 5061,
  secure: true,
  phoneNumber: officeNumber,
  friendlyName: 'Office PBX',
  country: 'US',
  dialtoneExtension: '1001',
  addDialtonePhone: true,
};

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 60_000);
afterAll(() => double.stop());

let temp: ReturnType<typeof makeTempDir>;
let secrets: SecretStore;
let backend: Backend;
let events: Array<{ event: string; payload: unknown }>;

async function start(): Promise<void> {
  backend = await backendOnTwilio(double.endpoints, { dataDir: temp.dir, secrets });
  backend.events.subscribe((event, payload) => void events.push({ event, payload }));
}

beforeEach(async () => {
  temp = makeTempDir('dialtone-office-');
  secrets = createMemorySecretStore();
  events = [];
  await start();
});
afterEach(async () => {
  await backend.close();
  temp.remove();
  double.assertNoValidationErrors();
});

const { call, invoke } = routerCalls(() => backend);

const signIn = { kind: 'auth-token', accountSid: account.sid, authToken: account.authToken } as const;

describe('office trunk service', () => {
  it('needs the Twilio account connected first, and says so', async () => {
    const result = await call('office:provision', asterisk);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'out-of-order',
        message: /Connect your Twilio account/,
        words: { id: 'office.connectAccountFirst' },
      },
    });
    expect(trunkHoldings(double, account).trunks).toHaveLength(0);
  });

  it('makes the trunk, resumes after a restart without duplicates, and removes it with the number given back', async () => {
    expect((await invoke('setup:connect-twilio', signIn)).problem).toBeNull();
    const made = await invoke('office:provision', asterisk);
    expect(made).toMatchObject({ ready: true, problem: null, busy: false, dialtonePhone: true });
    expect(made.tasks.map((task) => task.status)).toEqual(Array(6).fill('done'));
    expect(made.tasks.find((task) => task.id === 'credentials')?.detailWords).toEqual({
      id: 'office.taskUsername',
      values: { username: made.username },
    });
    expect(made.terminationDomain).toMatch(/^dialtone-15125550100-[a-z0-9]{4}\.pstn\.twilio\.com$/);
    expect(made.files.map((file) => file.fileName)).toEqual(['pjsip.conf', 'extensions.conf', 'firewall-notes.txt']);
    const notes = made.files.find((file) => file.fileName === 'firewall-notes.txt')!;
    expect(notes.description).toEqual({ id: 'office.fileFirewallNotes' });
    expect(notes.notes?.[0]?.[0]).toMatchObject({
      id: 'office.firewallTitle',
      values: { domain: made.terminationDomain },
    });
    // Progress came as events, each task running before done.
    const taskEvents = events.filter((e) => e.event === 'office:changed').length;
    expect(taskEvents).toBeGreaterThanOrEqual(12);

    const held = trunkHoldings(double, account);
    expect(held.trunks).toHaveLength(1);
    expect(held.originationUrls).toHaveLength(1);
    expect(held.credentialLists).toHaveLength(1);
    expect(held.ipAccessControlLists).toHaveLength(1);
    expect(held.number.trunkSid).toBe(held.trunks[0]!.sid);

    // The preview has the placeholder, the saved file the password Twilio holds; neither leaves it in an event.
    const pjsip = made.files.find((file) => file.fileName === 'pjsip.conf')!;
    expect(pjsip.content).toContain(pbxPasswordPlaceholder);
    const saved = await invoke('office:file-to-save', { fileName: 'pjsip.conf' });
    const password = (await secrets.get('office:termination-password'))!;
    expect(held.credentials[0]!.username).toBe(made.username);
    expect(saved.content).toContain(`password=${password}`);
    expect(saved.content).not.toContain(pbxPasswordPlaceholder);
    expect(JSON.stringify(events)).not.toContain(password);

    // Dialtone registers to the PBX as extension 1001.
    const phone = (await invoke('accounts:list')).find((a) => a.authUsername === 'dialtone-1001');
    expect(phone).toMatchObject({
      registrar: '203.0.113.7:5061',
      transport: 'tls',
      srtp: 'mandatory',
      hasPassword: true,
    });

    await backend.close();
    await start();
    expect(await invoke('office:get')).toMatchObject({ ready: true, terminationDomain: made.terminationDomain });
    const rerun = await invoke('office:provision', asterisk);
    expect(rerun).toMatchObject({ ready: true, terminationDomain: made.terminationDomain });
    const again = trunkHoldings(double, account);
    expect(
      [again.trunks, again.originationUrls, again.credentialLists, again.credentials, again.ipAddresses].map(
        (l) => l.length,
      ),
    ).toEqual([1, 1, 1, 1, 1]);
    expect((await invoke('accounts:list')).filter((a) => a.authUsername === 'dialtone-1001')).toHaveLength(1);
    // The same password on the rerun: the PBX's saved file keeps working.
    expect((await invoke('office:file-to-save', { fileName: 'pjsip.conf' })).content).toContain(`password=${password}`);

    const removal = await invoke('office:remove');
    expect(removal.problem).toBeNull();
    expect(removal.removed.map((said) => said.id)).toContain('office.removedTrunk');
    const after = trunkHoldings(double, account);
    expect([after.trunks, after.credentialLists, after.ipAccessControlLists].map((l) => l.length)).toEqual([0, 0, 0]);
    expect(after.number.trunkSid).toBeNull();
    expect(after.number.fields.voice_url).toBe(oldVoiceUrl);
    expect(await invoke('office:get')).toMatchObject({ input: null, ready: false, files: [] });
    expect(await secrets.get('office:termination-password')).toBeUndefined();
    expect(await call('office:file-to-save', { fileName: 'pjsip.conf' })).toMatchObject({
      ok: false,
      error: { code: 'out-of-order' },
    });
  });

  it('connects a BigBlueButton server by host name, with the FreeSWITCH gateway and the dial-in plan', async () => {
    await invoke('setup:connect-twilio', signIn);
    const bbb = await invoke('office:provision', {
      ...asterisk,
      pbx: 'bigbluebutton',
      pbxAddress: 'BBB.Example.org',
      port: undefined,
      secure: false,
      sourceAddress: '198.51.100.4',
      dialtoneExtension: null,
      addDialtonePhone: false,
    });
    expect(bbb).toMatchObject({ ready: true, problem: null, dialtonePhone: false });
    expect(bbb.files.map((file) => file.fileName)).toEqual([
      'twilio-trunk.xml',
      'twilio-dial-in.xml',
      'firewall-notes.txt',
    ]);
    const held = trunkHoldings(double, account);
    expect(held.originationUrls.map((url) => url.sipUrl)).toEqual(['sip:bbb.example.org']);
    expect(held.ipAddresses.map((ip) => ip.ipAddress)).toEqual(['198.51.100.4']);
    const gateway = await invoke('office:file-to-save', { fileName: 'twilio-trunk.xml' });
    expect(gateway.content).toContain(
      `<param name="password" value="${await secrets.get('office:termination-password')}"/>`,
    );
    expect((await invoke('accounts:list')).filter((a) => a.authUsername.startsWith('dialtone-'))).toHaveLength(0);
    expect((await invoke('office:remove')).problem).toBeNull();
    expect(trunkHoldings(double, account).trunks).toHaveLength(0);
  });

  it('refuses the phone line’s own number, a number not on the account, and hostile input, with what to do', async () => {
    await invoke('setup:connect-twilio', signIn);
    // The fields first, while the number is free: a number already taken is refused before them.
    const privateAddress = await call('office:provision', { ...asterisk, pbxAddress: '192.168.1.10' });
    expect(privateAddress).toMatchObject({
      ok: false,
      error: { message: /public IPv4 address/, words: { id: 'office.pbxAddressExpected' } },
    });
    const hostNameOnly = await call('office:provision', { ...asterisk, pbxAddress: 'pbx.example.com' });
    expect(hostNameOnly).toMatchObject({
      ok: false,
      error: { message: /public IPv4 address its calls come from/, words: { id: 'office.sourceAddressNeeded' } },
    });
    const noExtension = await call('office:provision', { ...asterisk, dialtoneExtension: null });
    expect(noExtension).toMatchObject({
      ok: false,
      error: { message: /extension number/, words: { id: 'office.extensionNeeded' } },
    });
    await invoke('setup:go-to', { step: 'edge' });
    await invoke('setup:set-edge', { edge: 'dublin' });
    const line = await invoke('setup:choose-number', { kind: 'adopt', sid: trunkHoldings(double, account).number.sid });
    expect(line.number?.phoneNumber).toBe(officeNumber);
    const lineNumber = await call('office:provision', asterisk);
    expect(lineNumber).toMatchObject({
      ok: false,
      error: {
        message: /your Dialtone phone line’s number/,
        words: { id: 'office.numberIsLine', values: { phoneNumber: officeNumber } },
      },
    });
    const notOurs = await invoke('office:provision', { ...asterisk, phoneNumber: '+15125550199' });
    expect(notOurs.problem?.message).toMatch(/not one of this Twilio account’s numbers/);
    expect(notOurs.problem).toMatchObject({
      messageWords: { id: 'office.notOnAccount', values: { phoneNumber: '+15125550199' } },
      whatToDoWords: { id: 'office.notOnAccountAdvice' },
    });
    const injected = await call('office:provision', { ...asterisk, friendlyName: 'Office\n[evil]' });
    expect(injected).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const huge = await call('office:provision', { ...asterisk, pbxAddress: 'a'.repeat(100_000) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const otherFile = await call('office:file-to-save', { fileName: '../../etc/passwd' as never });
    expect(otherFile).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(trunkHoldings(double, account).trunks).toHaveLength(0);
  });
});
