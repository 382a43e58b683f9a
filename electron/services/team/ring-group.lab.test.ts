import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { Backend } from '../../create-backend';
import { createMemorySecretStore } from '../../secrets/secret-store';
import { makeTempDir } from '../../test-support/backend-fixture';
import { backendOnTwilio, routerCalls } from '../../test-support/backend-on-twilio';
import { inEnglish } from '../../../shared/text/words';

/*
 * Ring groups, through the contract router, against the Twilio double behind Prism: a group's number is pointed
 * at the routing's /inbound (its VoiceUrl only), the routing's variables carry the group, and removing the group,
 * the last person it rang, or Dialtone itself gives the number its old routing back.
 */

const lineNumber = '+15125550401';
const samNumber = '+15125550402';
const salesNumber = '+15125550403';
const supportNumber = '+15125550404';
const salesOldVoiceUrl = 'https://example.com/sales-old-voice';
const account: DoubleAccount = {
  sid: `AC${'4'.repeat(32)}`,
  authToken: `${'a'.repeat(16)}${'4'.repeat(16)}`,
  friendlyName: 'Ring groups',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [
    { phoneNumber: lineNumber },
    { phoneNumber: samNumber },
    { phoneNumber: salesNumber, voiceUrl: salesOldVoiceUrl },
    { phoneNumber: supportNumber },
  ],
};

let double: TwilioDouble;
beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 60_000);
afterAll(() => double.stop());

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeEach(async () => {
  temp = makeTempDir('dialtone-ring-group-');
  backend = await backendOnTwilio(double.endpoints, { dataDir: temp.dir, secrets: createMemorySecretStore() });
});
afterEach(async () => {
  await backend.close();
  temp.remove();
  double.assertNoValidationErrors();
});

const { invoke, refusal } = routerCalls(() => backend);

/** The answer's value; Twilio refusing (a problem in the answer) fails the test too. */
async function value<C extends InvokeChannel>(channel: C, payload?: InvokeInput<C>): Promise<InvokeOutput<C>> {
  const answer = await invoke(channel, payload);
  if (answer && typeof answer === 'object' && 'problem' in answer && answer.problem) {
    throw new Error(`Twilio refused: ${answer.problem.message}`);
  }
  return answer;
}
/** The phone line on lineNumber, as the wizard makes it, with Sam (his number) and Kim (by name) in the team. */
async function setUpTeam(): Promise<void> {
  await value('setup:connect-twilio', { kind: 'auth-token', accountSid: account.sid, authToken: account.authToken });
  await value('setup:go-to', { step: 'edge' });
  await value('setup:set-edge', { edge: 'dublin' });
  const { items } = await value('setup:list-owned-numbers');
  await value('setup:choose-number', { kind: 'adopt', sid: items.find((n) => n.phoneNumber === lineNumber)!.sid });
  await value('setup:provision');
  await value('team:add-member', { kind: 'number', displayName: 'Sam', phoneNumber: samNumber, extension: null });
  await value('team:add-member', { kind: 'extension', displayName: 'Kim', username: 'kim', extension: '101' });
}

const fieldsOf = (phoneNumber: string) => double.state().numbers.find((n) => n.phoneNumber === phoneNumber)!.fields;
const variable = (key: string) => double.state().variables.find((v) => v.key === key)?.value;
describe('ring groups', () => {
  it('points the group’s number at the routing, sends the group to its variables, and undoes both', async () => {
    await setUpTeam();
    const routing = fieldsOf(lineNumber).voice_url!;
    const salesBefore = fieldsOf(salesNumber);
    const supportBefore = fieldsOf(supportNumber).voice_url;

    const added = await value('team:add-ring-group', {
      phoneNumber: salesNumber,
      name: 'Sales',
      members: [lineNumber, 'kim', samNumber],
    });
    expect(added.setup.team.ringGroups).toEqual([
      { phoneNumber: salesNumber, name: 'Sales', members: [lineNumber, 'kim', samNumber] },
    ]);
    // Only where calls go changes: messages to the number still go where they went.
    expect(fieldsOf(salesNumber)).toMatchObject({ voice_url: routing, voice_method: 'POST' });
    expect(fieldsOf(salesNumber).sms_url).toBe(salesBefore.sms_url);
    await expect.poll(() => variable('DIALTONE_RING_GROUP_1')).toBe(`${salesNumber}=${lineNumber},kim,${samNumber}`);
    await expect.poll(() => variable('DIALTONE_RING_GROUP_2')).toBe('none');

    await value('team:add-ring-group', { phoneNumber: supportNumber, name: 'Support', members: ['kim'] });
    expect(fieldsOf(supportNumber).voice_url).toBe(routing);
    await expect.poll(() => variable('DIALTONE_RING_GROUP_2')).toBe(`${supportNumber}=kim`);

    // Kim leaves: out of Sales, and Support, which rang only her, goes with its number given back.
    const withoutKim = await value('team:remove-member', { username: 'kim' });
    expect(withoutKim.setup.team.ringGroups).toEqual([
      { phoneNumber: salesNumber, name: 'Sales', members: [lineNumber, samNumber] },
    ]);
    expect(fieldsOf(supportNumber).voice_url).toBe(supportBefore);
    await expect.poll(() => variable('DIALTONE_RING_GROUP_1')).toBe(`${salesNumber}=${lineNumber},${samNumber}`);
    await expect.poll(() => variable('DIALTONE_RING_GROUP_2')).toBe('none');

    const removed = await value('team:remove-ring-group', { phoneNumber: salesNumber });
    expect(removed.setup.team.ringGroups).toEqual([]);
    expect(fieldsOf(salesNumber).voice_url).toBe(salesOldVoiceUrl);
    await expect.poll(() => variable('DIALTONE_RING_GROUP_1')).toBe('none');
    expect(await refusal('team:remove-ring-group', { phoneNumber: salesNumber })).toMatch(/No ring group/);

    // Removing Dialtone from the account gives a group's number its old routing back too.
    await value('team:add-ring-group', { phoneNumber: salesNumber, name: 'Sales', members: [samNumber] });
    expect(fieldsOf(salesNumber).voice_url).toBe(routing);
    const removal = await value('setup:remove-from-twilio', { releaseNumber: false });
    expect(removal.problem).toBeNull();
    expect(removal.removed.map((item) => inEnglish(item))).toContain(
      `The ring group on ${salesNumber}, and its number’s routing`,
    );
    expect(fieldsOf(salesNumber).voice_url).toBe(salesOldVoiceUrl);
    expect((await value('setup:get')).team.ringGroups).toEqual([]);
  });

  it('refuses a group that cannot work, saying what to change, and Twilio’s refusal changes nothing', async () => {
    await setUpTeam();
    const group = (phoneNumber: string, members: string[] = ['kim'], name = 'Sales') => ({
      phoneNumber,
      name,
      members,
    });
    expect(await refusal('team:add-ring-group', group(lineNumber))).toMatch(/number of this line/);
    expect(await refusal('team:add-ring-group', group(samNumber))).toMatch(/Sam’s number/);
    expect(await refusal('team:add-ring-group', group('+15125550499'))).toMatch(/not on this Twilio account/);
    expect(await refusal('team:add-ring-group', group(salesNumber, ['kim', 'lee']))).toMatch(/lee is not in the team/);
    // What the contract refuses never reaches the service.
    expect(await refusal('team:add-ring-group', group(salesNumber, ['kim', 'kim']))).toMatch(/each person once/);
    expect(await refusal('team:add-ring-group', group(salesNumber, []))).toMatch(/at least one/);
    expect(await refusal('team:add-ring-group', group(salesNumber, ['kim'], 'Sales\r\nX: 1'))).toMatch(/one line/);
    expect(await refusal('team:add-ring-group', group(salesNumber, ['kim\r\nX: 1']))).not.toBe('');
    expect(await refusal('team:add-ring-group', { ...group(salesNumber), extra: 1 })).not.toBe('');
    expect(await refusal('team:add-ring-group', group(salesNumber, ['kim'], 'x'.repeat(100_000)))).toMatch(/64/);
    expect(fieldsOf(salesNumber).voice_url).toBe(salesOldVoiceUrl);

    double.failNext({
      method: 'POST',
      path: /IncomingPhoneNumbers\/PN\w+\.json$/,
      status: 500,
      code: 20500,
      message: 'Internal',
    });
    const failed = await backend.router.invoke('team:add-ring-group', group(salesNumber));
    expect(failed).toMatchObject({
      ok: true,
      value: { problem: { code: 20500 }, setup: { team: { ringGroups: [] } } },
    });
    expect(fieldsOf(salesNumber).voice_url).toBe(salesOldVoiceUrl);
    // Tried again, it finishes; the same number twice is refused.
    await value('team:add-ring-group', group(salesNumber));
    expect(await refusal('team:add-ring-group', group(salesNumber, ['kim'], 'Again'))).toMatch(/rings the group Sales/);
    expect(
      await refusal('team:add-member', { kind: 'number', displayName: 'X', phoneNumber: salesNumber, extension: null }),
    ).toMatch(/rings a group/);
  });
});
