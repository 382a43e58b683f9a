import type { callsWords } from '../../../../shared/text/calls-words';
import type { Translation } from '../../catalogue-types';

export default {
  callEnded: 'Dieser Anruf ist bereits beendet.',
  noLine:
    'Es ist noch keine Telefonleitung verbunden. Richten Sie Ihr Konto ein oder prüfen Sie es in den Einstellungen.',
  recordingNotHere: 'Anrufe können hier nicht aufgenommen werden.',
  recordingNeedsOnDemand:
    'Die Aufnahme auf Wunsch funktioniert bei Anrufen über Ihre Twilio-Leitung, wenn in den Einstellungen unter Anrufverwaltung, Aufnahme das Aufnehmen per Klick auf „Aufnehmen“ gewählt ist. Wählen Sie es dort und klicken Sie dann erneut auf „Aufnehmen“.',
  recordingNeedsAnswer: 'Ein Anruf kann aufgenommen werden, sobald er angenommen ist.',
  recordingCallNotListed:
    'Twilio führt diesen Anruf noch nicht als laufend, daher kann er nicht aufgenommen werden. Warten Sie einige Sekunden und klicken Sie dann erneut auf „Aufnehmen“.',
  recordingGone: 'Diese Aufnahme ist nicht mehr bei Twilio: Sie wurde dort möglicherweise gelöscht.',

  mergeSoundTest: 'Der Soundtest kann nicht mit einem Anruf zusammengeführt werden.',
  mergeNeedsAnswer:
    'Nur angenommene Anrufe können zusammengeführt werden: Warten Sie, bis beide Anrufe verbunden sind.',
  mergeNoAudio:
    'Ein Anruf hat noch keinen Ton: Warten Sie einen Moment und führen Sie die Anrufe dann erneut zusammen.',
  mergeSameCall: 'Wählen Sie zwei verschiedene Anrufe zum Zusammenführen.',
  mergeAlreadyThreeWay:
    'Es läuft bereits eine Dreierkonferenz: Trennen Sie sie oder legen Sie zuerst bei einem Teilnehmer auf.',
  mergeCallEnded: 'Einer der Anrufe wurde beendet, bevor sie zusammengeführt werden konnten.',
  splitNotThreeWay: 'Dieser Anruf gehört zu keiner Dreierkonferenz.',

  soundTestNoKeypad: 'Der Soundtest hat kein Tastenmenü; sprechen Sie einfach nach dem Signalton.',
  soundTestNothingToAnswer: 'Den Soundtest starten Sie selbst; es gibt nichts anzunehmen.',

  transferSplitFirst:
    'Dieser Anruf gehört zu einer Dreierkonferenz: Trennen Sie sie zuerst und leiten Sie den Anruf dann weiter.',
  transferSoundTest: 'Der Soundtest kann nicht weitergeleitet werden.',
  transferBadTarget: 'An diese Adresse kann kein Anruf weitergeleitet werden: {target}',
  transferTwilioBlindOnly: 'Twilio leitet Anrufe nur blind weiter: Verwenden Sie „Jetzt weiterleiten“.',
  transferPickCall: 'Wählen Sie einen anderen Anruf auf dieser Leitung, an den dieser übergeben werden soll.',
  transferConsultationNotConnected:
    'Der Rückfrageanruf ist nicht verbunden: Warten Sie auf eine Antwort oder leiten Sie jetzt weiter.',
  transferNeedsConnected: 'Nur ein verbundener Anruf kann weitergeleitet werden.',
  transferAlreadyGoing: 'Dieser Anruf wird bereits weitergeleitet.',
  transferTwilioRefused:
    'Twilio hat die Weiterleitung abgelehnt ({status}): Aktivieren Sie Enhanced Programmable SIP Features in der Twilio Console (Voice > Settings) und versuchen Sie es erneut. Der Anruf ist zurück.',
  transferRefused:
    'Die Gegenseite hat die Weiterleitung abgelehnt ({status}). Der Anruf ist zurück; Sie können auflegen und die Person selbst anrufen.',
  transferTargetBusy: 'Das Weiterleitungsziel ist besetzt. Der Anruf ist zurück.',
  transferTargetDeclined: 'Das Weiterleitungsziel hat den Anruf abgelehnt. Der Anruf ist zurück.',
  transferTwilioFailed:
    'Twilio konnte den Anruf nicht weiterleiten: Prüfen Sie, ob Enhanced Programmable SIP Features in der Twilio Console (Voice > Settings) aktiviert ist und die Nummer angerufen werden darf. Der Anruf ist zurück.',
  transferTargetUnreachable: 'Das Weiterleitungsziel war nicht erreichbar. Der Anruf ist zurück.',
  transferTargetUnreachableStatus: 'Das Weiterleitungsziel war nicht erreichbar ({status}). Der Anruf ist zurück.',
  transferNoAnswer: 'Keine Antwort auf die Weiterleitung innerhalb von {seconds} Sekunden. Der Anruf ist zurück.',

  registrationBadCredentials:
    'Der SIP-Server hat den Benutzernamen oder das Passwort abgelehnt ({status}). Prüfen Sie beides in den Kontoeinstellungen.',
  registrationUnknownAddress:
    'Der SIP-Server kennt diese Adresse nicht (404). Prüfen Sie die SIP-Adresse und ihre Domain.',
  registrationServerError:
    'Der SIP-Server konnte dieses Telefon nicht registrieren ({status} {reason}). Dialtone versucht es erneut.',
  registrationNotListed:
    'Der SIP-Server hat die Registrierung angenommen, dieses Telefon aber nicht unter den registrierten aufgeführt. Dialtone versucht es erneut.',
  registrationUnreachable:
    'Dialtone erreicht den SIP-Server nicht. Prüfen Sie Ihre Internetverbindung; Dialtone versucht es erneut.',

  sipServerNotFound:
    'Der SIP-Servername {server} wurde nicht gefunden. Prüfen Sie die Serveradresse in den Kontoeinstellungen und Ihre Internetverbindung.',
  sipServerRefused:
    'Der SIP-Server {server} hat die Verbindung abgelehnt. Prüfen Sie die Serveradresse, den Port und ob TCP oder TLS erwartet wird.',
  sipServerUnreachable: 'Dialtone konnte den SIP-Server {server} nicht erreichen. Prüfen Sie Ihre Internetverbindung.',
  sipServerUnreachableCode:
    'Dialtone konnte den SIP-Server {server} nicht erreichen ({code}). Prüfen Sie Ihre Internetverbindung.',
  sipTlsFailed:
    'Die sichere Verbindung zum SIP-Server {server} ist fehlgeschlagen. Prüfen Sie, ob dieser Port TLS verwendet (meist 5061), oder wählen Sie TCP in den Kontoeinstellungen.',
  sipServerTimeout:
    'Der SIP-Server {server} hat nicht rechtzeitig geantwortet. Wenn das öfter passiert, prüfen Sie Ihre Internetverbindung und die Serveradresse.',
  sipConnectionClosed:
    'Die Verbindung zum SIP-Server {server} wurde geschlossen. Wenn das öfter passiert, prüfen Sie Ihre Internetverbindung.',
  sipUnreadableData:
    'Der SIP-Server {server} hat Daten gesendet, die Dialtone nicht lesen konnte, daher wurde die Verbindung geschlossen. Wenn das öfter passiert, prüfen Sie Ihre Internetverbindung.',
  sipCertificateExpired:
    'Das Zertifikat des SIP-Servers ist heute nicht gültig. Prüfen Sie Datum und Uhrzeit Ihres Computers; stimmen sie, muss der Administrator des Servers das Zertifikat erneuern.',
  sipCertificateWrongName:
    'Das Zertifikat des SIP-Servers ist nicht auf {server} ausgestellt. Prüfen Sie die Serveradresse in den Kontoeinstellungen.',
  sipCertificateNotPinned:
    'Das Zertifikat des SIP-Servers ist nicht das in den Kontoeinstellungen hinterlegte. Wurde das Zertifikat des Servers ersetzt, hinterlegen Sie das neue; andernfalls wird die Verbindung möglicherweise abgehört.',
  sipCertificateUntrusted:
    'Das Zertifikat des SIP-Servers ist nicht vertrauenswürdig. Wenn es Ihre eigene Telefonanlage ist, fügen Sie ihr Zertifikat in den Kontoeinstellungen hinzu.',
} satisfies Translation<typeof callsWords>;
