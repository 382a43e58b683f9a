import { describe, expect, it } from 'vitest';
import { countSmsSegments } from '../../../shared/messaging/sms-segments';
import {
  dayStartText,
  encodingText,
  isNotDelivered,
  listTimeText,
  nextEncodingAnnouncement,
  overLimitText,
  remotePartyText,
  segmentText,
  statusText,
  unreadText,
} from './messages-text';

const now = new Date(2025, 5, 12, 15, 30);
const at = (day: number, hour = 9) => new Date(2025, 5, day, hour, 5).getTime();

describe('messages text', () => {
  it('names every delivery state in words', () => {
    expect(
      ['queued', 'sent', 'delivered', 'undelivered', 'failed', 'received'].map((s) => statusText(s as never)),
    ).toEqual(['Queued', 'Sent', 'Delivered', 'Not delivered', 'Failed', 'Received']);
    expect(isNotDelivered({ direction: 'outgoing', status: 'undelivered' })).toBe(true);
    expect(isNotDelivered({ direction: 'outgoing', status: 'failed' })).toBe(true);
    expect(isNotDelivered({ direction: 'outgoing', status: 'delivered' })).toBe(false);
    expect(isNotDelivered({ direction: 'incoming', status: 'received' })).toBe(false);
  });

  it('shows a contact’s name with the number, a number as written locally, and short codes and sender names as they came', () => {
    expect(remotePartyText({ remoteNumber: '+15125550123', contactName: 'Alice' }, 'US')).toEqual({
      name: 'Alice',
      number: '(512) 555-0123',
    });
    expect(remotePartyText({ remoteNumber: '+15125550123', contactName: null }, 'US')).toEqual({
      name: '(512) 555-0123',
      number: null,
    });
    expect(remotePartyText({ remoteNumber: '+442071838750', contactName: null }, 'US').name).toBe('+44 20 7183 8750');
    expect(remotePartyText({ remoteNumber: '12345', contactName: null }, 'US').name).toBe('12345');
    expect(remotePartyText({ remoteNumber: 'AMAZON', contactName: null }, 'US').name).toBe('AMAZON');
  });

  it('counts the parts a text is sent as, and the room left in the last one', () => {
    expect(segmentText(countSmsSegments(''))).toBe('1 message · 160 left');
    expect(segmentText(countSmsSegments('Hello'))).toBe('1 message · 155 left');
    expect(segmentText(countSmsSegments('x'.repeat(161)))).toBe('2 messages · 145 left');
    expect(segmentText(countSmsSegments('😀'.repeat(40)))).toBe('2 messages · 53 left');
    expect(unreadText(1)).toBe('1 unread message');
    expect(unreadText(1200)).toBe(`${(1200).toLocaleString()} unread messages`);
  });

  it('names the encoding, and the characters that made it Unicode', () => {
    expect(encodingText(countSmsSegments('Plain {text} €5'))).toBeNull();
    expect(encodingText(countSmsSegments('Ça va, Zoë? Cześć 😀'))).toBe(
      'Unicode (UCS-2) because of “ë”, “ś”, “ć”, “😀”',
    );
  });

  it('announces a switch of encoding once, and nothing when the text is cleared', () => {
    const plain = { encoding: 'GSM-7' as const, text: '' };
    expect(nextEncodingAnnouncement(plain, countSmsSegments('Hello'))).toBe(plain);
    const unicode = nextEncodingAnnouncement(plain, countSmsSegments('Hello 😀'));
    expect(unicode).toEqual({
      encoding: 'UCS-2',
      text: 'Unicode (UCS-2) because of “😀”: a message now holds 70 characters, 67 when split.',
    });
    expect(nextEncodingAnnouncement(unicode, countSmsSegments('Hello 😀😀'))).toBe(unicode);
    expect(nextEncodingAnnouncement(unicode, countSmsSegments('Hello')).text).toBe(
      'Plain text again: a message holds 160 characters, 153 when split.',
    );
    expect(nextEncodingAnnouncement(unicode, countSmsSegments(''))).toEqual({ encoding: 'GSM-7', text: '' });
  });

  it('says how far a draft is over the 1,600 limit', () => {
    expect(overLimitText(1600)).toBeNull();
    expect(overLimitText(1623)).toBe(
      `${(1623).toLocaleString()} characters: 23 over the ${(1600).toLocaleString()} limit`,
    );
  });

  it('dates a conversation as briefly as it can, and survives a time no date can hold', () => {
    expect(listTimeText(at(12, 14), now)).toMatch(/14|2/);
    expect(listTimeText(at(11), now)).toBe('Yesterday');
    expect(listTimeText(at(9), now)).toBe(new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(at(9)));
    expect(listTimeText(at(1), now)).toBe(
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(at(1)),
    );
    expect(listTimeText(new Date(2023, 0, 3).getTime(), now)).toMatch(/2023/);
    expect(listTimeText(9e15, now)).toBe('');
  });

  it('puts the day above the first message of each day only', () => {
    expect(dayStartText(at(12), null, now)).toBe('Today');
    expect(dayStartText(at(12, 10), at(12), now)).toBeNull();
    expect(dayStartText(at(12), at(11, 23), now)).toBe('Today');
    expect(dayStartText(at(11), at(10), now)).toBe('Yesterday');
    expect(dayStartText(9e15, at(10), now)).toBeNull();
  });
});
