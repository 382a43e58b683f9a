import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  durationSeconds: '{seconds} Sek.',
  durationMinutes: '{minutes} Min.',
  durationMinutesSeconds: '{minutes} Min. {seconds} Sek.',
  durationHours: '{hours} Std.',
  durationHoursMinutes: '{hours} Std. {minutes} Min.',
  today: 'Heute',
  yesterday: 'Gestern',
  pause: ', ',
  draftNoRecipient: 'Geben Sie die Nummer ein, an die die Nachricht gehen soll.',
  draftRecipientTooLong:
    'Das ist zu lang für eine Telefonnummer: Geben Sie nur die Nummer mit Ländervorwahl ein, z. B. +49 151 23456789.',
  draftEmpty: 'Schreiben Sie zuerst eine Nachricht.',
  draftTooLong: 'Eine Nachricht darf höchstens {limit, number} Zeichen haben: Kürzen Sie sie um {over, number}.',
  attachmentNotPicture: 'Dialtone kann diesen Anhang nicht anzeigen: Es zeigt nur JPEG-, PNG-, GIF- und WebP-Bilder.',
  voicemailGone:
    'Diese Sprachnachricht ist nicht mehr vorhanden. Sie wurde vielleicht bei Twilio oder auf einem anderen Gerät gelöscht.',
  voicemailRecordingDamaged:
    'Die gespeicherte Aufnahme ist beschädigt. Löschen Sie diese Sprachnachricht oder bitten Sie den Anrufer, erneut anzurufen.',
  callRecordingDamaged: 'Twilio hat diese Aufnahme beschädigt gesendet. Versuchen Sie es in ein paar Minuten erneut.',
  greetingDamaged: 'Die Aufnahme ist beschädigt. Nehmen Sie sie erneut auf.',
  microphoneNotAllowed:
    'Dialtone darf das Mikrofon nicht verwenden, daher hört Ihr Gegenüber Sie nicht. Erlauben Sie den Mikrofonzugriff und rufen Sie erneut an.',
  microphoneNotFound: 'Kein Mikrofon gefunden. Schließen Sie ein Headset oder Mikrofon an und rufen Sie erneut an.',
  callAudioFailed: 'Der Ton des Anrufs konnte nicht starten ({detail}). Legen Sie auf und rufen Sie erneut an.',
  noMediaDevices:
    'Dieses Fenster kann keine Audiogeräte verwenden. Starten Sie Dialtone neu; wenn Sie die Browserversion nutzen, öffnen Sie sie über 127.0.0.1.',
  microphoneAccessDenied:
    'Dialtone darf das Mikrofon nicht verwenden, daher sind Gerätenamen ausgeblendet und Anrufe bleiben stumm. Erlauben Sie den Mikrofonzugriff in den Datenschutzeinstellungen Ihres Systems und starten Sie Dialtone dann neu.',
  devicesNotListed:
    'Die Audiogeräte konnten nicht aufgelistet werden. Schließen Sie Ihr Headset erneut an oder starten Sie Dialtone neu.',
  callMoveFailed:
    '{device, select, microphone {Der Anruf konnte nicht auf das neue Mikrofon wechseln. Wählen Sie in Einstellungen, Audio ein anderes Mikrofon.} other {Der Anruf konnte nicht auf den neuen Lautsprecher wechseln. Wählen Sie in Einstellungen, Audio einen anderen Lautsprecher.}}',
  systemDefaultDevice: 'das Standardgerät des Systems',
  namedSystemDefaultDevice: '{name} (Systemstandard)',
  deviceDisconnected:
    '{device, select, microphone {{from} wurde getrennt. Das Mikrofon des Anrufs läuft weiter über {to}.} other {{from} wurde getrennt. Der Ton des Anrufs läuft weiter über {to}.}}',
  deviceBack:
    '{device, select, microphone {{name} ist wieder da. Das Mikrofon des Anrufs ist dorthin gewechselt.} other {{name} ist wieder da. Der Ton des Anrufs ist dorthin gewechselt.}}',
  linkNotCallable: 'Dieser Link kann nicht angerufen werden: {problem}',
  linkExtension: 'Durchwahl {extension}: Geben Sie sie auf dem Tastenfeld ein, sobald der Anruf angenommen ist.',
  importNotContactsFile:
    '{name} ist weder eine vCard- (.vcf) noch eine CSV-Datei. Exportieren Sie Ihre Kontakte in eines dieser Formate und wählen Sie diese Datei.',
  backendUnreachable:
    'Der Hintergrunddienst von Dialtone hat nicht geantwortet. Starten Sie Dialtone neu; wenn das wieder passiert, installieren Sie es neu.',
} satisfies Translation<typeof en>;
