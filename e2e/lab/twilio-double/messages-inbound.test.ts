// Messages listed from the double through Prism: inbound injected by the lab, filters, paging to the end, deletes.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { getApi } from './media-test-kit';
import { twilioClientFor } from './twilio-client-for-double';

const line = '+15125550100';
const friend = '+14155550111';
const stranger = '+14155550142';
const account = { ...defaultAccount, ownedNumbers: [{ phoneNumber: line }] };
const base = `/2010-04-01/Accounts/${account.sid}`;
let double: TwilioDouble;
const client = () => twilioClientFor(double, account.sid, account.authToken);
const inbound: string[] = [];

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
  for (let index = 0; index < 5; index++) {
    const from = index % 2 === 0 ? friend : stranger;
    const dateSent = new Date(Date.UTC(2026, 10, 1 + index, 8, 0, 0));
    inbound.push(double.messaging.injectInbound({ from, to: line, body: `message ${index}`, dateSent }));
  }
}, 40_000);
afterAll(() => double?.stop());

test('an injected message is received, inbound, with null price and error code', async () => {
  const message = await client().messages(inbound[0]!).fetch();
  expect(message).toMatchObject({
    direction: 'inbound',
    status: 'received',
    from: friend,
    to: line,
    body: 'message 0',
    price: null,
    errorCode: null,
    numMedia: '0',
    dateSent: new Date('2026-11-01T08:00:00Z'),
  });
  expect(() => double.messaging.injectInbound({ from: friend, to: '+15550000000', body: 'x' })).toThrow(/owns/);
  double.assertNoValidationErrors();
});

test('filters by To, From, DateSent (a whole day), DateSent< and > (inclusive)', async () => {
  const bodies = async (options: Parameters<ReturnType<typeof client>['messages']['list']>[0]) =>
    (await client().messages.list(options)).map((m) => m.body);
  expect(await bodies({ from: stranger })).toEqual(['message 3', 'message 1']);
  expect(await bodies({ to: line, dateSentAfter: new Date('2026-11-04T08:00:00Z') })).toEqual([
    'message 4',
    'message 3',
  ]);
  expect(await bodies({ dateSentBefore: new Date('2026-11-02T08:00:00Z') })).toEqual(['message 1', 'message 0']);
  expect(await bodies({ dateSent: new Date('2026-11-03T00:00:00Z') })).toEqual(['message 2']);
  expect(await bodies({ dateSent: new Date('2026-11-03T08:00:00Z') })).toEqual(['message 2']);
  expect(await bodies({ dateSent: new Date('2026-11-03T08:00:01Z') })).toEqual([]);
  expect(await bodies({ to: friend })).toEqual([]);
  double.assertNoValidationErrors();
});

test('lists pages of 2 to the end through relative links; an empty page has no next page', async () => {
  const page = await client().messages.page({ to: line, pageSize: 2 });
  expect(page.instances.map((m) => m.body)).toEqual(['message 4', 'message 3']);
  const all = await client().messages.list({ to: line, pageSize: 2 });
  expect(all.map((m) => m.body)).toEqual(['message 4', 'message 3', 'message 2', 'message 1', 'message 0']);
  const raw = JSON.parse((await getApi(double, `${base}/Messages.json?To=%2B15125550100&PageSize=2`)).bytes.toString());
  expect(raw).toMatchObject({
    page: 0,
    start: 0,
    end: 1,
    previous_page_uri: null,
    next_page_uri: `${base}/Messages.json?To=%2B15125550100&PageSize=2&Page=1&PageToken=PA1`,
  });
  const empty = JSON.parse((await getApi(double, `${base}/Messages.json?From=%2B19995550000`)).bytes.toString());
  expect(empty).toMatchObject({ messages: [], start: 0, end: 0, next_page_uri: null, previous_page_uri: null });
  double.assertNoValidationErrors();
});

test('deletes a message: it is gone from fetch and list', async () => {
  await client().messages(inbound[4]!).remove();
  await expect(client().messages(inbound[4]!).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
  expect((await client().messages.list({ to: line })).map((m) => m.sid)).not.toContain(inbound[4]);
  await expect(client().messages(inbound[4]!).remove()).rejects.toMatchObject({ status: 404 });
  double.assertNoValidationErrors();
});
