import type { AppLanguage } from '../../../shared/models/language';

/** Who sent it: a contact's name or a readable number, or null for neither. */
type Who = string | null;

interface InboxNoticeText {
  /** A message's title when its sender is neither a contact nor a readable number. */
  unknownCaller: string;
  voicemailFrom: (who: Who) => string;
  /** A voicemail without a transcription: how long it is. */
  voicemailSeconds: (seconds: number) => string;
  newVoicemails: (count: number) => string;
  newMessages: (count: number) => string;
  /** Under a summary of many: who left the newest. */
  newestFrom: (who: Who) => string;
  /** A message with no text but a picture or other media. */
  picture: string;
  /** A message with neither text nor media. */
  newMessage: string;
}

/**
 * The system notification's words for new voicemail and messages, in the app's languages. Summaries
 * are for more than three at once, so the counts are always plural.
 */
const texts: Record<AppLanguage, InboxNoticeText> = {
  en: {
    unknownCaller: 'Unknown caller',
    voicemailFrom: (who) => `Voicemail from ${who ?? 'Unknown caller'}`,
    voicemailSeconds: (seconds) => `${seconds} s message`,
    newVoicemails: (count) => `${count} new voicemails`,
    newMessages: (count) => `${count} new messages`,
    newestFrom: (who) => `The newest from ${who ?? 'Unknown caller'}`,
    picture: 'Picture',
    newMessage: 'New message',
  },
  fr: {
    unknownCaller: 'Appelant inconnu',
    voicemailFrom: (who) => (who ? `Message vocal de ${who}` : 'Message vocal d’un appelant inconnu'),
    voicemailSeconds: (seconds) => `Message de ${seconds} s`,
    newVoicemails: (count) => `${count} nouveaux messages vocaux`,
    newMessages: (count) => `${count} nouveaux messages`,
    newestFrom: (who) => (who ? `Le plus récent provient de ${who}` : 'Le plus récent provient d’un appelant inconnu'),
    picture: 'Photo',
    newMessage: 'Nouveau message',
  },
  de: {
    unknownCaller: 'Unbekannter Anrufer',
    voicemailFrom: (who) => (who ? `Sprachnachricht von ${who}` : 'Sprachnachricht von unbekanntem Anrufer'),
    voicemailSeconds: (seconds) => `Nachricht (${seconds} s)`,
    newVoicemails: (count) => `${count} neue Sprachnachrichten`,
    newMessages: (count) => `${count} neue Nachrichten`,
    newestFrom: (who) => (who ? `Die neueste ist von ${who}` : 'Die neueste ist von einem unbekannten Anrufer'),
    picture: 'Foto',
    newMessage: 'Neue Nachricht',
  },
  es: {
    unknownCaller: 'Número desconocido',
    voicemailFrom: (who) => (who ? `Mensaje de voz de ${who}` : 'Mensaje de voz de un número desconocido'),
    voicemailSeconds: (seconds) => `Mensaje de ${seconds} s`,
    newVoicemails: (count) => `${count} mensajes de voz nuevos`,
    newMessages: (count) => `${count} mensajes nuevos`,
    newestFrom: (who) => (who ? `El más reciente es de ${who}` : 'El más reciente es de un número desconocido'),
    picture: 'Foto',
    newMessage: 'Mensaje nuevo',
  },
};

export const inboxNoticeText = (language: AppLanguage): Readonly<InboxNoticeText> => texts[language];
