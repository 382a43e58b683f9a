import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import type { InvokeInput } from '../../../shared/contract/invoke-channels';
import type { Backend } from '../../create-backend';
import { createMemorySecretStore, type SecretStore } from '../../secrets/secret-store';
import { makeTempDir } from '../../test-support/backend-fixture';
import { backendOnTwilio, routerCalls } from '../../test-support/backend-on-twilio';
import { memberPasswordKey } from '../setup/team-change';
import { openInvitation } from './line-invitation-crypto';

/*
 * People added to and removed from the line's SIP domain, through the contract router, against the Twilio
 * double behind Prism: each has a credential on the line's list, a number of theirs is sent to the routing, and
 * removal undoes exactly that.
 */

const lineNumber = '+15125550301';
const samNumber = '+15125550302';
const samOldVoiceUrl = 'https://example.com/sam-old-voice';
const account: DoubleAccount = {
  sid: `AC${'3'.repeat(32)}`,
  authToken: `${'a'.repeat(16)}${'3'.repeat(16)}`,
  friendlyName: 'Team',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: lineNumber }, { phoneNumber: samNumber, voiceUrl: samOldVoiceUrl }],
};

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 60_000);
afterAll(() => double.stop());

let temp: ReturnType<typeof makeTempDir>;
let secrets: SecretStore;
let backend: Backend;

beforeEach(async () => {
  temp = makeTempDir('dialtone-team-');
  secrets = createMemorySecretStore();
  backend = await backendOnTwilio(double.endpoints, { dataDir: temp.dir, secrets });
});
afterEach(async () => {
  await backend.close();
  temp.remove();
  double.assertNoValidationErrors();
});

const { call, invoke } = routerCalls(() => backend);

/** The phone line on lineNumber, as the wizard makes it. */
async function setUpLine(): Promise<void> {
  await invoke('setup:connect-twilio', { kind: 'auth-token', accountSid: account.sid, authToken: account.authToken });
  await invoke('setup:go-to', { step: 'edge' });
  await invoke('setup:set-edge', { edge: 'dublin' });
  const { items } = await invoke('setup:list-owned-numbers');
  const line = items.find((number) => number.phoneNumber === lineNumber)!;
  await invoke('setup:choose-number', { kind: 'adopt', sid: line.sid });
  expect((await invoke('setup:provision')).problem).toBeNull();
}

const state = () => double.state();
const lineList = () => state().credentialLists.find((list) => list.friendlyName.includes(lineNumber.slice(1)))!;
const usernamesOnLine = () =>
  state()
    .credentials.filter((credential) => credential.credentialListSid === lineList().sid)
    .map((credential) => credential.username)
    .sort();
const voiceUrlOf = (phoneNumber: string) =>
  state().numbers.find((number) => number.phoneNumber === phoneNumber)!.fields.voice_url;

describe('team service', () => {
  it('adds a person with a number and one with an extension, then removes them, undoing exactly that', async () => {
    await setUpLine();
    const routing = voiceUrlOf(lineNumber)!;
    expect(routing).toMatch(/\/inbound$/);

    const withNumber = await invoke('team:add-member', {
      kind: 'number',
      displayName: 'Sam',
      phoneNumber: samNumber,
      extension: '102',
    });
    expect(withNumber.problem).toBeNull();
    expect(withNumber.setup.team.members).toEqual([
      { username: samNumber, displayName: 'Sam', phoneNumber: samNumber, extension: '102' },
    ]);
    expect(voiceUrlOf(samNumber)).toBe(routing);
    const byName = await invoke('team:add-member', {
      kind: 'extension',
      displayName: 'Kim',
      username: 'kim',
      extension: '101',
    });
    expect(byName.setup.team.members.map((member) => member.username)).toEqual([samNumber, 'kim']);
    expect(usernamesOnLine()).toEqual([lineNumber, samNumber, 'kim'].sort());
    expect(await secrets.get(memberPasswordKey('kim'))).toMatch(/^[A-Za-z0-9]{20,}$/);
    const kimPassword = (await secrets.get(memberPasswordKey('kim')))!;
    expect(JSON.stringify(byName)).not.toContain(kimPassword);
    // The routing learns the team from its variables, without a new build.
    const variable = (key: string) => state().variables.find((v) => v.key === key)?.value;
    await expect.poll(() => variable('DIALTONE_TEAM_1')).toBe(`${samNumber}:102,kim:101`);
    expect(state().builds).toHaveLength(1);

    // Kim's invitation opens, with the passphrase, to her line on the domain; the passphrase never comes back.
    const invitation = await invoke('team:export-invitation', {
      username: 'kim',
      inviterName: 'Ada',
      passphrase: 'blue pelican at noon',
    });
    expect(invitation.code).toMatch(/^dialtone-invite:1:/);
    expect(JSON.stringify(invitation)).not.toContain(kimPassword);
    const line = await openInvitation(invitation.file, 'blue pelican at noon');
    expect(line).toEqual({
      sipDomain: state().domains[0]!.domainName,
      username: 'kim',
      password: kimPassword,
      edge: 'dublin',
      displayName: 'Kim',
      inviterName: 'Ada',
      phoneNumber: null,
    });
    expect(
      await call('team:export-invitation', { username: 'kim', inviterName: 'Ada', passphrase: 'short' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });

    const removed = await invoke('team:remove-member', { username: samNumber });
    expect(removed.problem).toBeNull();
    expect(removed.setup.team.members.map((member) => member.username)).toEqual(['kim']);
    expect(usernamesOnLine()).toEqual([lineNumber, 'kim'].sort());
    expect(voiceUrlOf(samNumber)).toBe(samOldVoiceUrl);
    expect(await secrets.get(memberPasswordKey(samNumber))).toBeUndefined();
    expect(voiceUrlOf(lineNumber)).toBe(routing);

    // Removing Dialtone from the account takes the team with it, numbers given back as they were.
    await invoke('team:add-member', { kind: 'number', displayName: 'Sam', phoneNumber: samNumber, extension: null });
    expect(voiceUrlOf(samNumber)).toBe(routing);
    const removal = await invoke('setup:remove-from-twilio', { releaseNumber: false });
    expect(removal.problem).toBeNull();
    expect(voiceUrlOf(samNumber)).toBe(samOldVoiceUrl);
    expect(state().credentials).toEqual([]);
    expect(await secrets.get(memberPasswordKey(samNumber))).toBeUndefined();
    expect(await secrets.get(memberPasswordKey('kim'))).toBeUndefined();
    expect((await invoke('setup:get')).team.members).toEqual([]);
  });

  it('refuses what cannot work, saying what to change, and Twilio’s refusal changes nothing', async () => {
    await setUpLine();
    const refused = async (payload: InvokeInput<'team:add-member'>) => {
      const result = await call('team:add-member', payload);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error.message;
    };
    expect(await refused({ kind: 'number', displayName: 'Me', phoneNumber: lineNumber, extension: null })).toMatch(
      /number of this line/,
    );
    expect(await refused({ kind: 'number', displayName: 'X', phoneNumber: '+15125550399', extension: null })).toMatch(
      /not on this Twilio account/,
    );
    await invoke('team:add-member', { kind: 'extension', displayName: 'Kim', username: 'kim', extension: '101' });
    expect(await refused({ kind: 'extension', displayName: 'Lee', username: 'lee', extension: '101' })).toMatch(
      /Extension 101 is Kim’s/,
    );
    expect(await refused({ kind: 'extension', displayName: 'Kim 2', username: 'kim', extension: null })).toMatch(
      /already has kim/,
    );
    const hostile = await call('team:add-member', {
      kind: 'extension',
      displayName: 'Eve',
      username: 'eve\r\nX-Injected: 1',
      extension: null,
    });
    expect(hostile.ok).toBe(false);
    const twoLines = await call('team:add-member', {
      kind: 'extension',
      displayName: 'Eve\nAdmin',
      username: 'eve',
      extension: null,
    });
    expect(twoLines).toMatchObject({ ok: false, error: { message: expect.stringMatching(/on one line/) } });

    double.failNext({ method: 'POST', path: /\/Credentials\.json$/, status: 500, code: 20500, message: 'Internal' });
    expect(await call('team:set-default-caller-id', { phoneNumber: '+15125550399' })).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/not on this Twilio account/),
        words: { id: 'team.numberNotOnAccount', values: { phoneNumber: '+15125550399' } },
      },
    });
    const callerId = await invoke('team:set-default-caller-id', { phoneNumber: samNumber });
    expect(callerId.setup.team.defaultCallerId).toBe(samNumber);

    const failed = await invoke('team:add-member', {
      kind: 'extension',
      displayName: 'Lee',
      username: 'lee',
      extension: '103',
    });
    expect(failed.problem?.code).toBe(20500);
    expect(failed.setup.team.members.map((member) => member.username)).toEqual(['kim']);
    expect(usernamesOnLine()).not.toContain('lee');
    // Tried again, it finishes.
    const again = await invoke('team:add-member', {
      kind: 'extension',
      displayName: 'Lee',
      username: 'lee',
      extension: '103',
    });
    expect(again.problem).toBeNull();
    expect(usernamesOnLine()).toContain('lee');
  });

  it('says the line must be set up first', async () => {
    const result = await call('team:add-member', {
      kind: 'extension',
      displayName: 'Kim',
      username: 'kim',
      extension: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'out-of-order' } });
  });
});
