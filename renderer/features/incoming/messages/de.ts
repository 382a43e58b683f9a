import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  declineWithMessage: 'Mit Nachricht ablehnen',
  declineAndSend: 'Ablehnen und senden',
  replyCantTalk: 'Ich kann gerade leider nicht sprechen. Ich rufe Sie bald zurück.',
  replyInMeeting: 'Ich bin in einer Besprechung. Ich rufe Sie später zurück.',
  replyTextMe: 'Können Sie mir stattdessen eine Nachricht schreiben?',
  writeMyOwn: 'Eigene Nachricht schreiben …',
  title: 'Eingehender Anruf von {name}',
  notificationBody: 'Öffnen Sie Dialtone, um anzunehmen oder abzulehnen.',
  numberSentence: '{number}. ',
  answeringHolds: 'Wenn Sie annehmen, wird Ihr aktueller Anruf gehalten.',
  declineHint: 'Mit Esc oder {keys} ablehnen.',
  answer: 'Annehmen',
  answerTitle: 'Annehmen ({keys})',
  decline: 'Ablehnen',
  declineTitleInCall: 'Ablehnen (Esc)',
  declineTitle: 'Ablehnen (Esc oder {keys})',
  dismiss: 'Schließen',
  notificationsQuestion: 'Möchten Sie bei Anrufen benachrichtigt werden, während Dialtone minimiert ist?',
  notificationsTurnOn: 'Mitteilungen aktivieren',
  notificationsNotNow: 'Nicht jetzt',
} satisfies Translation<typeof en>;
