import type { inboxWords } from '../../../../shared/text/inbox-words';
import { recipientSentences, twilioFailureSentences } from '../../../../shared/text/inbox-words';
import type { Translation } from '../../catalogue-types';
import dialProblem from '../../dial-problem/de';
import twilioAdvice from '../../twilio-advice/de';

const keptKinds =
  'Dialtone speichert MP3- oder WAV-Audio und JPEG-, PNG-, GIF- oder WebP-Bilder bis 20 MB. Sehen Sie sich diese Datei in der Twilio Console an.';
const unfollowed =
  'Versuchen Sie es später erneut. Wenn es weiter passiert, sehen Sie sich diese Datei in der Twilio Console an (Monitor > Logs).';

export default {
  noLineForMessages:
    'Für SMS brauchen Sie eine mit Twilio eingerichtete Telefonleitung. Starten Sie die Twilio-Einrichtung in den Einstellungen.',
  notToSipAddress: 'SMS gehen an Telefonnummern. Geben Sie eine Telefonnummer ein, keine SIP-Adresse.',
  sentNotSaved: 'Die Nachricht wurde gesendet, konnte hier aber nicht gespeichert werden.',
  pictureGone: 'Dieses Bild ist hier nicht mehr vorhanden.',
  picturesOnly: 'Dialtone zeigt nur Bilder an. Öffnen Sie diese Nachricht auf Ihrem Telefon, um den Anhang zu sehen.',
  pictureGoneOnTwilio: 'Twilio hat dieses Bild nicht mehr. Bitten Sie den Absender, es erneut zu senden.',
  noLineToPlay:
    'Dialtone hat keine Twilio-Telefonleitung, um diese Sprachnachricht abzuspielen. Starten Sie die Twilio-Einrichtung unter Einstellungen, Telefonleitung, und versuchen Sie es dann erneut.',
  noLineToDelete:
    'Dialtone hat keine Twilio-Telefonleitung, um diese Sprachnachricht bei Twilio zu löschen. Starten Sie die Twilio-Einrichtung unter Einstellungen, Telefonleitung, und versuchen Sie es dann erneut.',
  voicemailGone:
    'Diese Sprachnachricht ist hier nicht mehr vorhanden. Sie wurde vielleicht auf einem anderen Gerät gelöscht.',
  recordingGone:
    'Die Aufnahme dieser Sprachnachricht ist nicht auf diesem Computer gespeichert, und Twilio hat sie nicht mehr. Nur ihre Transkription ist noch da.',
  fileAddressUnfollowed: `Twilio hat die Adresse der Datei in einer Form gesendet, der Dialtone nicht folgt. ${unfollowed}`,
  fileKind: `Twilio hat einen Dateityp gesendet, den Dialtone nicht speichert ({type}). ${keptKinds}`,
  fileWithoutType: `Twilio hat einen Dateityp gesendet, den Dialtone nicht speichert (kein Typ). ${keptKinds}`,
  fileTooLarge: `Twilio hat eine Datei gesendet, die größer als {megabytes} MB ist. ${keptKinds}`,
  fileRedirects: `Twilio hat die Datei mehr als {count}-mal umgeleitet. ${unfollowed}`,
  sentUnreadable:
    'Twilio hat die Nachricht angenommen, sie aber so beschrieben, dass Dialtone es nicht lesen kann. Senden Sie sie nicht erneut: Falls Twilio sie gesendet hat, erscheint sie bei der nächsten Synchronisierung in der Unterhaltung. Prüfen Sie Monitor > Logs > Messaging in der Twilio Console.',
  unreachable: `Dialtone konnte Twilio nicht erreichen. ${twilioAdvice.connectionUnreachable}`,
  timeout: `Twilio hat nicht rechtzeitig geantwortet. ${twilioAdvice.connectionTimeout}`,
  insecure: `Dialtone konnte keine sichere Verbindung zu Twilio herstellen. ${twilioAdvice.connectionInsecure}`,
  twilioSaidCoded: 'Antwort von Twilio: {problem} (Twilio-Fehler {code}). Siehe {moreInfo}.',
  twilioSaidSee: 'Antwort von Twilio: {problem}. Siehe {moreInfo}.',
  twilioSaid: 'Antwort von Twilio: {problem}. Prüfen Sie die Twilio Console und versuchen Sie es dann erneut.',
  ...twilioFailureSentences(twilioAdvice, { coded: '{problem} (Twilio-Fehler {code}). ', uncoded: '{problem}. ' }),
  ...recipientSentences(dialProblem),
} satisfies Translation<typeof inboxWords>;
