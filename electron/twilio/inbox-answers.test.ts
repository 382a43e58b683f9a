import { CallInstance } from 'twilio/lib/rest/api/v2010/account/call';
import { MessageInstance } from 'twilio/lib/rest/api/v2010/account/message';
import { MediaInstance } from 'twilio/lib/rest/api/v2010/account/message/media';
import { RecordingInstance } from 'twilio/lib/rest/api/v2010/account/recording';
import { TranscriptionInstance } from 'twilio/lib/rest/api/v2010/account/transcription';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import {
  callAnswer,
  mediaAnswer,
  messageAnswer,
  messageStatusOf,
  readableBody,
  recordingAnswer,
  transcriptionAnswer,
  usableListed,
} from './inbox-answers';

/*
 * Answers as twilio-node hands them over: its instance classes built from the JSON Twilio sent, with
 * the fields Twilio's OpenAPI description lets be null set to null, or to something huge or hostile.
 */

const account = `AC${'a'.repeat(32)}`;
const sid = (prefix: string, digit = '1') => `${prefix}${digit.repeat(32)}`;
const version = {} as never;
const huge = 'x'.repeat(1_000_000);
const date = 'Mon, 02 Nov 2026 09:00:00 +0000';
const at = Date.parse('2026-11-02T09:00:00Z');

const message = (payload: Record<string, unknown>) =>
  new MessageInstance(
    version,
    {
      sid: sid('SM'),
      direction: 'inbound',
      from: '+14155550111',
      to: '+15125550100',
      body: 'Hello',
      status: 'received',
      date_sent: date,
      date_created: date,
      error_code: null,
      num_media: '0',
      ...payload,
    } as never,
    account,
  );
const parse = <T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data! : 'unusable';
};

describe('message answers', () => {
  it('reads an inbound message', () => {
    expect(parse(messageAnswer, message({ num_media: '2' }))).toEqual({
      sid: sid('SM'),
      direction: 'incoming',
      from: '+14155550111',
      to: '+15125550100',
      body: 'Hello',
      at,
      status: 'received',
      errorCode: null,
      mediaCount: 2,
    });
  });

  it('takes every nullable field as null: an empty body, no media, the creation time when not sent yet', () => {
    const sent = parse(
      messageAnswer,
      message({
        direction: 'outbound-api',
        body: null,
        status: null,
        date_sent: null,
        error_code: null,
        num_media: null,
        price: null,
        error_message: null,
      }),
    );
    expect(sent).toMatchObject({
      direction: 'outgoing',
      body: '',
      at,
      status: 'queued',
      errorCode: null,
      mediaCount: 0,
    });
  });

  it('leaves out a message without a sid, a sender, a recipient or any date', () => {
    for (const change of [{ sid: null }, { sid: 'SMnot-a-sid' }, { from: null }, { to: '\u0000' }]) {
      expect(parse(messageAnswer, message(change))).toBe('unusable');
    }
    expect(parse(messageAnswer, message({ date_sent: null, date_created: null }))).toBe('unusable');
    expect(parse(messageAnswer, message({ date_sent: 'yesterday', date_created: 'never' }))).toBe('unusable');
  });

  it('clamps huge texts and makes hostile ones readable, keeping a body’s line breaks', () => {
    const read = parse(
      messageAnswer,
      message({ from: `+1${huge}`, body: `Hi\u0000 there\r\nsee \u202Emoc.elgoog\n${huge}` }),
    ) as { from: string; body: string };
    expect(read.from).toHaveLength(64);
    expect(read.from.endsWith('…')).toBe(true);
    expect(read.body.length).toBeLessThanOrEqual(10_000);
    expect(read.body.length).toBeGreaterThan(9_990);
    expect(read.body.startsWith('Hi there\nsee moc.elgoog\nxxx')).toBe(true);
    expect(read.body.endsWith('…')).toBe(true);
    expect(readableBody('one\r\ntwo\rthree\n\u0007')).toBe('one\ntwo\nthree');
  });

  it('keeps Twilio’s error code only when it is one', () => {
    const code = (error_code: unknown) =>
      (parse(messageAnswer, message({ error_code })) as { errorCode: unknown }).errorCode;
    expect([code(30003), code('30003'), code(-1), code(1e12), code('x'.repeat(100))]).toEqual([
      30003,
      30003, // twilio-node turns digits into a number
      null,
      null,
      null,
    ]);
  });

  it('counts at most ten pictures', () => {
    const count = (num_media: unknown) =>
      (parse(messageAnswer, message({ num_media })) as { mediaCount: number }).mediaCount;
    expect([count('3'), count('99'), count('-1'), count('lots'), count(null)]).toEqual([3, 10, 0, 0, 0]);
  });

  it('maps all thirteen statuses Twilio lists to the six a thread shows', () => {
    const statuses = {
      queued: 'queued',
      sending: 'queued',
      accepted: 'queued',
      scheduled: 'queued',
      sent: 'sent',
      delivered: 'delivered',
      read: 'delivered',
      undelivered: 'undelivered',
      partially_delivered: 'undelivered',
      failed: 'failed',
      canceled: 'failed',
      receiving: 'received',
      received: 'received',
    };
    for (const [twilio, shown] of Object.entries(statuses)) expect(messageStatusOf(twilio, false)).toBe(shown);
    expect([messageStatusOf('something-new', true), messageStatusOf(null, false)]).toEqual(['received', 'queued']);
  });

  it('tells the direction from the status when Twilio does not say', () => {
    const direction = (status: string) =>
      (parse(messageAnswer, message({ direction: null, status })) as { direction: string }).direction;
    expect([direction('received'), direction('delivered')]).toEqual(['incoming', 'outgoing']);
    expect((parse(messageAnswer, message({ direction: 'outbound-reply' })) as { direction: string }).direction).toBe(
      'outgoing',
    );
  });
});

describe('voicemail answers', () => {
  const recording = (payload: Record<string, unknown>) =>
    new RecordingInstance(
      version,
      {
        sid: sid('RE'),
        call_sid: sid('CA'),
        date_created: date,
        start_time: 'Mon, 02 Nov 2026 08:59:50 +0000',
        duration: '10',
        status: 'completed',
        source: 'RecordVerb',
        ...payload,
      } as never,
      account,
    );

  it('reads a voicemail recording; a call recording or one still processing is not voicemail', () => {
    expect(parse(recordingAnswer, recording({}))).toEqual({
      sid: sid('RE'),
      callSid: sid('CA'),
      createdAt: at,
      durationSeconds: 10,
      isVoicemail: true,
    });
    expect(parse(recordingAnswer, recording({ source: 'DialVerb' }))).toMatchObject({ isVoicemail: false });
    expect(parse(recordingAnswer, recording({ source: 'StartCallRecordingAPI' }))).toMatchObject({
      isVoicemail: false,
    });
    expect(parse(recordingAnswer, recording({ status: 'processing' }))).toMatchObject({ isVoicemail: false });
  });

  it('takes null fields as unknown: no call, no date (then the start time), no duration', () => {
    const nulls = { call_sid: null, date_created: null, duration: null, status: null, source: null, price: null };
    expect(parse(recordingAnswer, recording(nulls))).toEqual({
      sid: sid('RE'),
      callSid: null,
      createdAt: Date.parse('2026-11-02T08:59:50Z'),
      durationSeconds: 0,
      isVoicemail: false,
    });
    expect(parse(recordingAnswer, recording({ duration: '-1' }))).toMatchObject({ durationSeconds: 0 });
    expect(parse(recordingAnswer, recording({ duration: '9999999' }))).toMatchObject({ durationSeconds: 86_400 });
    expect(parse(recordingAnswer, recording({ sid: null }))).toBe('unusable');
    expect(parse(recordingAnswer, recording({ call_sid: huge }))).toBe('unusable');
  });

  it('reads a call’s parties as Twilio gives them, null when it gives none', () => {
    const call = (payload: Record<string, unknown>) =>
      new CallInstance(version, { sid: sid('CA'), start_time: date, ...payload } as never, account);
    expect(parse(callAnswer, call({ from: 'Anonymous', to: '+15125550100' }))).toEqual({
      sid: sid('CA'),
      from: 'Anonymous',
      to: '+15125550100',
      startTime: at,
    });
    expect(parse(callAnswer, call({ from: null, to: null, start_time: null }))).toMatchObject({
      from: null,
      to: null,
      startTime: null,
    });
    expect(parse(callAnswer, call({ from: `\u202E${huge}` }))).toMatchObject({
      from: expect.stringMatching(/^x{63}…$/),
    });
  });

  it('reads a transcription’s state and text; without a known status it is left out', () => {
    const transcription = (payload: Record<string, unknown>) =>
      new TranscriptionInstance(
        version,
        {
          sid: sid('TR'),
          recording_sid: sid('RE'),
          status: 'completed',
          transcription_text: 'Call me back',
          date_created: 'Wed, 02 Dec 2026 10:00:05 +0000',
          ...payload,
        } as never,
        account,
      );
    expect(parse(transcriptionAnswer, transcription({}))).toEqual({
      sid: sid('TR'),
      recordingSid: sid('RE'),
      createdAt: Date.UTC(2026, 11, 2, 10, 0, 5),
      state: 'completed',
      text: 'Call me back',
    });
    expect(parse(transcriptionAnswer, transcription({ date_created: null }))).toMatchObject({ createdAt: null });
    expect(
      parse(transcriptionAnswer, transcription({ status: 'in-progress', transcription_text: null })),
    ).toMatchObject({
      state: 'transcribing',
      text: null,
    });
    expect(parse(transcriptionAnswer, transcription({ transcription_text: `a\u0000b ${huge}` }))).toMatchObject({
      text: expect.stringMatching(/^a b x+…$/),
    });
    expect(
      (parse(transcriptionAnswer, transcription({ transcription_text: huge })) as { text: string }).text,
    ).toHaveLength(20_000);
    expect(parse(transcriptionAnswer, transcription({ status: null }))).toBe('unusable');
    expect(parse(transcriptionAnswer, transcription({ recording_sid: null }))).toBe('unusable');
  });
});

describe('media answers', () => {
  const media = (payload: Record<string, unknown>) =>
    new MediaInstance(version, { sid: sid('ME'), content_type: 'image/png', ...payload } as never, account, sid('MM'));

  it('reads the type in lower case; a missing one is unknown bytes', () => {
    expect(parse(mediaAnswer, media({ content_type: 'IMAGE/PNG' }))).toEqual({
      sid: sid('ME'),
      contentType: 'image/png',
    });
    expect(parse(mediaAnswer, media({ content_type: null }))).toMatchObject({
      contentType: 'application/octet-stream',
    });
    expect((parse(mediaAnswer, media({ content_type: huge })) as { contentType: string }).contentType).toHaveLength(
      100,
    );
    expect(parse(mediaAnswer, media({ sid: null }))).toBe('unusable');
  });
});

it('logs how many answers of a list were left out, never what they held', () => {
  const logger = createMemoryLogger();
  const secretish = 'Hello, my PIN is 1234';
  const listed = usableListed(
    messageAnswer,
    [message({ body: secretish }), message({ sid: null, body: secretish })],
    logger,
    'messages',
  );
  expect(listed).toHaveLength(1);
  expect(logger.records).toEqual([expect.objectContaining({ level: 'warn', fields: { what: 'messages', count: 1 } })]);
  expect(JSON.stringify(logger.records)).not.toContain('1234');
});
