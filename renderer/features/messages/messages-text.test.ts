import { describe, expect, it } from 'vitest';
import { countSmsSegments } from '../../../shared/messaging/sms-segments';
import { intlFor } from '../../i18n/active-intl';
import { translatorFor } from '../../i18n/translate-test-kit';
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

const t = translatorFor('en');
const fr = translatorFor('fr');
const intl = intlFor('en');
const now = new Date(2025, 5, 12, 15, 30);
const at = (day: number, hour = 9) => new Date(2025, 5, day, hour, 5).getTime();

describe('messages text', () => {
  it('names every delivery state in words', () => {
    expect(
      ['queued', 'sent', 'delivered', 'undelivered', 'failed', 'received'].map((s) => statusText(s as never, t)),
    ).toEqual(['Queued', 'Sent', 'Delivered', 'Not delivered', 'Failed', 'Received']);
    expect(statusText('undelivered', fr)).toBe('Non distribué');
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
    expect(segmentText(countSmsSegments(''), t)).toBe('1 message · 160 left');
    expect(segmentText(countSmsSegments('Hello'), t)).toBe('1 message · 155 left');
    expect(segmentText(countSmsSegments('x'.repeat(161)), t)).toBe('2 messages · 145 left');
    expect(segmentText(countSmsSegments('😀'.repeat(40)), t)).toBe('2 messages · 53 left');
    expect(unreadText(1, t)).toBe('1 unread message');
    expect(unreadText(1200, t)).toBe('1,200 unread messages');
    expect(segmentText(countSmsSegments('x'.repeat(161)), fr)).toBe('2 messages · 145 restants');
    expect(unreadText(1, translatorFor('de'))).toBe('1 ungelesene Nachricht');
    expect(unreadText(3, translatorFor('es'))).toBe('3 mensajes sin leer');
  });

  it('names the encoding, and the characters that made it Unicode', () => {
    expect(encodingText(countSmsSegments('Plain {text} €5'), t)).toBeNull();
    expect(encodingText(countSmsSegments('Ça va, Zoë? Cześć 😀'), t)).toBe(
      'Unicode (UCS-2) because of “ë”, “ś”, “ć”, “😀”',
    );
    expect(encodingText(countSmsSegments('Zoë'), fr)).toBe('Unicode (UCS-2) à cause de « ë »');
  });

  it('announces a switch of encoding once, and nothing when the text is cleared', () => {
    const plain = { encoding: 'GSM-7' as const, text: '' };
    expect(nextEncodingAnnouncement(plain, countSmsSegments('Hello'), t)).toBe(plain);
    const unicode = nextEncodingAnnouncement(plain, countSmsSegments('Hello 😀'), t);
    expect(unicode).toEqual({
      encoding: 'UCS-2',
      text: 'Unicode (UCS-2) because of “😀”: a message now holds 70 characters, 67 when split.',
    });
    expect(nextEncodingAnnouncement(unicode, countSmsSegments('Hello 😀😀'), t)).toBe(unicode);
    expect(nextEncodingAnnouncement(unicode, countSmsSegments('Hello'), t).text).toBe(
      'Plain text again: a message holds 160 characters, 153 when split.',
    );
    expect(nextEncodingAnnouncement(unicode, countSmsSegments(''), t)).toEqual({ encoding: 'GSM-7', text: '' });
    expect(nextEncodingAnnouncement(unicode, countSmsSegments('Hallo'), translatorFor('de')).text).toBe(
      'Wieder reiner Text: Eine Nachricht fasst 160 Zeichen, 153 bei Aufteilung.',
    );
  });

  it('says how far a draft is over the 1,600 limit', () => {
    expect(overLimitText(1600, t)).toBeNull();
    expect(overLimitText(1623, t)).toBe('1,623 characters: 23 over the 1,600 limit');
    expect(overLimitText(1623, translatorFor('de'))).toBe('1.623 Zeichen: 23 über dem Limit von 1.600');
  });

  it('dates a conversation as briefly as it can, and survives a time no date can hold', () => {
    expect(listTimeText(at(12, 14), now, intl)).toBe('2:05 PM');
    expect(listTimeText(at(11), now, intl)).toBe('Yesterday');
    expect(listTimeText(at(9), now, intl)).toBe('Mon');
    expect(listTimeText(at(1), now, intl)).toBe('Jun 1');
    expect(listTimeText(new Date(2023, 0, 3).getTime(), now, intl)).toBe('Jan 3, 2023');
    expect(listTimeText(9e15, now, intl)).toBe('');
    const french = intlFor('fr');
    expect(listTimeText(at(12, 14), now, french)).toBe('14:05');
    expect(listTimeText(at(11), now, french)).toBe('Hier');
    expect(listTimeText(at(1), now, french)).toBe('1 juin');
  });

  it('puts the day above the first message of each day only', () => {
    expect(dayStartText(at(12), null, now, intl)).toBe('Today');
    expect(dayStartText(at(12, 10), at(12), now, intl)).toBeNull();
    expect(dayStartText(at(12), at(11, 23), now, intl)).toBe('Today');
    expect(dayStartText(at(11), at(10), now, intl)).toBe('Yesterday');
    expect(dayStartText(at(9), at(8), now, intl)).toBe('Monday, June 9');
    expect(dayStartText(9e15, at(10), now, intl)).toBeNull();
    expect(dayStartText(at(12), null, now, intlFor('es'))).toBe('Hoy');
    expect(dayStartText(at(9), at(8), now, intlFor('de'))).toBe('Montag, 9. Juni');
  });
});
