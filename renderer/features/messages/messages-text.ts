import { assertNever } from '../../../shared/assert-never';
import type { SmsEncoding, SmsSegmentCount } from '../../../shared/messaging/sms-segments';
import { messageSendLimit } from '../../../shared/models/message-limits';
import type { Conversation, Message, MessageStatus } from '../../../shared/models/messages';
import { dayLabel } from '../../stores/history/history-days';
import { remotePartyOf } from '../history/history-text';

/** A message's delivery state in words. */
export function statusText(status: MessageStatus): string {
  switch (status) {
    case 'queued':
      return 'Queued';
    case 'sent':
      return 'Sent';
    case 'delivered':
      return 'Delivered';
    case 'undelivered':
      return 'Not delivered';
    case 'failed':
      return 'Failed';
    case 'received':
      return 'Received';
    default:
      return assertNever(status);
  }
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

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateWithYearFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
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
export function listTimeText(at: number, now: Date): string {
  if (!isValidTime(at)) return '';
  const day = dayLabel(new Date(at), now);
  if (day === 'Today') return timeFormat.format(at);
  if (day === 'Yesterday') return day;
  if (now.getTime() - at < sixDays && at < now.getTime()) return weekdayFormat.format(at);
  return new Date(at).getFullYear() === now.getFullYear() ? dateFormat.format(at) : dateWithYearFormat.format(at);
}

/** A message's time of day, for its bubble (the day is on the separator above). */
export function bubbleTimeText(at: number): string {
  return isValidTime(at) ? timeFormat.format(at) : '';
}

export function unreadText(count: number): string {
  return count === 1 ? '1 unread message' : `${count.toLocaleString()} unread messages`;
}

/** "2 messages · 45 left": what the text will be sent (and billed) as, and room left in the last part. */
export function segmentText({ segments, remaining }: SmsSegmentCount): string {
  const parts = Math.max(1, segments);
  return `${parts === 1 ? '1 message' : `${parts.toLocaleString()} messages`} · ${remaining.toLocaleString()} left`;
}

function quoted(characters: readonly string[]): string {
  return characters.map((character) => `“${character}”`).join(', ');
}

/** The encoding when it is not plain text, with the characters that made it so. */
export function encodingText({ encoding, unicodeCharacters }: SmsSegmentCount): string | null {
  return encoding === 'UCS-2' ? `Unicode (UCS-2) because of ${quoted(unicodeCharacters)}` : null;
}

/** Said once when the encoding switches, naming the characters that caused it. */
function encodingSwitchText({ encoding, unicodeCharacters }: SmsSegmentCount): string {
  switch (encoding) {
    case 'UCS-2':
      return `Unicode (UCS-2) because of ${quoted(unicodeCharacters)}: a message now holds 70 characters, 67 when split.`;
    case 'GSM-7':
      return 'Plain text again: a message holds 160 characters, 153 when split.';
    default:
      return assertNever(encoding);
  }
}

/** A draft longer than Twilio takes, with how much to cut; null when it fits. */
export function overLimitText(length: number): string | null {
  if (length <= messageSendLimit) return null;
  return `${length.toLocaleString()} characters: ${(length - messageSendLimit).toLocaleString()} over the ${messageSendLimit.toLocaleString()} limit`;
}

function sameLocalDay(a: number, b: number): boolean {
  const first = new Date(a);
  const second = new Date(b);
  return first.toDateString() === second.toDateString();
}

/** The day above the first message of each day in a thread ("Today", "Monday 3 June"); null for the rest. */
export function dayStartText(at: number, previousAt: number | null, now: Date): string | null {
  if (!isValidTime(at)) return null;
  if (previousAt !== null && isValidTime(previousAt) && sameLocalDay(previousAt, at)) return null;
  return dayLabel(new Date(at), now);
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
export function nextEncodingAnnouncement(said: EncodingAnnouncement, count: SmsSegmentCount): EncodingAnnouncement {
  if (said.encoding === count.encoding) return said;
  return { encoding: count.encoding, text: count.segments === 0 ? '' : encodingSwitchText(count) };
}
