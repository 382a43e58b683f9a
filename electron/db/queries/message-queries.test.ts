import type { Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createMessageQueries, type IncomingRemoteMessage, type MessageQueries } from './message-queries';

const nobody = { numbers: [], prefixes: [] };

let db: Database;
let messages: MessageQueries;
beforeEach(() => {
  db = openDatabase(':memory:');
  messages = createMessageQueries(db);
});
afterEach(() => db.close());

const incoming = (sid: string, at: number, overrides: Partial<IncomingRemoteMessage> = {}): IncomingRemoteMessage => ({
  sid,
  remoteNumber: '+15125550123',
  direction: 'incoming',
  body: `message ${sid}`,
  at,
  status: 'received',
  errorCode: null,
  mediaCount: 0,
  ...overrides,
});
const outgoing = (sid: string, at: number, overrides: Partial<IncomingRemoteMessage> = {}) =>
  incoming(sid, at, { direction: 'outgoing', status: 'queued', ...overrides });
const threadSids = (remote: string, before: { at: number; id: string } | null, limit: number) => {
  const page = messages.thread(remote, before, limit);
  return { sids: page.items.map((item) => item.sid), hasOlder: page.hasOlder };
};

describe('message queries', () => {
  it('stores a new incoming message unread and an outgoing one read', () => {
    expect(messages.upsert(incoming('SM1', 1000))).toBe('new');
    expect(messages.upsert(outgoing('SM2', 2000))).toBe('new');
    expect(messages.get('SM1')).toEqual({
      sid: 'SM1',
      remoteNumber: '+15125550123',
      direction: 'incoming',
      body: 'message SM1',
      at: 1000,
      status: 'received',
      errorCode: null,
      read: false,
      media: [],
    });
    expect(messages.get('SM2')).toMatchObject({ read: true, status: 'queued' });
    expect(messages.counts(nobody).unread).toBe(1);
    expect(messages.get('SM9')).toBeUndefined();
  });

  it("says 'same' for a message seen again, 'changed' when any field moved, and keeps it read", () => {
    messages.upsert(incoming('SM1', 1000));
    messages.markRead('+15125550123');
    expect(messages.upsert(incoming('SM1', 1000))).toBe('same');
    expect(messages.upsert(incoming('SM1', 1000, { body: 'edited' }))).toBe('changed');
    expect(messages.upsert(incoming('SM1', 1000, { body: 'edited', mediaCount: 1 }))).toBe('changed');
    expect(messages.get('SM1')).toMatchObject({ body: 'edited', read: true });

    messages.upsert(outgoing('SM2', 2000));
    expect(messages.upsert(outgoing('SM2', 2500, { status: 'sent' }))).toBe('changed');
    expect(messages.upsert(outgoing('SM2', 2500, { status: 'sent' }))).toBe('same');
    expect(messages.upsert(outgoing('SM2', 2500, { status: 'failed', errorCode: 30007 }))).toBe('changed');
    expect(messages.get('SM2')).toMatchObject({ at: 2500, status: 'failed', errorCode: 30007 });
  });

  it('never moves a delivery state back: an older answer about a final message changes nothing', () => {
    messages.upsert(outgoing('SM1', 1000, { status: 'delivered' }));
    expect(messages.upsert(outgoing('SM1', 1000, { status: 'sent' }))).toBe('same');
    expect(messages.upsert(outgoing('SM1', 1000, { status: 'queued', at: 900 }))).toBe('same');
    expect(messages.get('SM1')).toMatchObject({ status: 'delivered', at: 1000 });
    expect(messages.upsert(outgoing('SM1', 1000, { status: 'undelivered', errorCode: 30003 }))).toBe('changed');
  });

  it('lists outgoing messages whose state can still change, recent ones only, newest first', () => {
    messages.upsert(outgoing('SM3', 3000, { status: 'sent' }));
    messages.upsert(outgoing('SM1', 1000));
    messages.upsert(outgoing('SM2', 2000, { status: 'delivered' }));
    messages.upsert(outgoing('SM0', 100, { status: 'sent' }));
    messages.upsert(incoming('SM4', 500));
    expect(messages.pendingOutbound(500, 10)).toEqual(['SM3', 'SM1']);
    expect(messages.pendingOutbound(0, 10)).toEqual(['SM3', 'SM1', 'SM0']);
    expect(messages.pendingOutbound(0, 1)).toEqual(['SM3']);
    messages.upsert(outgoing('SM1', 1000, { status: 'failed', errorCode: 21610 }));
    expect(messages.pendingOutbound(500, 10)).toEqual(['SM3']);
  });

  it('pages a thread oldest first by (at, sid), without gaps or repeats among equal times', () => {
    const times = [1000, 2000, 2000, 2000, 2000, 3000, 4000];
    ['SMa', 'SMe', 'SMc', 'SMd', 'SMb', 'SMf', 'SMg'].forEach((sid, index) =>
      messages.upsert(incoming(sid, times[index]!)),
    );
    messages.upsert(incoming('SMx', 2500, { remoteNumber: '+442079460958' }));
    expect(threadSids('+15125550123', null, 3)).toEqual({ sids: ['SMe', 'SMf', 'SMg'], hasOlder: true });
    expect(threadSids('+15125550123', { at: 2000, id: 'SMe' }, 3)).toEqual({
      sids: ['SMb', 'SMc', 'SMd'],
      hasOlder: true,
    });
    expect(threadSids('+15125550123', { at: 2000, id: 'SMb' }, 3)).toEqual({ sids: ['SMa'], hasOlder: false });
    expect(threadSids('+15125550123', { at: 1000, id: 'SMa' }, 3)).toEqual({ sids: [], hasOlder: false });
    expect(threadSids('+15125550123', null, 7)).toEqual({
      sids: ['SMa', 'SMb', 'SMc', 'SMd', 'SMe', 'SMf', 'SMg'],
      hasOlder: false,
    });
    expect(threadSids('+19999999999', null, 10)).toEqual({ sids: [], hasOlder: false });
  });

  it('lists conversations by their newest message, with unread counts, and marks one read', () => {
    const ann = '+15125550123';
    const bob = '+442079460958';
    messages.upsert(incoming('SM1', 1000, { remoteNumber: ann }));
    messages.upsert(incoming('SM2', 2000, { remoteNumber: bob }));
    messages.upsert(incoming('SM3', 3000, { remoteNumber: ann }));
    messages.upsert(outgoing('SM4', 1500, { remoteNumber: bob }));
    messages.upsert(incoming('SM5', 500, { remoteNumber: 'AMAZON' }));
    const list = () =>
      messages.conversations(0, 10, nobody).map((item) => [item.remoteNumber, item.last.sid, item.unread] as const);
    expect(list()).toEqual([
      [ann, 'SM3', 2],
      [bob, 'SM2', 1],
      ['AMAZON', 'SM5', 1],
    ]);
    expect(messages.counts(nobody)).toEqual({ conversations: 3, blocked: 0, unread: 4 });

    messages.upsert(outgoing('SM4', 4000, { remoteNumber: bob, status: 'sent' }));
    expect(messages.conversations(0, 1, nobody)[0]).toMatchObject({
      remoteNumber: bob,
      last: { sid: 'SM4', at: 4000 },
    });
    expect(messages.conversations(1, 10, nobody).map((item) => item.remoteNumber)).toEqual([ann, 'AMAZON']);

    expect(messages.markRead(ann)).toBe(2);
    expect(messages.markRead(ann)).toBe(0);
    expect(messages.counts(nobody).unread).toBe(2);
    expect(list()[1]).toEqual([ann, 'SM3', 0]);
  });

  it('leaves out conversations with blocked senders, by number and by prefix, and counts them apart', () => {
    const ann = '+15125550123';
    const spam = '+19005550100';
    messages.upsert(incoming('SM1', 1000, { remoteNumber: ann }));
    messages.upsert(incoming('SM2', 2000, { remoteNumber: spam }));
    messages.upsert(incoming('SM3', 3000, { remoteNumber: '+447700900123' }));
    messages.upsert(incoming('SM4', 4000, { remoteNumber: 'AMAZON' }));
    messages.upsert(incoming('SM5', 5000, { remoteNumber: '+447700900123' }));
    const blocked = { numbers: ['+447700900123'], prefixes: ['+1900'] };
    const listed = (hidden: typeof blocked) => messages.conversations(0, 10, hidden).map((item) => item.remoteNumber);

    expect(listed(blocked)).toEqual(['AMAZON', ann]);
    expect(messages.conversations(1, 10, blocked).map((item) => item.remoteNumber)).toEqual([ann]);
    expect(listed(nobody)).toEqual(['+447700900123', 'AMAZON', spam, ann]);
    expect(messages.counts(blocked)).toEqual({ conversations: 4, blocked: 2, unread: 2 });
    expect(messages.conversationsFrom(blocked, 10).sort()).toEqual(['+19005550100', '+447700900123']);
    expect(messages.conversationsFrom(blocked, 1)).toHaveLength(1);
    // A prefix is compared as text: no LIKE wildcards, no partial matches of the number's end.
    expect(listed({ numbers: [], prefixes: ['%', '_'] })).toHaveLength(4);
    expect(listed({ numbers: [], prefixes: ['0123'] })).toHaveLength(4);
  });

  it('stores picture lists in order, keeps downloaded files, and lists messages still without one', () => {
    messages.upsert(incoming('MM1', 1000, { mediaCount: 2 }));
    messages.upsert(incoming('MM2', 2000, { mediaCount: 1 }));
    messages.upsert(incoming('SM3', 3000));
    expect(messages.withMissingMedia(10)).toEqual(['MM2', 'MM1']);
    messages.setMedia('MM1', [
      { sid: 'ME2', contentType: 'image/png' },
      { sid: 'ME1', contentType: 'image/jpeg' },
    ]);
    messages.setMediaFile('ME1', 'ME1.jpg');
    messages.setMedia('MM1', [
      { sid: 'ME2', contentType: 'image/png' },
      { sid: 'ME1', contentType: 'image/jpeg' },
    ]);
    expect(messages.get('MM1')?.media).toEqual([
      { sid: 'ME2', contentType: 'image/png', file: null },
      { sid: 'ME1', contentType: 'image/jpeg', file: 'ME1.jpg' },
    ]);
    expect(messages.media('ME1')).toEqual({
      sid: 'ME1',
      messageSid: 'MM1',
      contentType: 'image/jpeg',
      file: 'ME1.jpg',
    });
    expect(messages.media('ME9')).toBeUndefined();
    expect(messages.withMissingMedia(10)).toEqual(['MM2']);
    expect(messages.withMissingMedia(0)).toEqual([]);

    messages.setMedia('MM2', []);
    expect(messages.withMissingMedia(10)).toEqual([]);
    messages.setMedia('MM2', [{ sid: 'ME1', contentType: 'image/gif' }]);
    expect(messages.media('ME1')).toMatchObject({ messageSid: 'MM1', contentType: 'image/jpeg' });
    messages.setMedia('MM9', [{ sid: 'ME9', contentType: 'image/png' }]);
    expect(messages.media('ME9')).toBeUndefined();
    expect(messages.conversations(0, 1, nobody)[0]?.last.media).toEqual([]);
  });

  it('refuses a time no Date can hold, and keeps messages of the same millisecond apart', () => {
    expect(() => messages.upsert(incoming('SM1', 9e15))).toThrow();
    for (let index = 0; index < 1005; index++) messages.upsert(incoming(`SM${index}`, 7000));
    messages.upsert(incoming('SMnext', 7001));
    messages.upsert(incoming('SMlast', 7000));
    expect(messages.thread('+15125550123', null, 2000).items).toHaveLength(1007);
    expect(db.prepare('SELECT count(DISTINCT time_key) AS n FROM messages').get()).toEqual({ n: 1007 });
  });
});
