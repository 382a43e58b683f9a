import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  declineWithMessage: 'Refuser avec un message',
  declineAndSend: 'Refuser et envoyer',
  replyCantTalk: 'Désolé, je ne peux pas parler pour le moment. Je vous rappelle très vite.',
  replyInMeeting: 'Je suis en réunion. Je vous rappelle plus tard.',
  replyTextMe: 'Pouvez-vous plutôt m’envoyer un SMS ?',
  writeMyOwn: 'Écrire mon propre message…',
  title: 'Appel entrant de {name}',
  notificationBody: 'Ouvrez Dialtone pour répondre ou refuser.',
  numberSentence: '{number}. ',
  answeringHolds: 'Si vous répondez, votre appel en cours sera mis en attente.',
  declineHint: 'Refusez avec Échap ou {keys}.',
  answer: 'Répondre',
  answerTitle: 'Répondre ({keys})',
  decline: 'Refuser',
  declineTitleInCall: 'Refuser (Échap)',
  declineTitle: 'Refuser (Échap ou {keys})',
  dismiss: 'Fermer',
  notificationsQuestion: 'Recevoir une notification pour les appels quand Dialtone est réduit ?',
  notificationsTurnOn: 'Activer les notifications',
  notificationsNotNow: 'Plus tard',
} satisfies Translation<typeof en>;
