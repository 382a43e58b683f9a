import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../../e2e/lab/twilio-double/media-files';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../logging/logger';
import { connectInbox, type InboxApi, type RemoteMessage } from './inbox-api';
import { TwilioProblemError } from './twilio-problem';

const line = '+15125550100';
const friend = '+14155550111';
const account: DoubleAccount = {
  sid: `AC${'b'.repeat(32)}`,
  authToken: `0b${'e'.repeat(30)}`,
  friendlyName: 'Messages',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: line }],
};
const at = (iso: string) => new Date(`${iso}Z`);

let double: TwilioDouble;
const logger = createMemoryLogger();
const connect = (password = account.authToken): InboxApi =>
  connectInbox({ accountSid: account.sid, username: account.sid, password }, double.endpoints, {
    logger,
    retry: { maxRetries: 3, maxRetryDelayMs: 50 },
  });
const inbound: Record<string, string> = {};

async function pagesOf(pages: AsyncGenerator<RemoteMessage[]>) {
  const all: RemoteMessage[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}
const sent = (outcome: Awaited<ReturnType<InboxApi['sendMessage']>>) => {
  if (!('sent' in outcome)) return expect.fail(`refused: ${JSON.stringify(outcome)}`);
  return outcome.sent;
};

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
  const { messaging } = double;
  inbound.hello = messaging.injectInbound({
    from: friend,
    to: line,
    body: 'Hello\nare you there?',
    dateSent: at('2026-11-01T09:00:00'),
  });
  inbound.code = messaging.injectInbound({
    from: '12345',
    to: line,
    body: 'Your code is 4821',
    dateSent: at('2026-11-02T09:00:00'),
  });
  inbound.brand = messaging.injectInbound({
    from: 'AMAZON',
    to: line,
    body: 'Delivered',
    dateSent: at('2026-11-03T09:00:00'),
  });
  inbound.picture = messaging.injectInbound({
    from: friend,
    to: line,
    pictures: [{ width: 4, height: 3, rgb: [200, 30, 30] }],
    dateSent: at('2026-11-04T09:00:00'),
  });
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => {
  double.assertNoValidationErrors();
  expect(JSON.stringify(logger.records)).not.toContain(account.authToken);
});

describe('messages from the double', () => {
  it('lists messages to the number, newest first, a page at a time, from numbers, short codes and sender ids', async () => {
    const pages = await pagesOf(connect().messagePages({ to: line }, null, 2));
    expect(pages.map((page) => page.map((m) => m.sid))).toEqual([
      [inbound.picture, inbound.brand],
      [inbound.code, inbound.hello],
    ]);
    expect(pages.flat().map((m) => [m.from, m.direction, m.status, m.mediaCount])).toEqual([
      [friend, 'incoming', 'received', 1],
      ['AMAZON', 'incoming', 'received', 0],
      ['12345', 'incoming', 'received', 0],
      [friend, 'incoming', 'received', 0],
    ]);
    expect(pages[1]![1]).toEqual({
      sid: inbound.hello,
      direction: 'incoming',
      from: friend,
      to: line,
      body: 'Hello\nare you there?',
      at: Date.parse('2026-11-01T09:00:00Z'),
      status: 'received',
      errorCode: null,
      mediaCount: 0,
    });
  });

  it('lists only messages sent on or after `since`', async () => {
    const pages = await pagesOf(connect().messagePages({ to: line }, at('2026-11-03T00:00:00')));
    expect(pages.flat().map((m) => m.sid)).toEqual([inbound.picture, inbound.brand]);
    expect(await pagesOf(connect().messagePages({ to: line }, at('2027-01-01T00:00:00')))).toEqual([]);
  });

  it('sends a message and follows it to delivered, listed among those from the number', async () => {
    const api = connect();
    const message = sent(await api.sendMessage({ from: line, to: friend, body: 'On my way' }));
    expect(message).toMatchObject({
      direction: 'outgoing',
      from: line,
      to: friend,
      body: 'On my way',
      status: 'queued',
    });
    expect(message.sid).toMatch(/^SM[0-9a-f]{32}$/);
    double.messaging.advance(message.sid);
    expect((await api.fetchMessage(message.sid)).status).toBe('sent');
    double.messaging.advance(message.sid);
    const delivered = await api.fetchMessage(message.sid);
    expect(delivered).toMatchObject({ status: 'delivered', errorCode: null });
    expect(delivered.at).toBeGreaterThanOrEqual(message.at - 1000);
    const fromLine = (await pagesOf(api.messagePages({ from: line }, null))).flat();
    expect(fromLine.map((m) => [m.sid, m.direction])).toEqual([[message.sid, 'outgoing']]);
  });

  it('reads a delivery failure with its code', async () => {
    const api = connect();
    double.messaging.setDestinationFault('+14155550177', { fail: 30003 });
    double.messaging.setDestinationFault('+14155550178', { fail: 30034, status: 'failed' });
    const undelivered = sent(await api.sendMessage({ from: line, to: '+14155550177', body: 'Hi' }));
    const failed = sent(await api.sendMessage({ from: line, to: '+14155550178', body: 'Hi' }));
    for (let step = 0; step < 2; step += 1) double.messaging.advance();
    expect(await api.fetchMessage(undelivered.sid)).toMatchObject({ status: 'undelivered', errorCode: 30003 });
    expect(await api.fetchMessage(failed.sid)).toMatchObject({ status: 'failed', errorCode: 30034 });
  });

  it('returns Twilio’s refusal of a message as an outcome: opted out (21610), region (21408), bad number (21211)', async () => {
    const api = connect();
    double.messaging.setDestinationFault('+447700900123', { refuse: 21610 });
    double.messaging.setDestinationFault('+2348012345678', { refuse: 21408 });
    const before = double.state().messages.length;
    expect(await api.sendMessage({ from: line, to: '+447700900123', body: 'Hi' })).toEqual({
      refused: { code: 21610, message: 'Attempt to send to unsubscribed recipient' },
    });
    expect(await api.sendMessage({ from: line, to: '+2348012345678', body: 'Hi' })).toEqual({
      refused: { code: 21408, message: expect.stringMatching(/region indicated by the 'To' number: \+2348012345678/) },
    });
    expect(await api.sendMessage({ from: line, to: '+1555', body: 'Hi' })).toEqual({
      refused: { code: 21211, message: "Invalid 'To' Phone Number: +1555" },
    });
    expect(double.state().messages).toHaveLength(before);
  });

  it('throws, not refuses, when the sign-in fails or Twilio keeps answering 429', async () => {
    const wrong = 'f'.repeat(32);
    const signIn = await connect(wrong)
      .sendMessage({ from: line, to: friend, body: 'Hi' })
      .catch((error: unknown) => error);
    expect(signIn).toBeInstanceOf(TwilioProblemError);
    expect((signIn as TwilioProblemError).problem).toMatchObject({ code: 20003 });
    expect(JSON.stringify((signIn as TwilioProblemError).problem)).not.toContain(wrong);
    double.failNext({
      method: 'POST',
      path: /\/Messages\.json$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
      times: 4,
    });
    const busy = await connect()
      .sendMessage({ from: line, to: friend, body: 'Hi' })
      .catch((error: unknown) => error);
    expect((busy as TwilioProblemError).problem).toMatchObject({ code: 20429 });
  });

  it('retries a send Twilio refused with 20429 once, then sends it once', async () => {
    const before = double.requests().length;
    double.failNext({
      method: 'POST',
      path: /\/Messages\.json$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
    });
    const message = sent(await connect().sendMessage({ from: line, to: friend, body: 'Once' }));
    const posts = double
      .requests()
      .slice(before)
      .filter((r) => r.method === 'POST')
      .map((r) => r.status);
    expect(posts).toEqual([429, 201]);
    expect(
      double
        .state()
        .messages.filter((m) => m.body === 'Once')
        .map((m) => m.sid),
    ).toEqual([message.sid]);
  });

  it('says not to send again when Twilio took a message but described it unreadably', async () => {
    double.corruptNext({ method: 'POST', path: /\/Messages\.json$/, set: { sid: null, date_created: null } });
    const failure = await connect()
      .sendMessage({ from: line, to: friend, body: 'Described oddly' })
      .catch((error: unknown) => error);
    expect((failure as TwilioProblemError).problem.whatToDo).toMatch(/^Do not send it again/);
    expect(double.state().messages.filter((m) => m.body === 'Described oddly')).toHaveLength(1);
  });

  it('lists an MMS’s pictures and downloads one with the account’s credentials', async () => {
    const api = connect();
    const media = await api.mediaOf(inbound.picture!);
    expect(media).toEqual([{ sid: expect.stringMatching(/^ME[0-9a-f]{32}$/), contentType: 'image/png' }]);
    const picture = await api.mediaContent(inbound.picture!, media[0]!.sid);
    expect(picture).toEqual({ contentType: 'image/png', bytes: solidPng(4, 3, [200, 30, 30]) });
    expect(await api.mediaOf(inbound.hello!)).toEqual([]);
    expect(await api.mediaOf(`MM${'0'.repeat(32)}`)).toEqual([]);
  });

  it('reads null fields as Twilio may send them: no body, no date sent, no media count', async () => {
    double.corruptNext({
      path: /\/Messages\.json$/,
      list: 'messages',
      set: { body: null, date_sent: null, num_media: null, error_code: null, price: null, num_segments: null },
    });
    const [page] = await pagesOf(connect().messagePages({ to: line }, at('2026-11-04T00:00:00')));
    expect(page).toEqual([
      expect.objectContaining({
        sid: inbound.picture,
        body: '',
        mediaCount: 0,
        at: Date.parse('2026-11-04T09:00:00Z'),
      }),
    ]);
  });

  it('retries a list Twilio refused with 20429, then carries on', async () => {
    double.failNext({
      method: 'GET',
      path: /\/Messages\.json$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
    });
    const pages = await pagesOf(connect().messagePages({ to: line }, at('2026-11-04T00:00:00')));
    expect(pages.flat().map((m) => m.sid)).toEqual([inbound.picture]);
  });

  it('refuses a name that is not a Twilio sid before asking Twilio', async () => {
    const before = double.requests().length;
    const failure = await connect()
      .mediaContent('../Calls', `ME${'0'.repeat(32)}`)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TwilioProblemError);
    expect(double.requests()).toHaveLength(before);
  });
});
