import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  declineWithMessage: 'Rechazar con un mensaje',
  declineAndSend: 'Rechazar y enviar',
  replyCantTalk: 'Lo siento, ahora no puedo hablar. Te llamo pronto.',
  replyInMeeting: 'Estoy en una reunión. Te llamo más tarde.',
  replyTextMe: '¿Me puedes escribir un mensaje?',
  writeMyOwn: 'Escribir mi propio mensaje…',
  title: 'Llamada entrante de {name}',
  notificationBody: 'Abre Dialtone para contestar o rechazar.',
  numberSentence: '{number}. ',
  answeringHolds: 'Si contestas, tu llamada actual quedará en espera.',
  declineHint: 'Rechaza con Esc o {keys}.',
  answer: 'Contestar',
  answerTitle: 'Contestar ({keys})',
  decline: 'Rechazar',
  declineTitleInCall: 'Rechazar (Esc)',
  declineTitle: 'Rechazar (Esc o {keys})',
  dismiss: 'Cerrar',
  notificationsQuestion: '¿Quieres recibir una notificación de las llamadas cuando Dialtone esté minimizado?',
  notificationsTurnOn: 'Activar notificaciones',
  notificationsNotNow: 'Ahora no',
} satisfies Translation<typeof en>;
