import type { CallEndReason } from '../../../shared/models/call-end-reason';
import type { HistoryEntry } from '../../../shared/models/history';
import { formatPhoneForDisplay, toDialTarget, type DialTarget } from '../../../shared/phone/phone-number';
import { activeIntl } from '../../i18n/active-intl';
import { localeFormat } from '../../i18n/locale-format';
import type { MessageId } from '../../i18n/locale-messages';
import { translate } from '../../i18n/translate';

/** Why a call that never connected ended, in a word or two for a history row. */
const shortReason: Record<CallEndReason, MessageId> = {
  'hung-up': 'history.reasonCancelled',
  'remote-hung-up': 'history.reasonNotAnswered',
  cancelled: 'history.reasonCancelled',
  missed: 'history.missed',
  'answered-elsewhere': 'history.reasonAnsweredElsewhere',
  declined: 'history.reasonDeclined',
  busy: 'history.reasonBusy',
  'no-answer': 'history.reasonNoAnswer',
  'not-found': 'history.reasonNotFound',
  unavailable: 'history.reasonUnavailable',
  'rejected-media': 'history.reasonRejectedMedia',
  'media-timeout': 'history.reasonMediaTimeout',
  'network-error': 'history.reasonNetworkError',
  failed: 'history.reasonFailed',
  transferred: 'history.reasonTransferred',
};

/** 12 s, 4 min 5 s, 1 h 2 min: the same spoken and written. */
export function describeDuration(seconds: number): string {
  return localeFormat(activeIntl()).duration(seconds);
}

export function directionText(entry: HistoryEntry): string {
  if (entry.missed) return translate('history.missedCall');
  return translate(entry.direction === 'incoming' ? 'history.incomingCall' : 'history.outgoingCall');
}

function answeredDuration(entry: HistoryEntry): string | null {
  if (entry.durationSeconds !== null) return describeDuration(entry.durationSeconds);
  if (entry.endedAt !== null && entry.answeredAt !== null)
    return describeDuration((entry.endedAt - entry.answeredAt) / 1000);
  return null;
}

/** "Transferred to (512) 555-0142 after 4 min", or without "to" when the history does not know where. */
function transferredText(entry: HistoryEntry, lasted: string, country: string): string {
  if (entry.transferredTo === null) return translate('history.transferredAfter', { lasted });
  const to = entry.transferredTo.replace(/^sips?:/i, '');
  return translate('history.transferredTo', { to: formatPhoneForDisplay(to, country), lasted });
}

/** How long it lasted (and whether it was transferred, and to whom), or how it ended when it never connected. */
export function outcomeText(entry: HistoryEntry, country: string): string {
  if (entry.missed) return translate('history.missed');
  if (entry.answeredAt !== null) {
    const lasted = answeredDuration(entry);
    if (lasted === null) return translate('history.noEndRecorded');
    return entry.endReason === 'transferred' ? transferredText(entry, lasted, country) : lasted;
  }
  if (entry.endReason === null) {
    return translate(entry.endedAt === null ? 'history.noEndRecorded' : 'history.notConnected');
  }
  return translate(shortReason[entry.endReason]);
}

function isAnonymous(number: string): boolean {
  const bare = number
    .trim()
    .replace(/^sips?:/i, '')
    .replace(/@.*$/, '');
  return bare === '' || /^(anonymous|unknown|restricted|private)$/i.test(bare);
}

/** The other end of a call or a voicemail, as history:list and voicemail:list give it. */
export type RemoteParty = Pick<HistoryEntry, 'remoteNumber' | 'remoteE164' | 'contactName'>;

/** Who the call was with: the contact's name over the number, else the number as people in `country` write it. */
export function remotePartyOf(entry: RemoteParty, country: string): { primary: string; secondary: string | null } {
  if (isAnonymous(entry.remoteNumber) && !entry.remoteE164) {
    return { primary: entry.contactName ?? translate('history.unknownCaller'), secondary: null };
  }
  const raw = entry.remoteE164 ?? entry.remoteNumber;
  const number = formatPhoneForDisplay(raw.replace(/^sips?:/i, '').replace(/[;?].*$/, ''), country);
  const name = entry.contactName?.trim();
  return name ? { primary: name, secondary: number } : { primary: number, secondary: null };
}

/** What Call back dials, or null when there is nothing to call (a withheld number). */
export function callBackTarget(entry: Omit<RemoteParty, 'contactName'>, country: string): DialTarget | null {
  if (isAnonymous(entry.remoteNumber) && !entry.remoteE164) return null;
  const raw = entry.remoteE164 ?? entry.remoteNumber;
  const looksSip = /^sips?:/i.test(raw) || raw.includes('@');
  const checked = toDialTarget(looksSip && !/^sips?:/i.test(raw) ? `sip:${raw}` : raw, country);
  return checked.ok ? checked.target : null;
}
