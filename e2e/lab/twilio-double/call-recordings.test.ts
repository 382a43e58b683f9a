// Recording on demand on the double through Prism: calls in progress, a call's Recordings started and stopped.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { getApi, toneShare } from './media-test-kit';
import { twilioClientFor } from './twilio-client-for-double';

const line = '+15125550100';
const dialtone = 'sip:+15125550100@dialtone-4821.sip.twilio.com';
const account = { ...defaultAccount, ownedNumbers: [{ phoneNumber: line }] };
const base = `/2010-04-01/Accounts/${account.sid}`;
let double: TwilioDouble;
const client = () => twilioClientFor(double, account.sid, account.authToken);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 30_000);
afterAll(() => double?.stop());

describe('Twilio double: calls in progress', () => {
  test('are listed by status and From (a SIP address) with no end yet, and complete when the lab ends them', async () => {
    const outgoing = double.calls.begin({ from: dialtone, to: '+15125550177' });
    const incoming = double.calls.begin({ from: '+14155550111', to: line });
    const inProgress = await client().calls.list({ status: 'in-progress', from: dialtone });
    expect(inProgress.map((call) => call.sid)).toEqual([outgoing]);
    expect(inProgress[0]).toMatchObject({ status: 'in-progress', endTime: null, duration: null, phoneNumberSid: null });
    expect((await client().calls(incoming).fetch()).phoneNumberSid).toMatch(/^PN/);
    await double.calls.end(outgoing);
    await double.calls.end(incoming);
    expect(await client().calls.list({ status: 'in-progress' })).toEqual([]);
    expect((await client().calls(outgoing).fetch()).status).toBe('completed');
    double.assertNoValidationErrors();
  });
});

describe('Twilio double: recording a call on demand', () => {
  test('starts in progress (dual, both tracks), stops, and is then listed completed with the call’s tone', async () => {
    const callSid = double.calls.begin({ from: dialtone, to: '+15125550177', toneHz: 660 });
    const started = await client()
      .calls(callSid)
      .recordings.create({ recordingChannels: 'dual', recordingTrack: 'both' });
    expect(started).toMatchObject({ callSid, status: 'in-progress', source: 'StartCallRecordingAPI', channels: 2 });
    const listedWhileOn = await client().recordings.list({ callSid });
    expect(listedWhileOn.map((r) => [r.sid, r.status, r.duration])).toEqual([[started.sid, 'in-progress', null]]);
    expect((await getApi(double, `${base}/Recordings/${started.sid}.mp3`)).status).toBe(404);

    await pause(1100);
    const stopped = await client().calls(callSid).recordings(started.sid).update({ status: 'stopped' });
    expect(stopped.status).toBe('stopped');
    const [finished] = await client().recordings.list({ callSid });
    expect(finished).toMatchObject({ sid: started.sid, status: 'completed', source: 'StartCallRecordingAPI' });
    expect(Number(finished!.duration)).toBeGreaterThanOrEqual(1);
    const mp3 = await getApi(double, `${base}/Recordings/${started.sid}.mp3`);
    expect(await toneShare(mp3.bytes, 'mp3', 660)).toBeGreaterThan(0.8);
    await double.calls.end(callSid);
    double.assertNoValidationErrors();
  });

  test('a recording still on when the call ends is finished with it', async () => {
    const callSid = double.calls.begin({ from: '+14155550111', to: line });
    const started = await client().calls(callSid).recordings.create({ recordingChannels: 'dual' });
    await double.calls.end(callSid);
    expect((await client().recordings(started.sid).fetch()).status).toBe('completed');
    double.assertNoValidationErrors();
  });

  test('refuses a call that is over, a recording stopped twice and an unknown call', async () => {
    const callSid = double.calls.begin({ from: dialtone, to: '+15125550177' });
    const started = await client().calls(callSid).recordings.create({ recordingChannels: 'dual' });
    await client().calls(callSid).recordings(started.sid).update({ status: 'stopped' });
    await expect(client().calls(callSid).recordings(started.sid).update({ status: 'stopped' })).rejects.toMatchObject({
      status: 400,
      code: 21220,
    });
    await double.calls.end(callSid);
    await expect(client().calls(callSid).recordings.create({ recordingChannels: 'dual' })).rejects.toMatchObject({
      status: 400,
      code: 21220,
    });
    await expect(
      client()
        .calls(`CA${'0'.repeat(32)}`)
        .recordings.create(),
    ).rejects.toMatchObject({ status: 404 });
    double.assertNoValidationErrors();
  });

  test('lists call recordings and voicemail apart by source', async () => {
    const voicemail = await double.voicemail.seed({ to: line, from: '+14155550142', toneHz: 440, seconds: 1 });
    const always = await double.voicemail.seed({
      to: line,
      from: '+14155550143',
      toneHz: 440,
      seconds: 1,
      source: 'DialVerb',
    });
    const sources = async (callSid: string) =>
      (await client().recordings.list({ callSid })).map((r) => [r.source, r.channels]);
    expect(await sources(voicemail.callSid)).toEqual([['RecordVerb', 1]]);
    expect(await sources(always.callSid)).toEqual([['DialVerb', 2]]);
    double.assertNoValidationErrors();
  });
});
