import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toneShare } from '../../e2e/lab/twilio-double/media-test-kit';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../logging/logger';
import { connectInbox, type InboxApi, type RemoteVoicemail } from './inbox-api';
import { TwilioProblemError } from './twilio-problem';

const line = '+15125550100';
const otherLine = '+15125550123';
const account: DoubleAccount = {
  sid: `AC${'c'.repeat(32)}`,
  authToken: `0c${'d'.repeat(30)}`,
  friendlyName: 'Voicemail',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: line }, { phoneNumber: otherLine }],
};
const at = (iso: string) => new Date(`${iso}Z`);

let double: TwilioDouble;
const logger = createMemoryLogger();
const connect = (password = account.authToken): InboxApi =>
  connectInbox({ accountSid: account.sid, username: account.sid, password }, double.endpoints, {
    logger,
    retry: { maxRetries: 3, maxRetryDelayMs: 50 },
  });
const seeded: Record<string, { recordingSid: string; callSid: string; transcriptionSid: string | null }> = {};

async function pagesOf(pages: AsyncGenerator<RemoteVoicemail[]>) {
  const all: RemoteVoicemail[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}
const sidsOf = (pages: RemoteVoicemail[][]) => pages.map((page) => page.map((v) => v.sid));
const since = (from: number) => double.requests().slice(from);

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
  const seed = async (name: string, voicemail: Parameters<TwilioDouble['voicemail']['seed']>[0]) => {
    seeded[name] = await double.voicemail.seed(voicemail);
  };
  await seed('first', {
    to: line,
    from: '+14155550111',
    toneHz: 440,
    seconds: 3,
    transcription: { status: 'completed', text: 'Call me back' },
    dateCreated: at('2026-11-01T09:00:00'),
  });
  await seed('withheld', {
    to: line,
    from: 'Anonymous',
    toneHz: 660,
    seconds: 4,
    transcription: { status: 'in-progress' },
    dateCreated: at('2026-11-02T09:00:00'),
  });
  await seed('otherLine', {
    to: otherLine,
    from: '+14155550142',
    toneHz: 500,
    seconds: 1,
    dateCreated: at('2026-11-02T10:00:00'),
  });
  await seed('callRecording', {
    to: line,
    from: '+14155550142',
    toneHz: 500,
    seconds: 1,
    source: 'DialVerb',
    dateCreated: at('2026-11-03T10:00:00'),
  });
  await seed('latest', {
    to: line,
    from: '+16465550150',
    toneHz: 880,
    seconds: 1,
    dateCreated: at('2026-11-04T12:00:00'),
  });
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => {
  double.assertNoValidationErrors();
  expect(JSON.stringify(logger.records)).not.toContain(account.authToken);
});

describe('voicemail from the double', () => {
  it('lists voicemail on calls to the number, newest first, a page at a time, with each caller', async () => {
    const before = double.requests().length;
    const pages = await pagesOf(connect().voicemailPages(line, null, 2));
    // Recordings pages: [latest, callRecording], [otherLine, withheld], [first]: only voicemail to the line stays.
    expect(sidsOf(pages)).toEqual([
      [seeded.latest!.recordingSid],
      [seeded.withheld!.recordingSid],
      [seeded.first!.recordingSid],
    ]);
    expect(pages.flat()).toEqual([
      {
        sid: seeded.latest!.recordingSid,
        callSid: seeded.latest!.callSid,
        from: '+16465550150',
        to: line,
        createdAt: Date.parse('2026-11-04T12:00:00Z'),
        durationSeconds: 1,
      },
      expect.objectContaining({ from: 'Anonymous', durationSeconds: 4, createdAt: Date.parse('2026-11-02T09:00:00Z') }),
      expect.objectContaining({ from: '+14155550111', callSid: seeded.first!.callSid, durationSeconds: 3 }),
    ]);
    const requests = since(before).map((r) => `${r.method} ${r.path.replace(/^.*\/Accounts\/AC\w+/, '')}`);
    // The recording on a call to the other number: its call is not among the line's calls, so it is fetched once.
    expect(requests.filter((r) => r.startsWith('GET /Calls/'))).toEqual([
      `GET /Calls/${seeded.otherLine!.callSid}.json`,
    ]);
    expect(requests.filter((r) => r === 'GET /Recordings.json')).toHaveLength(3);
  });

  it('lists only voicemail created on or after `since`', async () => {
    const pages = await pagesOf(connect().voicemailPages(line, at('2026-11-02T00:00:00')));
    expect(sidsOf(pages)).toEqual([[seeded.latest!.recordingSid, seeded.withheld!.recordingSid]]);
    expect(await pagesOf(connect().voicemailPages(line, at('2026-12-01T00:00:00')))).toEqual([]);
  });

  it('leaves out a recording still processing (a later sync finds it) and reads null fields as unknown', async () => {
    double.corruptNext({ path: /\/Recordings\.json$/, list: 'recordings', set: { status: 'processing' } });
    expect(await pagesOf(connect().voicemailPages(line, at('2026-11-04T00:00:00')))).toEqual([]);
    double.corruptNext({ path: /\/Recordings\.json$/, list: 'recordings', set: { duration: null, price_unit: null } });
    double.corruptNext({ path: /\/Calls\.json$/, list: 'calls', set: { from: null, from_formatted: null } });
    const [page] = await pagesOf(connect().voicemailPages(line, at('2026-11-04T00:00:00')));
    expect(page).toEqual([
      expect.objectContaining({ sid: seeded.latest!.recordingSid, from: 'Unknown', durationSeconds: 0 }),
    ]);
  });

  it('retries a list Twilio refused with 20429, then carries on', async () => {
    const before = double.requests().length;
    double.failNext({ path: /\/Recordings\.json$/, status: 429, code: 20429, message: 'Too Many Requests', times: 2 });
    const pages = await pagesOf(connect().voicemailPages(line, at('2026-11-04T00:00:00')));
    expect(sidsOf(pages)).toEqual([[seeded.latest!.recordingSid]]);
    const statuses = since(before)
      .filter((r) => r.path.endsWith('/Recordings.json'))
      .map((r) => r.status);
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('reads transcriptions as they progress; a recording without one, or gone, has none', async () => {
    const api = connect();
    expect(await api.transcriptionsOf(seeded.first!.recordingSid)).toEqual([
      {
        sid: seeded.first!.transcriptionSid,
        recordingSid: seeded.first!.recordingSid,
        state: 'completed',
        text: 'Call me back',
        createdAt: expect.any(Number),
      },
    ]);
    const withheld = seeded.withheld!;
    expect(await api.transcriptionsOf(withheld.recordingSid)).toEqual([
      expect.objectContaining({ state: 'transcribing', text: null }),
    ]);
    double.voicemail.settleTranscription(withheld.transcriptionSid!, { status: 'failed' });
    expect(await api.transcriptionsOf(withheld.recordingSid)).toEqual([
      expect.objectContaining({ state: 'failed', text: null }),
    ]);
    expect(await api.transcriptionsOf(seeded.latest!.recordingSid)).toEqual([]);
    expect(await api.transcriptionsOf(`RE${'0'.repeat(32)}`)).toEqual([]);
  });

  it('downloads the recording as MP3 with the account’s credentials: the seeded tone', async () => {
    const audio = (await connect().recordingAudio(seeded.first!.recordingSid))!;
    expect(audio.contentType).toBe('audio/mpeg');
    expect(audio.bytes.readUInt16BE(0) & 0xffe0).toBe(0xffe0); // an MPEG frame sync
    expect(await toneShare(audio.bytes, 'mp3', 440)).toBeGreaterThan(0.8);
    const wrong = await connect('f'.repeat(32))
      .recordingAudio(seeded.first!.recordingSid)
      .catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(TwilioProblemError);
    expect((wrong as TwilioProblemError).problem.code).toBe(20003);
    // A recording deleted on Twilio (in the Console, say) is no error: there is nothing to download.
    expect(await connect().recordingAudio(`RE${'9'.repeat(32)}`)).toBeNull();
  });

  it('retries a download Twilio refused with 20429', async () => {
    const sid = seeded.latest!.recordingSid;
    double.failNext({
      path: new RegExp(`/Recordings/${sid}\\.mp3$`),
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
    });
    expect((await connect().recordingAudio(sid))?.contentType).toBe('audio/mpeg');
  });

  it('deletes the transcription and then the recording; deleting again is done already', async () => {
    const api = connect();
    const { recordingSid, transcriptionSid } = seeded.first!;
    const before = double.requests().length;
    await api.deleteVoicemail(recordingSid);
    const state = double.state();
    expect(state.recordings.map((r) => r.sid)).not.toContain(recordingSid);
    expect(state.transcriptions.map((t) => t.sid)).not.toContain(transcriptionSid);
    expect(
      since(before)
        .filter((r) => r.method === 'DELETE')
        .map((r) => r.path.replace(/^.*\/Accounts\/AC\w+/, '')),
    ).toEqual([`/Transcriptions/${transcriptionSid}.json`, `/Recordings/${recordingSid}.json`]);
    await expect(api.deleteVoicemail(recordingSid)).resolves.toBeUndefined();
    expect(sidsOf(await pagesOf(api.voicemailPages(line, null)))).toEqual([
      [seeded.latest!.recordingSid, seeded.withheld!.recordingSid],
    ]);
  });

  it('says what to do when the sign-in fails, without the token', async () => {
    const wrong = 'f'.repeat(32);
    const failure = await pagesOf(connect(wrong).voicemailPages(line, null)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TwilioProblemError);
    const { problem } = failure as TwilioProblemError;
    expect(problem.code).toBe(20003);
    expect(problem.whatToDo).toMatch(/Account SID and Auth Token/);
    expect(JSON.stringify(problem)).not.toContain(wrong);
  });
});
