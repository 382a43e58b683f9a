import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Anrufverwaltung',
  noLine:
    'Weiterleitung, „Nicht stören“ und blockierte Anrufer funktionieren bei Twilio und kommen daher mit der Twilio-Einrichtung: Sobald Dialtone Ihre Twilio-Telefonleitung eingerichtet hat, können Sie sie hier wählen.',
  intro:
    'Twilio setzt diese Einstellungen um, sie gelten also auch, wenn Ihr Computer aus ist. Änderungen gelten ab dem nächsten Anruf.',
  cardForwarding: 'Weiterleitung',
  cardDoNotDisturb: 'Nicht stören',
  cardBusinessHours: 'Geschäftszeiten',
  cardTimeZone: 'Zeitzone',
  cardBlocked: 'Blockierte Anrufer',
  cardUnverified: 'Nicht verifizierte Anrufer',
  cardGreetings: 'Ansagen',
  cardPhoneMenu: 'Sprachmenü',
  cardRecording: 'Aufnahme',
  cardAutoReply: 'Automatische Antwort',
  saveFailed: 'Dialtone konnte die Änderung nicht sichern. Versuchen Sie es erneut.',
  cancel: 'Abbrechen',
  remove: 'Entfernen',
  listen: 'Anhören',
  stop: 'Stopp',

  tryAgain: 'Erneut versuchen',
  checkWithTwilio: 'Bei Twilio prüfen',
  briefNotLiveWhere: '{status} Die Antwort von Twilio und „Erneut versuchen“ finden Sie unter Anrufverwaltung.',
  momentUnreadable: 'zu einer Zeit, die Dialtone nicht lesen konnte',
  momentOtherDay: '{day}, {time}',
  syncNone: 'In Dialtone gesichert. Prüfen Sie bei Twilio, ob Twilio dieselben Einstellungen hat.',
  syncSending: 'Wird an Twilio gesendet …',
  syncLive: 'Bei Twilio aktiv seit {moment}.',
  syncNotLive: 'Bei Twilio nicht aktiv: Ihre Änderungen sind in Dialtone gesichert, aber Twilio hat sie noch nicht.',
  checkChecking: 'Wird bei Twilio geprüft …',
  checkSame: 'Twilio hat alle Einstellungen wie hier gesichert (geprüft {moment}).',
  checkDifferent:
    'Bei Twilio weichen diese Einstellungen von den hier gesicherten ab (geprüft {moment}). „Erneut versuchen“ sendet die hier gesicherten Einstellungen.',
  checkFailed: 'Dialtone konnte nicht bei Twilio prüfen: {message} {whatToDo}',

  forwardCalls: 'Anrufe weiterleiten',
  modeOff: 'Aus',
  modeNoAnswer: 'Bei keiner Antwort oder offline',
  modeNotConnected: 'Nur wenn Dialtone nicht verbunden ist',
  modeTogether: 'Dialtone und andere Telefone zusammen',
  modeAlways: 'Immer weiterleiten',
  modeHintOff: 'Anrufe klingeln nur in Dialtone.',
  modeHintNoAnswer:
    'Dialtone klingelt {seconds} Sekunden lang; wenn Sie nicht annehmen oder Dialtone geschlossen oder offline ist, klingeln Ihre anderen Telefone.',
  modeHintNotConnected:
    'Solange Dialtone geschlossen oder offline ist, klingeln Ihre anderen Telefone sofort; sonst klingeln Anrufe nur in Dialtone.',
  modeHintTogether:
    'Dialtone und Ihre anderen Telefone klingeln gleichzeitig; wer zuerst annimmt, übernimmt den Anruf.',
  modeHintAlways: 'Anrufe gehen direkt an Ihre anderen Telefone; Dialtone klingelt nicht.',
  modeHintMessage: ' Nimmt kein Telefon an, kann der Anrufer eine Nachricht hinterlassen.',
  forwardingMissing:
    'Fügen Sie die Nummer hinzu, an die Anrufe weitergeleitet werden: Die Weiterleitung beginnt, sobald sie hinzugefügt ist.',
  forwardingTurnedOff:
    'Es ist keine Weiterleitungsnummer mehr übrig. Die Weiterleitung ist daher aus, und Anrufe, die weitergeleitet wurden, gehen an die Mailbox.',
  forwardingCost:
    'Weitergeleitete Anrufe zeigen die Nummer des Anrufers. Jeder weitergeleitete Anruf ist ein zweiter Anruf über Ihr Twilio-Konto und wird pro Minute abgerechnet.',
  forwardingTrial:
    'Ihr Twilio-Konto ist ein Testkonto: Es kann nur Nummern anrufen, die Sie verifiziert haben. Verifizieren Sie jede Nummer in der Twilio Console unter Phone Numbers > Verified Caller IDs.',
  forwardingNumbers: 'Weiterleitungsnummern',
  removeNumber: '{number} entfernen',
  forwardingFull:
    'Anrufe klingeln auf höchstens {limit} Nummern gleichzeitig: Entfernen Sie eine, um eine andere hinzuzufügen.',
  numberToForwardTo: 'Nummer für die Weiterleitung',
  anotherNumber: 'Weitere Nummer',
  add: 'Hinzufügen',
  forwardTypeNumber:
    'Geben Sie eine Telefonnummer ein, etwa Ihre Mobilnummer: so, wie Sie sie wählen würden, oder mit + und Ländervorwahl.',
  forwardNoCodes:
    'Die Weiterleitung wählt nur die Nummer, ohne Codes oder Durchwahl: Verwenden Sie eine Nummer, bei der das Telefon selbst klingelt.',
  forwardEmergency: 'Anrufe können nicht an Notrufdienste weitergeleitet werden.',
  forwardUnknownCountry:
    'Dialtone kann nicht erkennen, in welchem Land {number} liegt; Ihre Leitung darf sie daher womöglich nicht anrufen. Leiten Sie an eine andere Nummer weiter.',
  forwardCountryNotAllowed:
    'Ihre Leitung darf keine Nummern in diesem Land ({country}) anrufen, daher können Anrufe nicht an {number} weitergeleitet werden. Fügen Sie {country} unter Einstellungen, Twilio, „Anrufe in andere Länder“ hinzu und fügen Sie die Nummer dann erneut hinzu.',
  forwardSip: 'Leiten Sie an eine Telefonnummer weiter: An eine SIP-Adresse kann nicht weitergeleitet werden.',
  forwardOwnNumber: 'Das ist Ihre Dialtone-Nummer: Leiten Sie an ein anderes Telefon weiter, etwa an Ihr Mobiltelefon.',
  forwardListed: '{number} ist bereits in der Liste.',
  forwardTooMany: 'Anrufe gehen an höchstens {limit} Nummern. Entfernen Sie zuerst eine.',

  destinationVoicemail: 'Mailbox',
  destinationForwarding: 'Meine Weiterleitungsnummern',
  destinationNeedsNumber:
    'Um Anrufe an die Weiterleitung zu senden, fügen Sie zuerst unter Weiterleitung eine Nummer hinzu.',

  doNotDisturb: 'Nicht stören',
  dndHintVoicemail: 'Anrufe gehen ohne Klingeln direkt an die Mailbox, auch wenn Dialtone geschlossen ist.',
  dndHintForwarding: 'Anrufe gehen ohne Klingeln an Ihre Weiterleitungsnummern, auch wenn Dialtone geschlossen ist.',
  sendCallsTo: 'Anrufe senden an',
  turnOnAutomatically: 'Automatisch einschalten',
  turnOnAutomaticallyHint:
    '„Nicht stören“ schaltet sich jede Woche zu diesen Zeiten selbst ein, zum Beispiel werktags am Abend.',
  quietHours: 'Ruhezeiten',

  callsRing: 'Anrufe klingeln',
  atAnyTime: 'Jederzeit',
  onlyBusinessHours: 'Nur während der Geschäftszeiten',
  businessHours: 'Geschäftszeiten',
  outsideHoursSendTo: 'Außerhalb dieser Zeiten Anrufe senden an',

  timesAreIn: 'Zeiten gelten in {zone}.',
  saveSchedule: 'Zeitplan sichern',
  scheduleUnsaved: 'Noch nicht gesichert: Twilio folgt dem gesicherten Zeitplan, bis Sie sichern.',
  addTimeSpan: 'Zeitraum hinzufügen',
  scheduleFull: 'Ein Zeitplan umfasst höchstens {limit} Zeiträume: Ändern oder entfernen Sie stattdessen einen.',
  timeSpan: 'Zeitraum {number}',
  days: 'Tage',
  from: 'Von',
  to: 'bis',
  removeTimeSpan: 'Zeitraum {number} entfernen',
  everyDay: 'Jeden Tag',
  noDays: 'Keine Tage',
  dayPair: '{first}, {last}',
  dayRun: '{first}–{last}',
  dayList: '{list}, {next}',
  spanHours: '{days} {from}–{to}',
  spanPastMidnight: '{days} {from}–{to} (über Mitternacht)',
  noHoursChosen: 'Keine Zeiten gewählt',

  timeZoneLabel: 'Zeitzone für Zeitpläne',
  timeZoneHint:
    'Twilio liest „Nicht stören“ und die Geschäftszeiten in dieser Zeitzone. Mit der Ihres Computers verwendet Twilio die Zone, in der sich Ihr Computer beim letzten Sichern der Anrufverwaltung befand.',
  computerTimeZoneOption: 'Zeitzone des Computers ({zone})',
  computerTimeZone: 'der Zeitzone Ihres Computers ({zone})',
  zoneTime: 'der Zeitzone {zone}',

  blockedHint: 'Twilio weist sie ab: Ihr Telefon klingelt nicht und sie können keine Nachricht hinterlassen.',
  blockedList: 'Blockierte Nummern und Präfixe',
  unblockEntry: '{entry} freigeben',
  unblock: 'Freigeben',
  block: 'Blockieren',
  numberOrPrefix: 'Zu blockierende Nummer oder Präfix',
  blockWithheld: 'Anrufer mit unterdrückter Nummer blockieren',
  blockedHear: 'Blockierte Anrufer hören',
  hearRejected: 'Einen abgewiesenen Anruf',
  hearBusy: 'Besetztzeichen',
  typeToBlock: 'Geben Sie eine Nummer oder ein Präfix zum Blockieren ein.',
  typeBlockable:
    'Geben Sie eine Nummer wie +1 512 555 0100 ein oder den Anfang von Nummern mit einem * am Ende, wie +1 900*.',
  alreadyBlocked: '{entry} ist bereits blockiert.',
  blockListFullTyped: 'Es können höchstens {limit} Nummern und Präfixe blockiert werden. Geben Sie zuerst eine frei.',
  withheldNumbers: 'Unterdrückte Nummern',
  numbersStarting: 'Nummern, die mit {prefix} beginnen',
  blockListFull:
    'Es können höchstens {limit} Nummern und Präfixe blockiert werden, und die Liste ist voll. Geben Sie zuerst unter Einstellungen, Anrufverwaltung eine frei.',
  blockSip:
    '{caller} ist eine SIP-Adresse. Twilio weist Anrufer anhand ihrer Telefonnummer ab, daher können nur Telefonnummern blockiert werden.',
  blockNotNumber:
    '„{caller}“ ist keine vollständige Telefonnummer und kann daher nicht blockiert werden. Twilio weist Anrufer anhand ihrer Nummer ab, etwa +1 512 555 0100.',
  blockedByPrefix:
    '{number} ist blockiert, weil sie mit {prefix} beginnt. Um sie durchzulassen, geben Sie diese Nummern unter Einstellungen, Anrufverwaltung frei.',
  blockNoRoom:
    'Es können höchstens {limit} Nummern und Präfixe blockiert werden: Es ist noch Platz für {room} weitere. Geben Sie zuerst unter Einstellungen, Anrufverwaltung einige frei.',
  blockNoLine:
    'Blockieren funktioniert bei Twilio: Richten Sie zuerst in den Einstellungen Ihre Twilio-Telefonleitung ein.',
  blockBusy: 'Dialtone sichert noch eine andere Änderung an Ihrer Telefonleitung. Versuchen Sie es gleich noch einmal.',

  blockWho: '{who} blockieren',
  unblockWho: '{who} freigeben',
  blockHint: '{caller} blockieren: Twilio weist die Anrufe ab',
  blockHintWithheld: 'Unterdrückte Nummern blockieren: Twilio weist ihre Anrufe ab',
  blockedHintNumber: '{caller} ist blockiert. Geben Sie die Nummer frei, um ihre Anrufe wieder durchzulassen',
  blockedHintWithheld: 'Unterdrückte Nummern sind blockiert. Geben Sie sie frei, um ihre Anrufe wieder durchzulassen',
  blockButton: 'Blockieren …',
  unblockButton: 'Freigeben …',
  blockedMark: 'Blockiert',
  blockAll: 'Alle Nummern blockieren …',
  unblockAll: 'Alle Nummern freigeben …',
  dialogAllNumbers: 'Alle {count, plural, one {# Nummer} other {# Nummern}} von {owner}',
  dialogWithheldSubject: 'unterdrückte Nummern',
  dialogBlockWithheldTitle: 'Anrufer mit unterdrückter Nummer blockieren?',
  dialogBlockTitle: '{subject} blockieren?',
  dialogBlockWithheld:
    'Anrufe von unterdrückten Nummern werden bei Twilio abgewiesen und erreichen nie die Mailbox. Sie können sie später hier oder unter Einstellungen, Anrufverwaltung wieder freigeben.',
  dialogBlockOne:
    'Anrufe von {named} werden bei Twilio abgewiesen und erreichen nie die Mailbox; Nachrichten dieser Nummer werden in Nachrichten ausgeblendet. Sie können sie später hier oder unter Einstellungen, Anrufverwaltung wieder freigeben.',
  dialogBlockSeveral:
    'Anrufe von {named} werden bei Twilio abgewiesen und erreichen nie die Mailbox; ihre Nachrichten werden in Nachrichten ausgeblendet. Sie können sie später hier oder unter Einstellungen, Anrufverwaltung wieder freigeben.',
  dialogBlocking: 'Wird blockiert …',
  dialogUnblockTitle: '{subject} freigeben?',
  dialogUnblockWithheld: 'Anrufer mit unterdrückter Nummer klingeln wieder durch und können auf die Mailbox sprechen.',
  dialogUnblock:
    'Anrufe von {named} klingeln wieder und können auf die Mailbox sprechen; ihre Nachrichten erscheinen wieder in Nachrichten.',
  dialogUnblocking: 'Wird freigegeben …',

  unverifiedLegend: 'Anrufe, deren Nummer der Netzbetreiber des Anrufers nicht verifiziert hat',
  unverifiedHint:
    'Netzbetreiber verifizieren Nummern (SHAKEN/STIR) nur bei Anrufen innerhalb der USA, und auch dort nicht bei allen: Mit „An die Mailbox“ gehen die meisten internationalen Anrufe an die Mailbox.',
  ruleRing: 'Klingeln',
  ruleVoicemail: 'An die Mailbox',

  voiceStandard: 'Standardstimme von Twilio',
  voice: 'Stimme',
  voiceHint:
    'Anrufer hören Ihre Ansagen und das Sprachmenü mit dieser Stimme und in ihrer Sprache. Die Amazon-Polly-Stimmen sind mit ihrer Sprache benannt. Twilio rechnet Sprachausgabe nach gesprochenen Zeichen ab.',
  sameAsVoicemail: 'Wie die Mailbox-Ansage',
  saveGreeting: 'Ansage sichern',
  afterHoursGreeting: 'Ansage außerhalb der Geschäftszeiten',
  theAfterHoursGreeting: 'die Ansage außerhalb der Geschäftszeiten',
  afterHoursHint:
    'Wird außerhalb Ihrer Geschäftszeiten gesprochen (siehe Geschäftszeiten), wenn diese Anrufe an die Mailbox gehen. „Nicht stören“ verwendet die Mailbox-Ansage.',
  busyGreeting: 'Besetzt-Ansage',
  theBusyGreeting: 'die Besetzt-Ansage',
  busyHint: 'Wird gesprochen, wenn Sie einen Anruf ablehnen und er an die Mailbox geht.',
  voicemailGreeting: 'Mailbox-Ansage',
  theVoicemailGreeting: 'die Mailbox-Ansage',
  voicemailGreetingHint: 'Wird gesprochen, wenn Sie nicht annehmen. Ändern Sie sie unter Mailbox.',
  listenTo: '{what} anhören',
  stopWhat: '{what} stoppen',
  listenNote: '„Anhören“ verwendet die Stimme Ihres Computers; Anrufer hören {voice}.',
  listenNoSpeech: '„Anhören“ ist nicht verfügbar: Dieser Computer kann keinen Text vorlesen.',
  listenNoVoice: '„Anhören“ ist nicht verfügbar: Auf diesem Computer ist keine Stimme zum Vorlesen installiert.',

  whatCallersHear: 'Was Anrufer hören für {what}',
  spokenText: 'Gesprochener Text',
  myRecording: 'Meine Aufnahme',
  stopRecording: 'Aufnahme beenden',
  record: 'Aufnehmen',
  recordWhat: '{what} aufnehmen',
  chooseFileFor: 'Audiodatei wählen für {what}',
  chooseFile: 'Datei wählen …',
  stopRecordingOf: 'Ihre Aufnahme stoppen für {what}',
  listenRecordingOf: 'Ihre Aufnahme anhören für {what}',
  removeRecordingOf: 'Ihre Aufnahme entfernen für {what}',
  statusRecording: 'Aufnahme … {elapsed} von {limit}',
  statusSaving: 'Aufnahme wird gesichert und an Twilio gesendet …',
  statusSpoken: 'Anrufer hören den Text oben.',
  statusNotRecorded:
    'Nehmen Sie bis zu {limit} auf oder wählen Sie eine Audiodatei; bis dahin hören Anrufer den Text oben.',
  statusRecorded: 'Anrufer hören Ihre Aufnahme.',
  recordingTooLong:
    'Die Ansage ist länger als {minutes, plural, one {# Minute} other {# Minuten}}. Kürzen Sie sie oder nehmen Sie eine kürzere auf.',
  recordingDamaged: 'Die Aufnahme ist leer oder beschädigt. Prüfen Sie das Mikrofon und nehmen Sie erneut auf.',
  fileNotAudio:
    '„{name}“ ist keine Audiodatei, die Dialtone lesen kann. Wählen Sie eine WAV-, MP3-, Ogg- oder M4A-Datei.',
  playbackFailed:
    'Die Aufnahme konnte auf diesem Computer nicht abgespielt werden. Prüfen Sie Ihre Lautsprecher und versuchen Sie es erneut.',

  answerWithMenu: 'Mit einem Menü annehmen',
  menuHint:
    'Twilio nimmt an und Anrufer wählen mit ihrer Tastatur. Blockierte Anrufer, „Nicht stören“ und Geschäftszeiten haben Vorrang.',
  menuPrompt: 'Menüansage',
  menuPromptHint: 'Was Anrufer hören, wenn Twilio annimmt. Leer lassen, um die Optionen unten anzusagen.',
  savePrompt: 'Ansage sichern',
  theMenuPrompt: 'die Menüansage',
  keyRingsDialtone: 'Klingelt bei Dialtone, mit Ihrer eingestellten Weiterleitung',
  keyVoicemail: 'Mailbox',
  keyForwarding: 'Klingelt bei Ihren Weiterleitungsnummern',
  whatEachKeyDoes: 'Was jede Taste bewirkt',
  menuAddForwarding: 'Fügen Sie eine Weiterleitungsnummer hinzu, um die 3 für Ihr Mobiltelefon anzubieten. ',
  menuRepeat:
    'Wird innerhalb von 6 Sekunden keine oder eine andere Taste gedrückt, wird das Menü bis zu dreimal wiederholt; danach klingelt Dialtone.',

  recordCalls: 'Anrufe aufnehmen',
  recordOff: 'Aus',
  recordAlways: 'Jeden Anruf aufnehmen',
  recordOnDemand: 'Aufnehmen, wenn ich auf „Aufnehmen“ klicke',
  recordHintOff: 'Anrufe werden nicht aufgenommen.',
  recordHintAlways: 'Twilio nimmt jeden Anruf ab dem Annehmen auf, jede Seite auf einem eigenen Kanal.',
  recordHintOnDemand:
    'Während eines Anrufs erscheint auf dem Anrufbildschirm eine Aufnahmetaste; Twilio nimmt ab dem Moment auf, in dem Sie sie drücken. Informieren Sie die andere Seite, bevor Sie sie drücken: Vielerorts schreibt das Gesetz deren Einwilligung vor.',
  recordingsKept:
    ' Aufnahmen werden in Ihrem Twilio-Konto gespeichert, das ihre Speicherung abrechnet, und erscheinen im Anrufverlauf, wo Sie sie abspielen können.',
  tellOtherSide: 'Der anderen Seite mitteilen, dass der Anruf aufgenommen wird',
  tellOtherSideHint:
    'Twilio sagt Anrufern „Dieser Anruf wird aufgezeichnet.“, bevor Dialtone klingelt, und Personen, die Sie anrufen, sobald sie annehmen. Vielerorts schreibt das Gesetz die Einwilligung aller Beteiligten eines aufgezeichneten Anrufs vor.',

  textMissedCallers: 'Verpassten Anrufern eine SMS senden',
  autoReplyHint:
    'Geht ein Anruf an die Mailbox, ohne dass Sie annehmen, sendet Twilio dem Anrufer eine SMS von Ihrer Nummer. Nur Mobilnummern erhalten sie, höchstens einmal am Tag, und nicht Anrufer, die ihre Nummer unterdrücken oder deren Nummer nicht verifiziert wurde. Jede kostet eine SMS und eine Abfrage (Lookup) der Leitungsart des Anrufers zu den Preisen von Twilio. In den USA muss Ihre Nummer für SMS bei A2P 10DLC registriert sein, was Twilio bei privater Nutzung ablehnen kann.',
  autoReplyText: 'Text',
  autoReplyTextHint:
    'Höchstens {limit} Zeichen. So wie geschrieben wird jede automatische Antwort als {segments, plural, one {# SMS} other {# SMS}} abgerechnet.',
  saveText: 'Text sichern',
} satisfies Translation<typeof en>;
