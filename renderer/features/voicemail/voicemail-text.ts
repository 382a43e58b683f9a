import type { IntlShape } from 'react-intl';
import { assertNever } from '../../../shared/assert-never';
import type { Voicemail } from '../../../shared/models/voicemail';
import type { DialTarget, E164Number } from '../../../shared/phone/phone-number';
import type { Translate } from '../../i18n/message-values';
import { dayLabel } from '../../stores/history/history-days';
import { callBackTarget, remotePartyOf, type RemoteParty } from '../history/history-text';

/** Twilio transcribes recordings of 2 to 120 seconds only. */
const shortestTranscribed = 2;
const longestTranscribed = 120;

/** What a row shows where the transcription goes: Twilio's words, or a note saying why there are none. */
export type TranscriptionLine = { kind: 'words'; text: string } | { kind: 'note'; text: string };

export function transcriptionLine({ transcription, durationSeconds }: Voicemail, t: Translate): TranscriptionLine {
  const words = transcription.text?.trim();
  switch (transcription.state) {
    case 'completed':
      return words ? { kind: 'words', text: words } : { kind: 'note', text: t('voicemail.noWords') };
    case 'transcribing':
      return { kind: 'note', text: t('voicemail.transcribing') };
    case 'failed':
      return { kind: 'note', text: t('voicemail.transcriptionFailed') };
    case 'none':
      if (durationSeconds < shortestTranscribed) return { kind: 'note', text: t('voicemail.tooShortToTranscribe') };
      if (durationSeconds > longestTranscribed) return { kind: 'note', text: t('voicemail.tooLongToTranscribe') };
      return { kind: 'note', text: t('voicemail.noTranscription') };
    default:
      return assertNever(transcription.state);
  }
}

/** 0:07, 1:05, 1:02:03: a player's clock. */
export function clockText(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The position slider's spoken value: "0:12 of 0:45". */
export function positionText(elapsed: number, total: number, t: Translate): string {
  return t('voicemail.position', { elapsed: clockText(elapsed), total: clockText(total) });
}

/** "Today, 10:42", "Yesterday, 18:03", "Monday 3 June, 09:15". */
export function receivedText(at: number, now: Date, intl: IntlShape): string {
  return intl.formatMessage(
    { id: 'voicemail.received' },
    {
      day: dayLabel(new Date(at), now, intl),
      time: intl.formatTime(at, { hour: 'numeric', minute: '2-digit' }),
    },
  );
}

function partyOf(voicemail: Voicemail): RemoteParty {
  return { remoteNumber: voicemail.from, remoteE164: null, contactName: voicemail.contactName };
}

/** The caller as history shows one: the contact's name over the number, "Unknown caller" when withheld. */
export function callerOf(voicemail: Voicemail, country: string): { primary: string; secondary: string | null } {
  return remotePartyOf(partyOf(voicemail), country);
}

/** What Call back uses, or null when the caller withheld their number. */
export function replyTarget(voicemail: Voicemail, country: string): DialTarget | null {
  return callBackTarget(partyOf(voicemail), country);
}

const isPhoneNumber = (target: DialTarget): target is E164Number => target.startsWith('+');

/** What Text back uses: the caller's checked phone number; null when withheld or a SIP address (texts go to phone numbers). */
export function textBackTarget(voicemail: Voicemail, country: string): E164Number | null {
  const target = replyTarget(voicemail, country);
  return target !== null && isPhoneNumber(target) ? target : null;
}
