import type { Database } from '../sqlite';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inboxTextLimits } from '../../../shared/models/inbox';
import { openDatabase } from '../open-database';
import { createInboxSearchQueries, planInboxSearch } from './inbox-search-queries';
import { createMessageQueries, type IncomingRemoteMessage } from './message-queries';
import { createVoicemailQueries } from './voicemail-queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function message(sid: string, at: number, body: string, overrides: Partial<IncomingRemoteMessage> = {}): void {
  createMessageQueries(db).upsert({
    sid,
    remoteNumber: '+15125550123',
    direction: 'incoming',
    body,
    at,
    status: 'received',
    errorCode: null,
    mediaCount: 0,
    ...overrides,
  });
}
function voicemail(sid: string, createdAt: number, text: string): void {
  const voicemails = createVoicemailQueries(db);
  voicemails.insertIfNew({
    sid,
    callSid: null,
    from: 'Anonymous',
    to: null,
    createdAt,
    durationSeconds: 10,
    transcriptionState: 'transcribing',
  });
  voicemails.setTranscription(sid, { state: 'completed', text });
}
const found = (query: string, limit = 50) =>
  createInboxSearchQueries(db)
    .search(query, limit)
    .map((hit) => `${hit.kind}:${hit.id}`);

describe('inbox search', () => {
  beforeEach(() => {
    // Stored out of time order, as a first sync fills history newest first.
    message('SM3', 3000, 'Lunch at the café tomorrow?');
    message('SM1', 1000, 'Running late, start the meeting without me');
    message('SM2', 2000, 'Meeting moved to Friday', { direction: 'outgoing', status: 'sent', remoteNumber: 'AMAZON' });
    voicemail('RE1', 2500, 'Hi, it is Zoë about the meeting on Friday, call me back');
    voicemail('RE2', 500, 'Your package was delivered');
  });

  it('finds message bodies and transcriptions by the start of each word, newest first', () => {
    expect(found('meet')).toEqual(['voicemail:RE1', 'message:SM2', 'message:SM1']);
    expect(found('MEETING fri')).toEqual(['voicemail:RE1', 'message:SM2']);
    expect(found('eeting')).toEqual([]);
    expect(found('cafe')).toEqual(['message:SM3']);
    expect(found('zoe')).toEqual(['voicemail:RE1']);
    expect(found('lunch nothing')).toEqual([]);
    expect(createInboxSearchQueries(db).search('meeting fri', 1)).toEqual([
      { kind: 'voicemail', id: 'RE1', remoteNumber: 'Anonymous', at: 2500, snippet: expect.any(String) as string },
    ]);
    expect(createInboxSearchQueries(db).search('moved', 5)[0]).toMatchObject({ remoteNumber: 'AMAZON', at: 2000 });
  });

  it('answers the newest matches when there are more than the limit', () => {
    for (const at of [7000, 5000, 9000, 4000, 8000, 6000]) message(`SMx${at}`, at, `hello ${at}`);
    expect(found('hello', 2)).toEqual(['message:SMx9000', 'message:SMx8000']);
    for (const at of [8500, 7500, 9500, 6500]) voicemail(`REx${at}`, at, `hello ${at}`);
    expect(found('hello', 3)).toEqual(['voicemail:REx9500', 'message:SMx9000', 'voicemail:REx8500']);
  });

  it('follows a message whose time changed to its new place', () => {
    message('SM1', 4000, 'Running late, start the meeting without me');
    expect(found('meet')).toEqual(['message:SM1', 'voicemail:RE1', 'message:SM2']);
    expect(found('meet', 1)).toEqual(['message:SM1']);
  });

  it('leaves out removed voicemail', () => {
    createVoicemailQueries(db).remove('RE1');
    expect(found('meeting')).toEqual(['message:SM2', 'message:SM1']);
  });

  it('answers nothing for no words or a limit of zero', () => {
    expect(found('')).toEqual([]);
    expect(found('  \t ')).toEqual([]);
    expect(found('meeting', 0)).toEqual([]);
  });

  it('gives plain text around the match, never longer than the contract allows', () => {
    message('SM9', 9000, `${'word '.repeat(400)}needle ${'word '.repeat(400)}`);
    message('SM8', 8000, `${'x'.repeat(5000)} needle`);
    const [around, huge] = createInboxSearchQueries(db).search('needle', 5);
    expect(around?.snippet).toMatch(/^…(word ){5,}needle( word){5,}…$/);
    expect(around?.snippet.length).toBeLessThan(200);
    expect(huge?.snippet.length).toBeLessThanOrEqual(inboxTextLimits.snippet);
    expect(createInboxSearchQueries(db).search('lunch', 5)[0]?.snippet).toBe('Lunch at the café tomorrow?');
  });

  it('treats quotes, operators and control characters as plain text', () => {
    message('SM4', 4000, 'Meet me near the "Blue" door * at 5');
    expect(found('"blue"')).toEqual(['message:SM4']);
    expect(found('NEAR(the')).toEqual(['message:SM4']);
    expect(found('near\u0000door')).toEqual(['message:SM4']);
    expect(found('door OR lunch')).toEqual([]);
    expect(found('body:door')).toEqual([]);
    expect(found('lun*')).toEqual(['message:SM3']);
    expect(found('lunch (((')).toEqual(['message:SM3']);
    for (const query of ['"', '*', 'NEAR(', '(((', '^', '-', 'AND', ':', '\\', "'; DROP TABLE messages; --", '🙂']) {
      expect(() => found(query)).not.toThrow();
    }
  });

  it('answers any text up to 200 characters without a query error', () => {
    const search = createInboxSearchQueries(db);
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (query) => {
        expect(search.search(query, 10).length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 500 },
    );
    expect(found(`meeting ${'x'.repeat(192)}`)).toEqual([]);
  });
});

describe('planInboxSearch', () => {
  it('needs every word as a word start, drops words without a letter or digit, and uses the first eight', () => {
    expect(planInboxSearch('Meet  fri')).toBe('"Meet"* "fri"*');
    expect(planInboxSearch('say "hi" * (')).toBe('"say"* """hi"""*');
    expect(planInboxSearch('a\u0000b')).toBe('"a"* "b"*');
    expect(planInboxSearch('* ( 🙂')).toBeNull();
    expect(planInboxSearch('1 2 3 4 5 6 7 8 9 10')).toBe('"1"* "2"* "3"* "4"* "5"* "6"* "7"* "8"*');
  });
});
