import { assertNever } from '../../shared/assert-never';
import type { AppLanguage } from '../../shared/models/language';
import type { RegistrationState } from '../../shared/models/registration';
import { trayText } from './shell-text/tray-text';

export type TrayIconName = 'ready' | 'connecting' | 'offline';

export interface TrayStatus {
  icon: TrayIconName;
  /** The state line of the tray menu. */
  label: string;
  tooltip: string;
  /** "2 missed calls, 1 voicemail, 3 messages", or null when there is nothing new to see. */
  missed: string | null;
}

/** What the person has not seen yet: missed calls, voicemail not played, messages not read. */
export interface UnreadCounts {
  missedCalls: number;
  voicemails: number;
  messages: number;
}

export const nothingUnread: UnreadCounts = Object.freeze({ missedCalls: 0, voicemails: 0, messages: 0 });

/** "2 missed calls, 1 voicemail, 3 messages": each kind once, in that order; null when all are zero. */
export function unreadText(language: AppLanguage, { missedCalls, voicemails, messages }: UnreadCounts): string | null {
  const text = trayText(language);
  const kinds = [
    [missedCalls, text.missedCalls],
    [voicemails, text.voicemails],
    [messages, text.messages],
  ] as const;
  const parts = kinds.filter(([count]) => count > 0).map(([count, say]) => say(count));
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * What the tray shows for the phone line's registration state, what has not been seen yet, and do not
 * disturb when it is on at Twilio (in words: there is no tray icon for it).
 */
export function trayStatusFor(
  language: AppLanguage,
  state: RegistrationState,
  unread: UnreadCounts = nothingUnread,
  doNotDisturb = false,
): TrayStatus {
  const text = trayText(language);
  const missed = unreadText(language, unread);
  const statusFor = (icon: TrayIconName, registration: string): TrayStatus => {
    const label = doNotDisturb ? `${registration} · ${text.doNotDisturb}` : registration;
    return { icon, label, tooltip: `Dialtone — ${label}${missed ? ` — ${missed}` : ''}`, missed };
  };
  switch (state.status) {
    case 'registered':
      return statusFor('ready', text.ready);
    case 'registering':
      return statusFor('connecting', text.connecting);
    case 'unregistered':
      return statusFor('offline', text.notConnected);
    case 'failed':
      return statusFor('offline', text.failed(text.failure[state.reason]));
    case 'no-account':
      return statusFor('offline', text.noLine);
    default:
      return assertNever(state);
  }
}
