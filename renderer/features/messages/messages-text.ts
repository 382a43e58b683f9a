import { assertNever } from '../../../shared/assert-never';
import type { SmsEncoding, SmsSegmentCount } from '../../../shared/messaging/sms-segments';
import { messageSendLimit } from '../../../shared/models/message-limits';
import type { Conversation, Message, MessageStatus } from '../../../shared/models/messages';
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/locale-messages';
import type { Translate } from '../../i18n/message-values';
import { dayLabel, recentDay } from '../../stores/history/history-days';
import { remotePartyOf } from '../history/history-text';

function statusMessage(status: MessageStatus): MessageId {
  switch (status) {
    case 'queued':
      return 'messages.statusQueued';
    case 'sent':
      return 'messages.statusSent';
    case 'delivered':
      return 'messages.statusDelivered';
    case 'undelivered':
      return 'messages.statusUndelivered';
    case 'failed':
      return 'messages.statusFailed';
    case 'received':
      return 'messages.statusReceived';
    default:
      return assertNever(status);
  }
}

/** A message's delivery state in words. */
export function statusText(status: MessageStatus, t: Translate): string {
  return t(statusMessage(status));
}

/** Whether Twilio's explanation belongs under the message: it did not reach the phone. */
export function isNotDelivered(message: Pick<Message, 'direction' | 'status'>): boolean {
  return message.direction === 'outgoing' && (message.status === 'undelivered' || message.status === 'failed');
}

/**
 * Who a conversation is with: the contact's name with the number beside it, or the number as people
 * in `country` write it. A short code ("12345") or a sender name ("AMAZON") shows as it came.
 */
export function remotePartyText(
  remote: Pick<Conversation, 'remoteNumber' | 'contactName'>,
  country: string,
): { name: string; number: string | null } {
  const party = remotePartyOf(
    { remoteNumber: remote.remoteNumber, remoteE164: null, contactName: remote.contactName },
    country,
  );
  return { name: party.primary, number: party.secondary };
}

const sixDays = 6 * 24 * 60 * 60 * 1000;

/** Whether `at` is a time a date can hold (Intl and toISOString throw on others). */
function isValidTime(at: number): boolean {
  return !Number.isNaN(new Date(at).getTime());
}

/** For <time dateTime>; undefined for a time that cannot be a date. */
export function isoTime(at: number): string | undefined {
  return isValidTime(at) ? new Date(at).toISOString() : undefined;
}

/** When a conversation's last message came, as short as it can be: 14:05, Yesterday, Tue, 3 Jun, 3 Jun 2023. */
export function listTimeText(at: number, now: Date, intl: IntlShape): string {
  if (!isValidTime(at)) return '';
  const recent = recentDay(new Date(at), now);
  if (recent === 'today') return intl.formatTime(at, { hour: 'numeric', minute: '2-digit' });
  if (recent === 'yesterday') return dayLabel(new Date(at), now, intl);
  if (now.getTime() - at < sixDays && at < now.getTime()) return intl.formatDate(at, { weekday: 'short' });
  return new Date(at).getFullYear() === now.getFullYear()
    ? intl.formatDate(at, { day: 'numeric', month: 'short' })
    : intl.formatDate(at, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A message's time of day, for its bubble (the day is on the separator above). */
export function bubbleTimeText(at: number, intl: IntlShape): string {
  return isValidTime(at) ? intl.formatTime(at, { hour: 'numeric', minute: '2-digit' }) : '';
}

export function unreadText(count: number, t: Translate): string {
  return t('messages.unread', { count });
}

/** "2 messages · 45 left": what the text will be sent (and billed) as, and room left in the last part. */
export function segmentText({ segments, remaining }: SmsSegmentCount, t: Translate): string {
  return t('messages.segments', { parts: Math.max(1, segments), remaining });
}

function quoted(characters: readonly string[], t: Translate): string {
  return characters.map((character) => t('messages.quotedCharacter', { character })).join(', ');
}

/** The encoding when it is not plain text, with the characters that made it so. */
export function encodingText({ encoding, unicodeCharacters }: SmsSegmentCount, t: Translate): string | null {
  return encoding === 'UCS-2' ? t('messages.encodingUnicode', { characters: quoted(unicodeCharacters, t) }) : null;
}

/** Said once when the encoding switches, naming the characters that caused it. */
function encodingSwitchText({ encoding, unicodeCharacters }: SmsSegmentCount, t: Translate): string {
  switch (encoding) {
    case 'UCS-2':
      return t('messages.encodingSwitchUnicode', { characters: quoted(unicodeCharacters, t) });
    case 'GSM-7':
      return t('messages.encodingSwitchPlain');
    default:
      return assertNever(encoding);
  }
}

/** A draft longer than Twilio takes, with how much to cut; null when it fits. */
export function overLimitText(length: number, t: Translate): string | null {
  if (length <= messageSendLimit) return null;
  return t('messages.overLimit', { length, over: length - messageSendLimit, limit: messageSendLimit });
}

function sameLocalDay(a: number, b: number): boolean {
  const first = new Date(a);
  const second = new Date(b);
  return first.toDateString() === second.toDateString();
}

/** The day above the first message of each day in a thread ("Today", "Monday 3 June"); null for the rest. */
export function dayStartText(at: number, previousAt: number | null, now: Date, intl: IntlShape): string | null {
  if (!isValidTime(at)) return null;
  if (previousAt !== null && isValidTime(previousAt) && sameLocalDay(previousAt, at)) return null;
  return dayLabel(new Date(at), now, intl);
}

/** The composer's polite announcement: what was last said, and for which encoding. */
export interface EncodingAnnouncement {
  encoding: SmsEncoding;
  text: string;
}

/**
 * What to announce after an edit: the switch when the encoding changed (nothing when the text was
 * cleared, say after sending), else the same announcement, so nothing is said again.
 */
export function nextEncodingAnnouncement(
  said: EncodingAnnouncement,
  count: SmsSegmentCount,
  t: Translate,
): EncodingAnnouncement {
  if (said.encoding === count.encoding) return said;
  return { encoding: count.encoding, text: count.segments === 0 ? '' : encodingSwitchText(count, t) };
}
