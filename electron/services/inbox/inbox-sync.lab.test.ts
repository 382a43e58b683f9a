import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TwilioDouble } from '../../../e2e/lab/twilio-double';
import type { InboxApi } from '../../twilio/inbox-api';
import { createInboxUnderTest, inboxAccount, lineNumber, startInboxDouble } from './inbox-test-kit';

/*
 * The inbox end to end in main: the service with its real database, files and Twilio client, against
 * the Twilio double behind Prism (every request and answer checked against Twilio's contract).
 */

const bob = '+15125550177';
const carol = '+447700900123';
let double: TwilioDouble;
let under: ReturnType<typeof createInboxUnderTest>;

beforeAll(async () => {
  double = await startInboxDouble();
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
beforeEach(() => {
  under = createInboxUnderTest(double);
});
afterEach(async () => {
  await under.close();
  double.assertNoValidationErrors();
  expect(JSON.stringify(under.logger.records)).not.toContain(inboxAccount.authToken);
});

/** What Twilio itself serves at this path of the account (the double, asked directly). */
async function twilioBytes(path: string): Promise<Buffer> {
  const auth = Buffer.from(`${inboxAccount.sid}:${inboxAccount.authToken}`).toString('base64');
  const response = await fetch(`${double.endpoints.api}/2010-04-01/Accounts/${inboxAccount.sid}/${path}`, {
    headers: { authorization: `Basic ${auth}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

let minute = 0;
/** Distinct, increasing times in the past (the double's lists are newest first, at whole seconds). */
const past = () => new Date(Date.UTC(2026, 10, 1, 9, minute++));

describe('voicemail from Twilio', () => {
  it('arrives with its caller, transcription and audio; a second sync changes nothing', async () => {
    under.contacts.set(bob, 'Bob Example');
    const first = await double.voicemail.seed({
      to: lineNumber,
      from: bob,
      toneHz: 440,
      seconds: 3,
      dateCreated: past(),
      transcription: { status: 'completed', text: 'Hi, it is Bob. Call me back about Friday.' },
    });
    await double.voicemail.seed({ to: lineNumber, from: carol, toneHz: 660, seconds: 1, dateCreated: past() });
    // A recording on a call to the account's other number is not this line's voicemail.
    await double.voicemail.seed({ to: '+15125550111', from: bob, toneHz: 550, seconds: 4, dateCreated: past() });

    const status = await under.inbox.syncNow();
    expect(status).toMatchObject({ available: true, syncing: false, problem: null });
    const listed = under.inbox.voicemail.list(0, 50);
    expect(listed.total).toBe(2);
    expect(listed.unplayed).toBe(2);
    expect(listed.items.map((v) => [v.from, v.contactName, v.durationSeconds, v.transcription.state])).toEqual([
      [carol, null, 1, 'none'],
      [bob, 'Bob Example', 3, 'completed'],
    ]);
    expect(listed.items[1]!.transcription.text).toBe('Hi, it is Bob. Call me back about Friday.');
    expect(listed.items.every((v) => v.audioSaved)).toBe(true);
    const audio = await under.inbox.voicemail.audio(first.recordingSid);
    expect(audio.contentType).toBe('audio/mpeg');
    expect(Buffer.from(audio.base64, 'base64').equals(await twilioBytes(`Recordings/${first.recordingSid}.mp3`))).toBe(
      true,
    );
    expect(under.events('voicemail:changed').at(-1)).toEqual({ unplayed: 2 });
    // The first sync brings old news: no notification for each.
    expect(under.events('inbox:arrived')).toEqual([]);

    const requestsBefore = double.requests().length;
    await under.inbox.syncNow();
    expect(under.inbox.voicemail.list(0, 50).total).toBe(2);
    const downloads = double
      .requests()
      .slice(requestsBefore)
      .filter((r) => /Recordings\/RE\w+\.mp3/.test(r.path));
    expect(downloads).toEqual([]);
  });

  it('announces a new voicemail once Twilio has transcribed it, quoting its first words', async () => {
    await under.inbox.syncNow();
    const left = await double.voicemail.seed({
      to: lineNumber,
      from: bob,
      toneHz: 440,
      seconds: 5,
      dateCreated: new Date(),
      transcription: { status: 'in-progress' },
    });
    await under.inbox.syncNow();
    const row = under.inbox.voicemail.list(0, 50).items.find((v) => v.id === left.recordingSid)!;
    expect(row.transcription).toEqual({ state: 'transcribing', text: null });
    expect(under.events('inbox:arrived')).toEqual([]);
    double.voicemail.settleTranscription(left.transcriptionSid!, {
      status: 'completed',
      text: 'Running late, start without me',
    });
    await under.inbox.syncNow();
    expect(under.events('inbox:arrived')).toEqual([
      {
        target: { kind: 'voicemail', id: left.recordingSid },
        title: `Voicemail from ${bob}`,
        body: 'Running late, start without me',
      },
    ]);
  });

  it('many pending transcriptions are read from the account’s list, not one request each', async () => {
    await under.inbox.syncNow();
    const left: Array<{ recordingSid: string; transcriptionSid: string | null }> = [];
    for (let n = 0; n < 8; n++) {
      left.push(
        await double.voicemail.seed({
          to: lineNumber,
          from: bob,
          toneHz: 440,
          seconds: 3,
          dateCreated: new Date(Date.now() - n * 1000),
          transcription: { status: 'in-progress' },
        }),
      );
    }
    await under.inbox.syncNow();
    left.forEach((voicemail, n) =>
      double.voicemail.settleTranscription(voicemail.transcriptionSid!, { status: 'completed', text: `Message ${n}` }),
    );
    const before = double.requests().length;
    await under.inbox.syncNow();
    const transcriptionRequests = double
      .requests()
      .slice(before)
      .filter((r) => r.path.includes('Transcriptions'));
    expect(transcriptionRequests.map((r) => r.path)).toEqual([
      `/2010-04-01/Accounts/${inboxAccount.sid}/Transcriptions.json`,
    ]);
    const texts = under.inbox.voicemail.list(0, 500).items.filter((v) => left.some((l) => l.recordingSid === v.id));
    expect(texts.map((v) => v.transcription.text).sort()).toEqual(left.map((_, n) => `Message ${n}`).sort());
  });

  it('deletes a voicemail on Twilio (recording and transcription) and never brings it back', async () => {
    const left = await double.voicemail.seed({
      to: lineNumber,
      from: bob,
      toneHz: 440,
      seconds: 3,
      dateCreated: past(),
      transcription: { status: 'completed', text: 'Delete me' },
    });
    await under.inbox.syncNow();
    await under.inbox.voicemail.remove(left.recordingSid);
    expect(double.state().recordings.some((r) => r.sid === left.recordingSid)).toBe(false);
    expect(double.state().transcriptions.some((t) => t.sid === left.transcriptionSid)).toBe(false);
    await under.inbox.syncNow();
    expect(under.inbox.voicemail.list(0, 50).items.some((v) => v.id === left.recordingSid)).toBe(false);
    expect(under.inbox.search.bind(under.inbox)('Delete', 10).items).toEqual([]);
    await expect(under.inbox.voicemail.audio(left.recordingSid)).rejects.toMatchObject({
      code: 'not-found',
      words: { id: 'inbox.voicemailGone' },
    });
  });

  it('with “delete from Twilio” on, a saved and transcribed voicemail goes from Twilio and still plays here', async () => {
    await under.close();
    under = createInboxUnderTest(double, { deleteFromTwilio: true });
    const left = await double.voicemail.seed({
      to: lineNumber,
      from: bob,
      toneHz: 440,
      seconds: 3,
      dateCreated: past(),
      transcription: { status: 'completed', text: 'Keep this one offline' },
    });
    await under.inbox.syncNow();
    expect(double.state().recordings.some((r) => r.sid === left.recordingSid)).toBe(false);
    const audio = await under.inbox.voicemail.audio(left.recordingSid);
    expect(Buffer.from(audio.base64, 'base64').length).toBeGreaterThan(1000);
    expect(under.inbox.voicemail.list(0, 500).items.find((v) => v.id === left.recordingSid)?.transcription.text).toBe(
      'Keep this one offline',
    );
  });

  it('Twilio’s 429 (too many requests) is waited out and retried, not reported', async () => {
    const before = double.requests().length;
    double.failNext({
      method: 'GET',
      path: /\/Messages\.json$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
      times: 2,
    });
    const status = await under.inbox.syncNow();
    expect(status.problem).toBeNull();
    const retried = double
      .requests()
      .slice(before)
      .filter((r) => r.status === 429);
    expect(retried.length).toBeGreaterThanOrEqual(2);
  });

  it('a recording Twilio no longer has, or cannot serve, does not stop the sync', async () => {
    await under.inbox.syncNow();
    const left = await double.voicemail.seed({
      to: lineNumber,
      from: bob,
      toneHz: 440,
      seconds: 1,
      dateCreated: new Date(),
    });
    let serving = false;
    await under.close();
    under = createInboxUnderTest(double, {
      wrapApi: (api) => ({
        ...api,
        recordingAudio: async (sid) => {
          if (!serving && sid === left.recordingSid)
            throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
          return api.recordingAudio(sid);
        },
      }),
    });
    const first = await under.inbox.syncNow();
    expect(first.problem).toBeNull();
    expect(under.inbox.voicemail.list(0, 500).items.find((v) => v.id === left.recordingSid)?.audioSaved).toBe(false);

    serving = true;
    const auth = Buffer.from(`${inboxAccount.sid}:${inboxAccount.authToken}`).toString('base64');
    const deleted = await fetch(
      `${double.endpoints.api}/2010-04-01/Accounts/${inboxAccount.sid}/Recordings/${left.recordingSid}.json`,
      {
        method: 'DELETE',
        headers: { authorization: `Basic ${auth}` },
      },
    );
    expect(deleted.status).toBe(204);
    const second = await under.inbox.syncNow();
    expect(second.problem).toBeNull();
    await expect(under.inbox.voicemail.audio(left.recordingSid)).rejects.toThrow(/Twilio no longer has it/);
    const asked = double.requests().filter((r) => r.path.endsWith(`${left.recordingSid}.mp3`)).length;
    await under.inbox.syncNow();
    expect(double.requests().filter((r) => r.path.endsWith(`${left.recordingSid}.mp3`)).length).toBe(asked);
  });

  it('a sync cut off after its first page runs again without duplicates', async () => {
    const seeded: string[] = [];
    // Newer than anything other tests left on the double, so the first page of two is this test's.
    for (let n = 0; n < 5; n++) {
      const left = await double.voicemail.seed({
        to: lineNumber,
        from: bob,
        toneHz: 440 + n * 10,
        seconds: 2,
        dateCreated: new Date(Date.now() + (n + 1) * 60_000),
      });
      seeded.push(left.recordingSid);
    }
    let cut = true;
    const twoPerPage = (api: InboxApi): InboxApi => ({
      ...api,
      async *voicemailPages(number, since) {
        let pages = 0;
        for await (const page of api.voicemailPages(number, since, 2)) {
          yield page;
          pages += 1;
          // Twilio fails the next page's request, as a dropped connection would.
          if (cut && pages === 1) {
            double.failNext({
              method: 'GET',
              path: /\/Recordings\.json$/,
              status: 500,
              code: 20500,
              message: 'Internal Server Error',
            });
          }
        }
      },
    });
    await under.close();
    under = createInboxUnderTest(double, { wrapApi: twoPerPage });
    const stopped = await under.inbox.syncNow();
    expect(stopped.problem).not.toBeNull();
    const afterCut = under.inbox.voicemail.list(0, 500).items.map((v) => v.id);
    // The first page (the two newest) is in; the cursor did not move, so the next pass starts over.
    expect(afterCut.filter((id) => seeded.includes(id)).sort()).toEqual(seeded.slice(3).sort());
    expect(under.queries.cursors.get('voicemail')).toBeNull();

    cut = false;
    const resumed = await under.inbox.syncNow();
    expect(resumed.problem).toBeNull();
    const ids = under.inbox.voicemail.list(0, 500).items.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(seeded));
    expect(under.queries.cursors.get('voicemail')).not.toBeNull();
  });
});

describe('text messages through Twilio', () => {
  it('a conversation both ways: received, answered, delivered, read', async () => {
    under.contacts.set(bob, 'Bob Example');
    await under.inbox.syncNow();
    under.clearEvents();
    // Bob wrote a few seconds before the reply (Twilio's times are whole seconds; people are not that quick).
    double.messaging.injectInbound({
      from: bob,
      to: lineNumber,
      body: 'Lunch on Friday?',
      dateSent: new Date(Date.now() - 5000),
    });
    await under.inbox.syncNow();
    const conversations = under.inbox.messages.conversations(0, 50, false);
    const withBob = conversations.items.find((c) => c.remoteNumber === bob)!;
    expect(withBob).toMatchObject({
      contactName: 'Bob Example',
      unread: 1,
      lastMessage: { preview: 'Lunch on Friday?', direction: 'incoming' },
    });
    expect(under.events('inbox:arrived')).toEqual([
      { target: { kind: 'conversation', remoteNumber: bob }, title: 'Bob Example', body: 'Lunch on Friday?' },
    ]);
    expect(under.events('messages:changed').at(-1)).toEqual({ unread: conversations.unread, remoteNumbers: [bob] });

    const reply = await under.inbox.messages.send('(512) 555-0177', 'Yes, 12:30 works');
    expect(reply).toMatchObject({ remoteNumber: bob, direction: 'outgoing', status: 'queued', errorCode: null });
    const onTwilio = double.state().messages.find((m) => m.sid === reply.id)!;
    expect(onTwilio).toMatchObject({ from: lineNumber, to: bob, body: 'Yes, 12:30 works' });
    double.messaging.advance(reply.id);
    double.messaging.advance(reply.id);
    await under.inbox.syncNow();
    const thread = under.inbox.messages.thread(bob, null, 50).items;
    expect(thread.map((m) => [m.direction, m.body, m.status])).toEqual([
      ['incoming', 'Lunch on Friday?', 'received'],
      ['outgoing', 'Yes, 12:30 works', 'delivered'],
    ]);
    under.inbox.messages.markRead(bob);
    expect(under.inbox.messages.conversations(0, 50, false).items.find((c) => c.remoteNumber === bob)!.unread).toBe(0);
    expect(under.inbox.search('friday', 10).items.map((hit) => [hit.kind, hit.remoteNumber])).toContainEqual([
      'message',
      bob,
    ]);
  });

  it('a blocked sender’s messages are hidden from the list, the counts and notifications; unblocking brings them back', async () => {
    const blockedCallers = ['+1900*', 'withheld'];
    await under.close();
    under = createInboxUnderTest(double, { blockedCallers });
    await under.inbox.syncNow();
    under.clearEvents();
    const spam = '+19005550142';
    double.messaging.injectInbound({ from: spam, to: lineNumber, body: 'You won a cruise' });
    double.messaging.injectInbound({ from: bob, to: lineNumber, body: 'Call me' });
    await under.inbox.syncNow();

    const shown = under.inbox.messages.conversations(0, 50, false);
    expect(shown.items.map((c) => c.remoteNumber)).toContain(bob);
    expect(shown.items.map((c) => c.remoteNumber)).not.toContain(spam);
    expect(shown.blocked).toBe(1);
    const all = under.inbox.messages.conversations(0, 50, true);
    expect(all.items.find((c) => c.remoteNumber === spam)).toMatchObject({ unread: 1 });
    expect([all.total, all.unread, all.blocked]).toEqual([shown.total + 1, shown.unread, 1]);
    // The tab's badge, the tray and the list count the same.
    expect(under.inbox.unread().messages).toBe(shown.unread);
    expect(under.events('messages:changed').at(-1)?.unread).toBe(shown.unread);
    expect(under.events('inbox:arrived').map((arrival) => arrival.target)).toEqual([
      { kind: 'conversation', remoteNumber: bob },
    ]);

    under.clearEvents();
    blockedCallers.splice(0, 1);
    under.inbox.setupChanged();
    expect(under.events('messages:changed')).toEqual([{ unread: shown.unread + 1, remoteNumbers: [spam] }]);
    expect(under.inbox.messages.conversations(0, 50, false)).toMatchObject({ total: all.total, blocked: 0 });
    // A setup change that leaves the blocked callers as they were tells the views nothing.
    under.inbox.setupChanged();
    blockedCallers.splice(0, 1);
    under.inbox.setupChanged();
    expect(under.events('messages:changed')).toHaveLength(1);
  });

  it('a message the network could not deliver keeps its code; one Twilio refused is kept as failed', async () => {
    const landline = '+15125550188';
    double.messaging.setDestinationFault(landline, { fail: 30006 });
    const sent = await under.inbox.messages.send(landline, 'Are you there?');
    double.messaging.advance(sent.id);
    double.messaging.advance(sent.id);
    await under.inbox.syncNow();
    expect(under.inbox.messages.thread(landline, null, 10).items.at(-1)).toMatchObject({
      status: 'undelivered',
      errorCode: 30006,
    });

    const optedOut = '+15125550199';
    double.messaging.setDestinationFault(optedOut, { refuse: 21610 });
    const refused = await under.inbox.messages.send(optedOut, 'Hello again');
    expect(refused).toMatchObject({ status: 'failed', errorCode: 21610, body: 'Hello again', remoteNumber: optedOut });
    await expect(under.inbox.messages.send('not a number', 'Hi')).rejects.toThrow(/phone number/i);
    await expect(under.inbox.messages.send('not a number', 'Hi')).rejects.toMatchObject({
      code: 'invalid-request',
      words: { id: 'inbox.recipientTypeSomething' },
    });
    // The country travels as its region code: the renderer names it in the person's language.
    await expect(under.inbox.messages.send('012 345 6789', 'Hi')).rejects.toMatchObject({
      words: { id: 'inbox.recipientNotInCountry', values: { country: 'US' } },
    });
    await expect(under.inbox.messages.send('sip:bob@example.com', 'Hi')).rejects.toMatchObject({
      words: { id: 'inbox.notToSipAddress' },
    });
  });

  it('a received picture is downloaded with the account’s credentials and served as bytes', async () => {
    const sid = double.messaging.injectInbound({
      from: carol,
      to: lineNumber,
      body: '',
      pictures: [{ width: 4, height: 3, rgb: [200, 30, 30] }],
    });
    await under.inbox.syncNow();
    const [message] = under.inbox.messages.thread(carol, null, 50).items.filter((m) => m.id === sid);
    expect(message?.media).toHaveLength(1);
    const picture = await under.inbox.messages.media(message!.media[0]!.id);
    expect(picture.contentType).toBe('image/png');
    const served = Buffer.from(picture.base64, 'base64');
    expect(served.equals(await twilioBytes(`Messages/${sid}/Media/${message!.media[0]!.id}`))).toBe(true);
    expect(
      under.inbox.messages.conversations(0, 50, false).items.find((c) => c.remoteNumber === carol)!.lastMessage,
    ).toMatchObject({ preview: '', withMedia: true });
  });
});
