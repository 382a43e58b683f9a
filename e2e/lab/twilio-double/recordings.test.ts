// Voicemail on the double through Prism: Recordings (filters, paging, wav and mp3 media), Transcriptions, deletes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { basicAuth, getApi, toneShare } from './media-test-kit';
import { twilioClientFor } from './twilio-client-for-double';

const line = '+15125550100';
const account = { ...defaultAccount, ownedNumbers: [{ phoneNumber: line }] };
const base = `/2010-04-01/Accounts/${account.sid}`;
let double: TwilioDouble;
const client = () => twilioClientFor(double, account.sid, account.authToken);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const seeded: Array<{ recordingSid: string; callSid: string; transcriptionSid: string | null }> = [];

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
  const voicemail = { to: line, from: '+14155550111', seconds: 1 };
  seeded.push(
    await double.voicemail.seed({
      ...voicemail,
      toneHz: 440,
      transcription: { status: 'completed', text: 'Call me back' },
      dateCreated: new Date('2026-11-01T09:00:00Z'),
    }),
    await double.voicemail.seed({
      ...voicemail,
      toneHz: 660,
      transcription: { status: 'in-progress' },
      dateCreated: new Date('2026-11-02T09:00:00Z'),
    }),
    await double.voicemail.seed({ ...voicemail, toneHz: 880, dateCreated: new Date('2026-11-03T12:30:00Z') }),
  );
}, 40_000);
afterAll(() => double?.stop());

describe('Twilio double: recordings', () => {
  test('lists newest first with what Twilio sends: null price, absolute media_url, relative uris', async () => {
    const recordings = await client().recordings.list();
    expect(recordings.map((r) => r.sid)).toEqual(seeded.map((s) => s.recordingSid).reverse());
    expect(recordings[0]).toMatchObject({
      callSid: seeded[2]!.callSid,
      duration: '1',
      status: 'completed',
      source: 'RecordVerb',
      price: null,
      errorCode: null,
      mediaUrl: `https://api.twilio.com${base}/Recordings/${seeded[2]!.recordingSid}`,
      uri: `${base}/Recordings/${seeded[2]!.recordingSid}.json`,
    });
    expect((await client().recordings(seeded[0]!.recordingSid).fetch()).dateCreated).toEqual(
      new Date('2026-11-01T09:00:00Z'),
    );
    double.assertNoValidationErrors();
  });

  test('filters by DateCreated (a whole day), DateCreated< and > (inclusive), CallSid; no match is an empty page', async () => {
    const sids = async (options: Parameters<ReturnType<typeof client>['recordings']['list']>[0]) =>
      (await client().recordings.list(options)).map((r) => r.sid);
    const [first, second, third] = seeded.map((s) => s.recordingSid);
    expect(await sids({ dateCreated: day('2026-11-03') })).toEqual([third]);
    expect(await sids({ dateCreatedAfter: new Date('2026-11-02T09:00:00Z') })).toEqual([third, second]);
    expect(await sids({ dateCreatedBefore: new Date('2026-11-02T09:00:00Z') })).toEqual([second, first]);
    expect(await sids({ callSid: seeded[1]!.callSid })).toEqual([second]);
    expect(await sids({ conferenceSid: `CF${'0'.repeat(32)}` })).toEqual([]);
    const empty = await getApi(double, `${base}/Recordings.json?DateCreated%3E=2027-01-01T00:00:00Z`);
    expect(JSON.parse(empty.bytes.toString())).toMatchObject({ recordings: [], start: 0, end: 0, next_page_uri: null });
    double.assertNoValidationErrors();
  });

  test('pages with PageSize=2 through relative next_page_uri to the end', async () => {
    const pages: string[][] = [];
    let uri: string | null = `${base}/Recordings.json?PageSize=2`;
    while (uri) {
      expect(uri).toMatch(/^\/2010-04-01\//);
      const page = JSON.parse((await getApi(double, uri)).bytes.toString()) as {
        recordings: Array<{ sid: string }>;
        next_page_uri: string | null;
      };
      pages.push(page.recordings.map((r) => r.sid));
      uri = page.next_page_uri;
    }
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat()).toEqual(seeded.map((s) => s.recordingSid).reverse());
    const beyond = await getApi(double, `${base}/Recordings.json?PageSize=2&Page=5&PageToken=PA5`);
    expect(JSON.parse(beyond.bytes.toString())).toMatchObject({ recordings: [], next_page_uri: null });
    double.assertNoValidationErrors();
  });

  test('media: WAV (no extension or .wav) and MP3 with their content types, the seeded tone, credentials required', async () => {
    const sid = seeded[1]!.recordingSid;
    const bare = await getApi(double, `${base}/Recordings/${sid}`);
    const wav = await getApi(double, `${base}/Recordings/${sid}.wav`);
    const mp3 = await getApi(double, `${base}/Recordings/${sid}.mp3`);
    expect([bare.status, bare.type, wav.type, mp3.type]).toEqual([200, 'audio/x-wav', 'audio/x-wav', 'audio/mpeg']);
    expect(bare.bytes.equals(wav.bytes)).toBe(true);
    expect(wav.bytes.readUInt32LE(40)).toBe(wav.bytes.length - 44); // the data length is right, not a piped 0x7ffff000
    expect(wav.bytes.length).toBe(44 + 8000 * 2);
    expect(mp3.bytes.readUInt16BE(0) & 0xffe0).toBe(0xffe0); // an MPEG frame sync
    expect(await toneShare(wav.bytes, 'wav', 660)).toBeGreaterThan(0.9);
    expect(await toneShare(mp3.bytes, 'mp3', 660)).toBeGreaterThan(0.8);
    expect(await toneShare(wav.bytes, 'wav', 440)).toBeLessThan(0.05);
    const anonymous = await fetch(`${double.endpoints.api}${base}/Recordings/${sid}.wav`);
    expect(anonymous.status).toBe(401);
    expect((await getApi(double, `${base}/Recordings/${sid}.mp3`, basicAuth(account.sid, 'wrong'))).status).toBe(401);
    double.assertNoValidationErrors();
  });
});

describe('Twilio double: transcriptions', () => {
  test('account-level and per recording; in-progress has null text until the lab settles it', async () => {
    const listed = await client().transcriptions.list();
    expect(listed.map((t) => [t.recordingSid, t.status, t.transcriptionText])).toEqual([
      [seeded[1]!.recordingSid, 'in-progress', null],
      [seeded[0]!.recordingSid, 'completed', 'Call me back'],
    ]);
    expect(listed[0]).toMatchObject({ price: null, priceUnit: 'USD', type: 'fast', duration: '1' });
    const underRecording = await client().recordings(seeded[0]!.recordingSid).transcriptions.list();
    expect(underRecording.map((t) => t.sid)).toEqual([seeded[0]!.transcriptionSid]);
    expect(await client().recordings(seeded[2]!.recordingSid).transcriptions.list()).toEqual([]);
    double.voicemail.settleTranscription(seeded[1]!.transcriptionSid!, { status: 'failed' });
    const failed = await client().transcriptions(seeded[1]!.transcriptionSid!).fetch();
    expect([failed.status, failed.transcriptionText]).toEqual(['failed', null]);
    double.voicemail.settleTranscription(seeded[1]!.transcriptionSid!, { status: 'completed', text: 'Hello' });
    const fetched = await client()
      .recordings(seeded[1]!.recordingSid)
      .transcriptions(seeded[1]!.transcriptionSid!)
      .fetch();
    expect([fetched.status, fetched.transcriptionText]).toEqual(['completed', 'Hello']);
    double.assertNoValidationErrors();
  });

  test('deleting a transcription keeps its recording; deleting a recording deletes its transcriptions', async () => {
    const extra = await double.voicemail.seed({
      to: line,
      from: '+14155550142',
      toneHz: 500,
      seconds: 0.5,
      transcription: { status: 'completed', text: 'Bye' },
    });
    await client().transcriptions(extra.transcriptionSid!).remove();
    expect((await client().recordings(extra.recordingSid).fetch()).sid).toBe(extra.recordingSid);
    await client().recordings(seeded[0]!.recordingSid).remove();
    await expect(client().recordings(seeded[0]!.recordingSid).fetch()).rejects.toMatchObject({ status: 404 });
    await expect(client().transcriptions(seeded[0]!.transcriptionSid!).fetch()).rejects.toMatchObject({
      status: 404,
      code: 20404,
    });
    expect((await getApi(double, `${base}/Recordings/${seeded[0]!.recordingSid}.wav`)).status).toBe(404);
    expect(double.state().transcriptions.map((t) => t.sid)).toEqual([seeded[1]!.transcriptionSid]);
    await client().recordings(extra.recordingSid).remove();
    double.assertNoValidationErrors();
  });
});
