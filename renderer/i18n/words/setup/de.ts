import type { setupWords } from '../../../../shared/text/setup-words';
import type { Translation } from '../../catalogue-types';

export default {
  problemOfItsOwn: 'Bei Dialtone ist während der Verbindung mit Twilio ein interner Fehler aufgetreten',
  problemOfItsOwnAdvice:
    'Es liegt nicht an Ihrer Internetverbindung oder Ihrem Twilio-Konto. Versuchen Sie es erneut; tritt der Fehler weiter auf, starten Sie Dialtone neu.',
  twilioRefused: 'Twilio hat die Anfrage abgelehnt',
  twilioRefusedStatus: 'Twilio hat die Anfrage abgelehnt (HTTP {status})',
  twilioSaidCheckConsole: 'Antwort von Twilio: {said} Prüfen Sie die Twilio Console und versuchen Sie es dann erneut.',
  twilioSaidSeeMore: 'Antwort von Twilio: {said} Siehe {moreInfo}.',
  twilioUnreachable: 'Dialtone konnte Twilio nicht erreichen',
  twilioTimeout: 'Twilio hat nicht rechtzeitig geantwortet',
  twilioInsecure: 'Dialtone konnte keine sichere Verbindung zu Twilio herstellen',
  greetingTooLong: 'Die Mailbox-Ansage ist zu lang',
  greetingTooLongAdvice:
    'Kürzen Sie die Ansage und versuchen Sie es dann erneut: Twilio speichert höchstens {limit} Zeichen (weniger bei Akzenten oder Emojis).',
  routingBuildFailed: 'Twilio konnte die Anrufweiterleitung von Dialtone nicht erstellen',
  routingBuildAdvice:
    'Versuchen Sie es in ein paar Minuten erneut. Schlägt es weiter fehl, prüfen Sie Functions and Assets in der Twilio Console.',
  routingFileMissing: 'Die Datei „{name}“ der Anrufweiterleitung von Dialtone fehlt',
  reinstallAdvice: 'Die Installation ist beschädigt. Installieren Sie Dialtone neu und versuchen Sie es dann erneut.',
  noNumbersOfType: 'Twilio hat in diesem Land keine Nummern dieses Typs',
  noNumbersOfTypeAdvice:
    'Wählen Sie einen anderen Nummerntyp (Ortsnetz, Mobil oder gebührenfrei) oder ein anderes Land.',
  recordingGone: 'Eine aufgenommene Ansage ist nicht mehr auf diesem Computer',
  recordingGoneAdvice:
    'Nehmen Sie sie erneut auf oder stellen Sie diese Ansage unter Anrufverwaltung, Ansagen auf gesprochenen Text um.',
  recordingGoneRecordAgain: 'Diese aufgenommene Ansage ist nicht mehr auf diesem Computer. Nehmen Sie sie erneut auf.',
  recordingNotSaved:
    'Dialtone konnte die Aufnahme nicht speichern: Prüfen Sie, ob auf dem Datenträger genug freier Speicher ist.',
  recordingTooLarge: 'Die Aufnahme ist zu groß: Sie muss kürzer als {minutes} Minuten sein.',
  recordingNotWav: 'Die Aufnahme ist keine WAV-Datei. Nehmen Sie sie erneut auf oder wählen Sie eine andere Datei.',
  recordingWrongFormat:
    'Die Aufnahme ist kein Mono-Audio mit 16 Bit bei 8 oder 16 kHz. Nehmen Sie sie erneut auf oder wählen Sie eine andere Datei.',
  recordingTooLong: 'Die Aufnahme ist länger als {minutes} Minuten: Kürzen Sie sie.',
  recordingEmpty: 'Die Aufnahme ist leer. Nehmen Sie sie erneut auf oder wählen Sie eine andere Datei.',
  recordingDamaged:
    'Die WAV-Datei ist beschädigt: Sie enthält keinen Ton. Nehmen Sie sie erneut auf oder wählen Sie eine andere Datei.',
  alreadySetUp: 'Dialtone hat {phoneNumber} in diesem Twilio-Konto bereits eingerichtet.',
  alreadySetUpANumber: 'Dialtone hat in diesem Twilio-Konto bereits eine Nummer eingerichtet.',
  alreadySetUpAdvice:
    'Schließen Sie die Einrichtung dieser Nummer ab oder entfernen Sie Dialtone zuerst in den Einstellungen aus dem Twilio-Konto.',
  numberGoneFromAccount:
    'Diese Nummer ist nicht mehr in diesem Twilio-Konto. Zeigen Sie die Liste erneut an und wählen Sie eine andere Nummer.',
  alreadyBought: 'Dialtone hat {phoneNumber} bereits für Sie gekauft.',
  alreadyBoughtAdvice: 'Verwenden Sie diese Nummer (wählen Sie sie unter „Eine vorhandene Nummer verwenden“).',
  closedWhileSending: 'Dialtone wurde geschlossen, bevor Twilio Ihre letzte Änderung bestätigt hat.',
  closedWhileSendingAdvice:
    'Ihre Auswahl ist hier gespeichert. Klicken Sie auf „Erneut versuchen“, um sie an Twilio zu senden.',
  noLineForDnd: '„Nicht stören“ funktioniert mit Ihrer Twilio-Telefonleitung, und Dialtone hat noch keine.',
  noLineForDndAdvice:
    'Öffnen Sie Dialtone, schließen Sie die Einrichtung Ihrer Twilio-Leitung ab und versuchen Sie es dann erneut.',
  noRoutingYet:
    'Dialtone hat bei Twilio noch keine Anrufweiterleitung: Schließen Sie zuerst die Twilio-Einrichtung ab.',
  routingNotFound: 'Dialtone weiß nicht, wo sich seine Anrufweiterleitung bei Twilio befindet.',
  routingNotFoundAdvice:
    'Öffnen Sie die Twilio-Einrichtung in den Einstellungen und führen Sie sie erneut aus: Sie findet die Weiterleitung wieder oder baut sie neu auf.',
  noSignInStored: 'Bei Dialtone ist keine Twilio-Anmeldung gespeichert.',
  noSignInStoredAdvice: 'Gehen Sie zurück zum Schritt mit den Zugangsdaten und verbinden Sie Ihr Twilio-Konto erneut.',
  stillWorking: 'Die Einrichtung arbeitet noch am vorherigen Schritt. Bitte warten Sie.',
  earlierStepsFirst:
    'Dieser Einrichtungsschritt setzt die vorherigen voraus: Gehen Sie zurück und schließen Sie sie ab.',
  connectAccountFirst: 'Verbinden Sie zuerst ein Twilio-Konto.',
  chooseNumberFirst: 'Wählen Sie zuerst eine Nummer.',
  updateNotReady:
    'Es ist noch kein Update zur Installation bereit. Dialtone bietet es an, sobald es heruntergeladen ist.',
  updateDuringCall: 'Ein Anruf ist im Gange. Starten Sie zum Aktualisieren neu, sobald er beendet ist.',
  updateBrowserShell:
    'Die Browserversion kann sich nicht selbst aktualisieren. Laden Sie die Seite neu, um die aktuelle Version des Servers zu erhalten.',
  updateNotInstalled:
    'Diese Kopie von Dialtone wurde nicht installiert und kann sich daher nicht selbst aktualisieren. Installieren Sie Dialtone, um Updates zu erhalten.',
  settingVoicemailGreeting: 'Mailbox-Ansage',
  settingCountries: 'Anrufe in andere Länder',
  settingDoNotDisturb: 'Nicht stören',
  settingForwarding: 'Weiterleitung',
  settingBusinessHours: 'Geschäftszeiten',
  settingTimeZone: 'Zeitzone',
  settingBlocked: 'Blockierte Anrufer',
  settingUnverified: 'Nicht verifizierte Anrufer',
  settingGreetings: 'Ansagen',
  settingPhoneMenu: 'Sprachmenü',
  settingRecording: 'Aufnahme',
  settingAutoReply: 'Automatische Antwort',
  settingCallHandling: 'Anrufverwaltung',
  settingTeam: 'Team',
  taskCreated: '{name} erstellt',
  taskUpdated: '{name} aktualisiert',
  taskMappingsInPlace: '2 Zuordnungen bereits vorhanden',
  taskMappingsAdded: '2 Zuordnungen ({added} hinzugefügt)',
  taskAlreadyDeployed: '{address} (bereits bereitgestellt)',
  taskNumberRouted: 'Anrufe und SMS an {phoneNumber} gehen an {address}',
  answerAboutNumberRouting:
    'In der Antwort von Twilio zu das aktuelle Ziel der Anrufe an die Nummer fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutSoldNumber:
    'In der Antwort von Twilio zu die gerade verkaufte Nummer {phoneNumber} fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutSipDomain:
    'In der Antwort von Twilio zu die SIP-Domain von Dialtone fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutSipCredentials:
    'In der Antwort von Twilio zu die SIP-Zugangsdaten von Dialtone fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutRouting:
    'In der Antwort von Twilio zu die Anrufweiterleitung von Dialtone fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutRoutingVariables:
    'In der Antwort von Twilio zu die Variablen der Anrufweiterleitung von Dialtone fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutAccount: 'In der Antwort von Twilio zu Ihr Konto fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutApiKey:
    'In der Antwort von Twilio zu den gerade erstellten API-Schlüssel fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutPbxCredentials:
    'In der Antwort von Twilio zu die SIP-Zugangsdaten der Telefonanlage fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutPbxTrunk:
    'In der Antwort von Twilio zu den SIP-Trunk der Telefonanlage fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutPbxAddresses:
    'In der Antwort von Twilio zu die Adressen, von denen die Telefonanlage anrufen darf fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutRecording:
    'In der Antwort von Twilio zu die gestartete Aufnahme fehlt etwas, das Dialtone braucht ({fields})',
  answerAboutMessage: 'In der Antwort von Twilio zu eine Nachricht fehlt etwas, das Dialtone braucht ({fields})',
  answerLackedKeyAdvice:
    'Dialtone hat vor der Verwendung angehalten, daher wurde nichts darauf aufgebaut. Versuchen Sie es in ein paar Minuten erneut: Bereits Angelegtes wird wiedergefunden, nicht doppelt angelegt. Tritt der Fehler weiter auf, prüfen Sie {where} in der Twilio Console (und löschen Sie dort den unbrauchbaren Schlüssel).',
  answerLackedAdvice:
    'Dialtone hat vor der Verwendung angehalten, daher wurde nichts darauf aufgebaut. Versuchen Sie es in ein paar Minuten erneut: Bereits Angelegtes wird wiedergefunden, nicht doppelt angelegt. Tritt der Fehler weiter auf, prüfen Sie {where} in der Twilio Console.',
  twilioRefusedCheckConsole:
    'Twilio hat die Anfrage ohne weitere Erklärung abgelehnt. Prüfen Sie die Twilio Console und versuchen Sie es dann erneut.',
  twilioRefusedStatusCheckConsole:
    'Twilio hat die Anfrage (HTTP {status}) ohne weitere Erklärung abgelehnt. Prüfen Sie die Twilio Console und versuchen Sie es dann erneut.',
  twilioRefusedSeeMore: 'Twilio hat die Anfrage ohne weitere Erklärung abgelehnt. Siehe {moreInfo}.',
  twilioRefusedStatusSeeMore:
    'Twilio hat die Anfrage (HTTP {status}) ohne weitere Erklärung abgelehnt. Siehe {moreInfo}.',
  removedNumberRouting: 'Weiterleitung der Nummer {phoneNumber} wiederhergestellt',
  removedSipDomain: 'SIP-Domain {name}',
  removedCredentials: 'SIP-Zugangsdaten {name}',
  removedRoutingService: 'Weiterleitungsdienst {name}',
  removedNumberReleased: 'Nummer {phoneNumber} freigegeben',
  removedLine: 'Die Twilio-Telefonleitung in Dialtone mit ihrem gespeicherten Passwort',
  removedRingGroup: 'Die Anrufgruppe auf {phoneNumber} und die Weiterleitung ihrer Nummer',
  removedMember: 'Der Zugang von {username} zur Leitung',
  removedMemberAndNumber: 'Der Zugang von {username} zur Leitung und die Weiterleitung seiner Nummer',
  leftApiKey:
    'API-Schlüssel „{friendlyName}“ ({sid}): Dialtone kann seinen eigenen Schlüssel nicht löschen. Löschen Sie ihn in der Twilio Console unter Account, API keys & tokens.',
  checkAccountSid:
    'Eine Account SID beginnt mit AC, gefolgt von 32 Buchstaben und Ziffern (Twilio Console, Account Info)',
  checkApiKeySid: 'Eine API Key SID beginnt mit SK, gefolgt von 32 Buchstaben und Ziffern',
  checkAuthToken: 'Das Auth Token besteht aus 32 Buchstaben und Ziffern; kopieren Sie es erneut aus der Twilio Console',
  checkApiKeySecret:
    'Das Secret des API-Schlüssels besteht aus 32 Buchstaben und Ziffern; kopieren Sie es erneut aus der Twilio Console',
  checkCountry: 'Wählen Sie ein Land',
  checkAreaCode: 'Eine Vorwahl hat 3 Ziffern (nur USA und Kanada)',
  checkContains: 'Geben Sie 2 bis 16 Ziffern oder Buchstaben ein, die die Nummer enthalten soll',
  checkSpokenTextTooLong:
    'Kürzen Sie die Ansage: Twilio speichert höchstens {limit} Zeichen (weniger mit Akzenten oder Emoji)',
  checkSpokenTextPlain: 'Verwenden Sie einfachen Text: keine Steuerzeichen und keine spitzen Klammern',
  checkGreetingEmpty: 'Schreiben Sie, was Anrufer vor dem Signalton hören',
  checkClockTime: 'Geben Sie eine Uhrzeit im Format 09:00 ein',
  checkAtLeastOneDay: 'Wählen Sie mindestens einen Tag',
  checkEachDayOnce: 'Wählen Sie jeden Tag nur einmal',
  checkSpanEnds: 'Ein Zeitraum braucht einen Beginn und ein Ende, die sich unterscheiden',
  checkSpanStart: 'Ein Zeitraum beginnt spätestens um 23:59',
  checkScheduleTooLong: 'Ein Zeitplan umfasst höchstens {limit} Zeiträume',
  checkAutoReplyTooLong: 'Kürzen Sie den Text: Eine automatische Antwort umfasst höchstens {limit} Zeichen',
  checkAutoReplyTooManyBytes:
    'Kürzen Sie den Text: Twilio speichert höchstens {limit} Byte (weniger Zeichen mit Akzenten oder Emoji)',
  checkAutoReplyPlain: 'Verwenden Sie einfachen Text: keine Steuerzeichen',
  checkAutoReplyEmpty: 'Schreiben Sie den Text, den Anrufer erhalten, oder schalten Sie die automatische Antwort aus',
} satisfies Translation<typeof setupWords>;
