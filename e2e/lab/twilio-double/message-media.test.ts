// MMS media on the double through Prism: an injected picture is listed, fetched, and its PNG served with credentials.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { basicAuth, getApi } from './media-test-kit';
import { twilioClientFor } from './twilio-client-for-double';

const line = '+15125550100';
const account = { ...defaultAccount, ownedNumbers: [{ phoneNumber: line }] };
const base = `/2010-04-01/Accounts/${account.sid}`;
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let double: TwilioDouble;
const client = () => twilioClientFor(double, account.sid, account.authToken);

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 40_000);
afterAll(() => double?.stop());

test('an injected MMS has MM sid, num_media and a PNG behind the account credentials', async () => {
  const sid = double.messaging.injectInbound({
    from: '+14155550111',
    to: line,
    pictures: [{ width: 4, height: 3, rgb: [255, 0, 0] }],
  });
  expect(sid).toMatch(/^MM[0-9a-f]{32}$/);
  const message = await client().messages(sid).fetch();
  expect([message.numMedia, message.body]).toEqual(['1', '']);
  const media = await client().messages(sid).media.list();
  expect(media).toHaveLength(1);
  expect(media[0]).toMatchObject({ contentType: 'image/png', parentSid: sid });
  expect((await client().messages(sid).media(media[0]!.sid).fetch()).uri).toBe(
    `${base}/Messages/${sid}/Media/${media[0]!.sid}.json`,
  );
  const content = await getApi(double, media[0]!.uri.replace(/\.json$/, ''));
  expect([content.status, content.type]).toEqual([200, 'image/png']);
  expect(content.bytes.subarray(0, 8).equals(pngSignature)).toBe(true);
  expect([content.bytes.readUInt32BE(16), content.bytes.readUInt32BE(20)]).toEqual([4, 3]); // IHDR width, height
  const anonymous = await fetch(`${double.endpoints.api}${media[0]!.uri.replace(/\.json$/, '')}`);
  expect(anonymous.status).toBe(401);
  const wrong = await getApi(double, media[0]!.uri.replace(/\.json$/, ''), basicAuth(account.sid, 'nope'));
  expect(wrong.status).toBe(401);
  double.assertNoValidationErrors();
});

test('an outbound MediaUrl makes an MMS with its media listed; its content is not fetched by the double', async () => {
  const sent = await client().messages.create({
    from: line,
    to: '+14155550111',
    mediaUrl: ['https://example.com/a.jpg'],
  });
  expect(sent.sid).toMatch(/^MM/);
  expect([sent.numMedia, sent.body]).toEqual(['1', '']);
  const [media] = await client().messages(sent.sid).media.list();
  expect(media?.contentType).toBe('image/jpeg');
  expect((await getApi(double, media!.uri.replace(/\.json$/, ''))).status).toBe(404);
  double.assertNoValidationErrors();
});

test('deleting a media item, then its message (which takes its media with it)', async () => {
  const sid = double.messaging.injectInbound({
    from: '+14155550111',
    to: line,
    body: 'two pictures',
    pictures: [
      { width: 1, height: 1, rgb: [0, 0, 255] },
      { width: 2, height: 2, rgb: [0, 255, 0] },
    ],
  });
  const [first] = await client().messages(sid).media.list();
  await client().messages(sid).media(first!.sid).remove();
  expect(await client().messages(sid).media.list()).toHaveLength(1);
  expect((await client().messages(sid).fetch()).numMedia).toBe('1');
  await client().messages(sid).remove();
  expect(double.state().media.filter((m) => m.messageSid === sid)).toEqual([]);
  await expect(client().messages(sid).media.list()).rejects.toMatchObject({ status: 404 });
  double.assertNoValidationErrors();
});
