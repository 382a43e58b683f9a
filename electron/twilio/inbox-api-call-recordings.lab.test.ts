import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../logging/logger';
import { connectInbox, type InboxApi, type RemoteVoicemail } from './inbox-api';
import { TwilioProblemError } from './twilio-problem';

const line = '+15125550100';
const dialtone = 'sip:+15125550100@dialtone-4821.sip.twilio.com';
const account: DoubleAccount = {
  sid: `AC${'e'.repeat(32)}`,
  authToken: `0e${'f'.repeat(30)}`,
  friendlyName: 'Recording',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: line }],
};

let double: TwilioDouble;
const logger = createMemoryLogger();
const connect = (): InboxApi =>
  connectInbox({ accountSid: account.sid, username: account.sid, password: account.authToken }, double.endpoints, {
    logger,
    retry: { maxRetries: 1, maxRetryDelayMs: 50 },
  });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function voicemailOf(api: InboxApi): Promise<RemoteVoicemail[]> {
  const all: RemoteVoicemail[] = [];
  for await (const page of api.voicemailPages(line, null)) all.push(...page);
  return all;
}

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 30_000);
afterAll(() => double?.stop());
afterEach(() => {
  double.assertNoValidationErrors();
  expect(JSON.stringify(logger.records)).not.toContain(account.authToken);
});

describe('recording a call on demand at the double', () => {
  it('starts dual-channel, stops, and lists the finished recording on its call; voicemail never includes it', async () => {
    const api = connect();
    const callSid = double.calls.begin({ from: '+14155550111', to: line, toneHz: 660 });
    const voicemail = await double.voicemail.seed({ to: line, from: '+14155550142', toneHz: 440, seconds: 1 });
    const recordingSid = await api.startCallRecording(callSid);
    expect(double.state().recordings.find((r) => r.sid === recordingSid)).toMatchObject({
      callSid,
      source: 'StartCallRecordingAPI',
      status: 'in-progress',
      channels: 2,
    });
    expect(await api.recordingsOfCall(callSid)).toEqual([]);
    await pause(1100);
    await api.stopCallRecording(callSid, recordingSid);
    await double.calls.end(callSid);
    const [finished] = await api.recordingsOfCall(callSid);
    expect(finished).toMatchObject({ sid: recordingSid, durationSeconds: expect.any(Number) });
    expect(finished!.durationSeconds).toBeGreaterThanOrEqual(1);
    expect((await api.recordingAudio(recordingSid))?.contentType).toBe('audio/mpeg');
    // The voicemail sync lists all the account's Recordings: only the <Record> one is voicemail.
    expect((await voicemailOf(api)).map((v) => v.sid)).toEqual([voicemail.recordingSid]);
    expect(await api.recordingsOfCall(voicemail.callSid)).toEqual([]);
  });

  it('reads a recording whose date and duration Twilio sent as null; leaves out one without a sid', async () => {
    const api = connect();
    const callSid = double.calls.begin({ from: dialtone, to: '+15125550177' });
    await api.stopCallRecording(callSid, await api.startCallRecording(callSid));
    await api.stopCallRecording(callSid, await api.startCallRecording(callSid));
    double.corruptNext({
      method: 'GET',
      path: /\/Recordings\.json$/,
      list: 'recordings',
      set: { date_created: null, duration: null },
    });
    expect(await api.recordingsOfCall(callSid)).toEqual([
      { sid: expect.stringMatching(/^RE/), createdAt: null, durationSeconds: 0 },
      { sid: expect.stringMatching(/^RE/), createdAt: null, durationSeconds: 0 },
    ]);
    double.corruptNext({ method: 'GET', path: /\/Recordings\.json$/, list: 'recordings', set: { sid: null } });
    expect(await api.recordingsOfCall(callSid)).toEqual([]);
    await double.calls.end(callSid);
  });

  it('refuses a call that is over with words and Twilio’s code', async () => {
    const callSid = double.calls.begin({ from: dialtone, to: '+15125550177' });
    await double.calls.end(callSid);
    const failure = await connect()
      .startCallRecording(callSid)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TwilioProblemError);
    expect((failure as TwilioProblemError).problem.code).toBe(21220);
  });
});

describe('finding Dialtone’s outgoing call at the double', () => {
  it('is the call in progress from Dialtone’s SIP address that started nearest, leaving out calls already taken', async () => {
    const api = connect();
    const ended = double.calls.begin({ from: dialtone, to: '+15125550188' });
    await double.calls.end(ended);
    const earlier = double.calls.begin({ from: dialtone, to: '+15125550177' });
    await pause(1100);
    const placedAt = Date.now();
    const mine = double.calls.begin({ from: dialtone, to: '+15125550199' });
    double.calls.begin({ from: 'sip:someone-else@dialtone-4821.sip.twilio.com', to: '+15125550199' });
    expect(await api.callInProgressFrom(dialtone, placedAt, new Set())).toBe(mine);
    expect(await api.callInProgressFrom(dialtone, placedAt, new Set([mine]))).toBe(earlier);
    expect(await api.callInProgressFrom(dialtone, placedAt, new Set([mine, earlier]))).toBeNull();
    expect(await api.callInProgressFrom('sip:nobody@dialtone-4821.sip.twilio.com', placedAt, new Set())).toBeNull();
    // A call that started well before Dialtone placed this one is another call.
    expect(await api.callInProgressFrom(dialtone, placedAt + 10 * 60_000, new Set())).toBeNull();
    await double.calls.end(earlier);
    await double.calls.end(mine);
  });
});
