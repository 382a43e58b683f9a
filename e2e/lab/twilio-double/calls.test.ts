// Calls on the double through Prism: the inbound calls voicemail leaves, their filters, paging and fetch.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { getApi } from './media-test-kit';
import { twilioClientFor } from './twilio-client-for-double';

const line = '+15125550100';
const otherLine = '+15125550123';
const account = { ...defaultAccount, ownedNumbers: [{ phoneNumber: line }, { phoneNumber: otherLine }] };
const base = `/2010-04-01/Accounts/${account.sid}`;
let double: TwilioDouble;
const client = () => twilioClientFor(double, account.sid, account.authToken);
const seeded: Array<{ recordingSid: string; callSid: string }> = [];

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
  const voicemail = { toneHz: 440, seconds: 1 };
  seeded.push(
    await double.voicemail.seed({
      ...voicemail,
      to: line,
      from: '+14155550111',
      dateCreated: at('2026-11-01T09:00:00'),
    }),
    await double.voicemail.seed({ ...voicemail, to: line, from: 'Anonymous', dateCreated: at('2026-11-02T09:00:00') }),
    await double.voicemail.seed({
      ...voicemail,
      to: otherLine,
      from: '+14155550142',
      dateCreated: at('2026-11-03T12:30:00'),
    }),
  );
}, 40_000);
afterAll(() => double?.stop());

function at(isoWithoutZone: string) {
  return new Date(`${isoWithoutZone}Z`);
}

describe('Twilio double: calls', () => {
  test('a voicemail leaves an inbound completed call, which the recording points to', async () => {
    const call = await client().calls(seeded[0]!.callSid).fetch();
    expect(call).toMatchObject({
      sid: seeded[0]!.callSid,
      from: '+14155550111',
      fromFormatted: '(415) 555-0111',
      to: line,
      direction: 'inbound',
      status: 'completed',
      parentCallSid: null,
      price: null,
      uri: `${base}/Calls/${seeded[0]!.callSid}.json`,
    });
    // The ring and greeting come before the 1 s recording, the goodbye after.
    expect(call.startTime).toEqual(new Date('2026-11-01T08:59:34Z'));
    expect(call.endTime).toEqual(new Date('2026-11-01T09:00:02Z'));
    expect(call.duration).toBe('28');
    expect((await client().recordings(seeded[0]!.recordingSid).fetch()).callSid).toBe(call.sid);
    await expect(
      client()
        .calls(`CA${'0'.repeat(32)}`)
        .fetch(),
    ).rejects.toMatchObject({ status: 404, code: 20404 });
    double.assertNoValidationErrors();
  });

  test('lists newest first by start time, filtered by To, From, Status and StartTime (a whole day, <, >)', async () => {
    const sids = async (options: Parameters<ReturnType<typeof client>['calls']['list']>[0] = {}) =>
      (await client().calls.list(options)).map((c) => c.sid);
    const [first, second, third] = seeded.map((s) => s.callSid);
    expect(await sids()).toEqual([third, second, first]);
    expect(await sids({ to: line })).toEqual([second, first]);
    expect(await sids({ from: 'Anonymous' })).toEqual([second]);
    expect(await sids({ status: 'completed', to: otherLine })).toEqual([third]);
    expect(await sids({ status: 'busy' })).toEqual([]);
    expect(await sids({ startTime: at('2026-11-02T00:00:00') })).toEqual([second]);
    expect(await sids({ startTimeAfter: at('2026-11-02T00:00:00') })).toEqual([third, second]);
    expect(await sids({ startTimeBefore: at('2026-11-02T00:00:00') })).toEqual([first]);
    expect(await sids({ endTimeAfter: at('2026-11-03T00:00:00') })).toEqual([third]);
    expect(await sids({ parentCallSid: seeded[0]!.callSid })).toEqual([]);
    double.assertNoValidationErrors();
  });

  test('pages with PageSize=2 through relative next_page_uri, keeping the filters', async () => {
    const pages: string[][] = [];
    let uri: string | null = `${base}/Calls.json?PageSize=2&StartTime%3E=2026-11-01`;
    while (uri) {
      expect(uri).toMatch(/^\/2010-04-01\/.*StartTime%3E=2026-11-01/);
      const page = JSON.parse((await getApi(double, uri)).bytes.toString()) as {
        calls: Array<{ sid: string }>;
        next_page_uri: string | null;
      };
      pages.push(page.calls.map((c) => c.sid));
      uri = page.next_page_uri;
    }
    expect(pages).toEqual([[seeded[2]!.callSid, seeded[1]!.callSid], [seeded[0]!.callSid]]);
    const viaNode = await client().calls.page({ pageSize: 2 });
    expect(viaNode.instances).toHaveLength(2);
    const next = await viaNode.nextPage();
    expect(next!.instances.map((c) => c.sid)).toEqual([seeded[0]!.callSid]);
    double.assertNoValidationErrors();
  });
});
