import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  languageLabel: 'Sprache',
  languageHint: 'System verwendet die Sprache Ihres Computers, sofern Dialtone sie spricht, sonst Englisch.',
  languageSystem: 'System',
  mediaKeysLabel: 'Mit der Wiedergabe/Pause-Taste annehmen und auflegen',
  mediaKeysHint:
    'Die Wiedergabe/Pause-Taste Ihrer Tastatur oder Ihres Headsets nimmt einen eingehenden Anruf an und beendet den laufenden Anruf.',
  mediaKeysDesktopOnly: 'In der Desktop-App verfügbar',
  viewTitle: 'Einstellungen',
  unavailable:
    'Ihre Einstellungen konnten nicht angezeigt werden. Verwenden Sie oben „Erneut versuchen“ oder starten Sie Dialtone neu.',
  about: 'Dialtone {version}',
  aboutBrowser: 'Dialtone {version} (Browser)',
  desktopOnly: 'In der Desktop-App verfügbar',
  countryLabel: 'Standardland für Telefonnummern',
  countryHint: 'Nummern, die Sie ohne + und Landesvorwahl eingeben, gelten als Nummern in diesem Land.',
  themeLegend: 'Design',
  themeHint: 'System folgt der hellen oder dunklen Einstellung Ihres Computers.',
  themeSystem: 'System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  startAtLoginLabel: 'Dialtone bei der Anmeldung starten',
  startAtLoginHint: 'Dialtone startet im Hintergrund, sodass Sie direkt nach der Anmeldung Anrufe annehmen können.',
  startAtLoginUnsupported:
    'Dieses System lässt Apps nicht selbst bei der Anmeldung starten: Fügen Sie Dialtone den Autostart-Programmen Ihres Desktops hinzu.',
  voicemailHeading: 'Mailbox',
  deleteFromTwilioLabel: 'Aufnahmen bei Twilio löschen, nachdem sie hier gespeichert wurden',
  deleteFromTwilioHint:
    'Twilio berechnet das Speichern von Aufnahmen; Dialtone behält eine eigene Kopie, sodass Sie sie hier weiterhin abspielen können.',
  greetingLabel: 'Ansage für Anrufer',
  greetingNeedsLine:
    'Ihre Mailbox-Ansage gehört zur Twilio-Einrichtung: Sobald Dialtone Ihre Twilio-Telefonleitung eingerichtet hat, können Sie sie hier ändern.',
  greetingHint:
    'Twilio spricht diese Worte, wenn Sie nicht abnehmen, und zeichnet dann die Nachricht des Anrufers auf.',
  greetingSave: 'Ansage speichern',
  hotkeysHeading: 'Systemweite Tastenkürzel',
  hotkeyAnswer: 'Anruf annehmen',
  hotkeyHangUp: 'Auflegen oder ablehnen',
  hotkeyMute: 'Stummschalten ein/aus',
  hotkeyDoNotDisturb: 'Nicht stören ein/aus',
  hotkeyRedial: 'Zuletzt gewählte Nummer erneut wählen',
  hotkeyCallBack: 'Letzten verpassten Anruf zurückrufen',
  hotkeyOff: 'Aus',
  hotkeyHint: 'Drücken Sie hier die neue Kombination; die Rücktaste schaltet sie aus.',
  hotkeyNeedsModifier:
    'Halten Sie Strg (oder ⌘) oder Alt, nach Wunsch auch Umschalt, und drücken Sie einen Buchstaben, eine Ziffer oder eine F-Taste.',
  hotkeyTaken:
    'Eine andere Anwendung verwendet dieses Tastenkürzel bereits, daher bewirkt es in Dialtone nichts. Drücken Sie eine andere Kombination.',
  hotkeyRefused:
    'Ihr System akzeptiert dieses Tastenkürzel nicht, daher bewirkt es nichts. Drücken Sie eine andere Kombination.',
  audioHeading: 'Audio',
  audioAccessHint: 'Gerätenamen erscheinen, sobald Dialtone das Mikrofon verwenden darf.',
  audioAllowAccess: 'Zugriff auf das Mikrofon erlauben',
  microphoneLabel: 'Mikrofon',
  microphoneHint:
    'Dialtone merkt sich die gewählten Geräte und wechselt zu ihnen zurück, wenn sie wieder angeschlossen werden.',
  speakerLabel: 'Lautsprecher',
  speakerHint: 'Wo Sie Ihr Gegenüber hören.',
  speakerTest: 'Lautsprecher testen',
  speakerTestPlaying: 'Ein Signalton wird auf {name} abgespielt',
  speakerDefaultOutput: 'der Standardausgabe',
  deviceSystemDefault: 'Systemstandard',
  deviceSystemDefaultNamed: 'Systemstandard ({name})',
  deviceNotConnected: '{name} (nicht verbunden)',
  deviceStandIn: '{wanted} ist nicht verbunden, daher verwendet Dialtone bis dahin {name}.',
  deviceStandInDefault: '{wanted} ist nicht verbunden, daher verwendet Dialtone bis dahin den Systemstandard.',
  levelLabel: 'Eingangspegel',
  levelUnavailable: 'Nicht verfügbar',
  levelHint: 'Sprechen Sie: Der Balken sollte bis in die Mitte ausschlagen.',
  levelSilent: 'Stumm',
  levelQuiet: 'Leise',
  levelGood: 'Gut',
  levelVeryLoud: 'Sehr laut',
  microphoneNotAllowed:
    'Dialtone darf das Mikrofon nicht verwenden. Erlauben Sie den Mikrofonzugriff in den Datenschutzeinstellungen Ihres Systems und starten Sie Dialtone dann neu.',
  microphoneNotFound:
    'Das gewählte Mikrofon ist nicht verbunden. Schließen Sie es an oder wählen Sie ein anderes Mikrofon.',
  microphoneBusy:
    'Das Mikrofon wird von einer anderen App verwendet oder reagiert nicht. Schließen Sie andere Apps, die es verwenden, oder verbinden Sie es neu.',
  microphoneFailed:
    'Das Mikrofon konnte nicht geöffnet werden. Verbinden Sie es neu oder wählen Sie ein anderes Mikrofon.',
  processingLegend: 'Sprachverarbeitung',
  processingHint:
    'Wird für Anrufe und für den Eingangspegel oben verwendet. Lassen Sie sie eingeschaltet, außer Ihr Headset übernimmt das selbst.',
  echoCancellationLabel: 'Echounterdrückung',
  echoCancellationHint:
    'Verhindert, dass Ihr Gegenüber sich selbst hört, wenn Sie Lautsprecher statt eines Headsets verwenden.',
  noiseSuppressionLabel: 'Rauschunterdrückung',
  noiseSuppressionHint: 'Filtert gleichmäßige Geräusche wie Lüfter und Verkehr heraus.',
  autoGainControlLabel: 'Automatische Verstärkungsregelung',
  autoGainControlHint: 'Gleicht Ihre Stimme aus, wenn Sie näher an das Mikrofon heran- oder davon weggehen.',
  ringersLegend: 'Klingeln auf',
  ringersHint:
    'Eingehende Anrufe klingeln gleichzeitig auf jedem angehakten Gerät. Ist keines angehakt, klingeln sie auf Ihrem Lautsprecher.',
  ringersDefaultHint: 'Eingehende Anrufe klingeln auf der Standardausgabe Ihres Computers.',
  ringersLocked: 'Mindestens ein Gerät klingelt.',
  ringerTest: 'Klingelton testen',
  ringerTestPlaying: 'Klingelt auf {names}',
  ringerTestPlayingDefault: 'Klingelt',
  updateReady: 'Version {version} ist bereit.',
  updateRestart: 'Zum Aktualisieren neu starten',
  updateRestarting: 'Neustart…',
  updateDownloading: 'Version {version} wird geladen: {done, number, percent}',
  updateChecking: 'Suche nach Updates…',
  updateUpToDate: 'Dialtone ist auf dem neuesten Stand.',
  updateFailed:
    'Dialtone konnte nicht aktualisiert werden ({reason}). Es funktioniert weiter wie bisher und versucht es in einigen Stunden erneut; wenn das wiederholt passiert, prüfen Sie Ihre Internetverbindung oder installieren Sie die neueste Version selbst.',
  updateBrowserShell:
    'Die Browserversion wird mit ihrem Server aktualisiert: Laden Sie die Seite neu, um die neueste zu erhalten.',
  updateNotInstalled: 'Diese Kopie wurde aus den Quellen gestartet und aktualisiert sich daher nicht selbst.',
  balanceHeading: 'Guthaben',
  balanceKnown: 'Ihr Twilio-Guthaben beträgt {amount}.',
  balanceNone: 'Ihr Guthaben wird hier angezeigt, sobald eine Twilio-Telefonleitung eingerichtet ist.',
  balanceUnavailable:
    'Twilio hat Ihr Guthaben gerade nicht übermittelt. Sie finden es in der Twilio Console unter Billing.',
  balanceChecking: 'Guthaben wird abgerufen…',
  lowBalanceLabel: 'Hinweis, wenn das Guthaben unter diesen Betrag fällt',
  lowBalanceHint: 'In der Währung Ihres Kontos. Leer lassen, um keinen Hinweis zu erhalten.',
  lowBalanceInvalid: 'Geben Sie einen Betrag wie 5 oder 2,50 ein oder lassen Sie das Feld leer.',
} satisfies Translation<typeof en>;
