import type { contactsWords } from '../../../../shared/text/contacts-words';
import type { Translation } from '../../catalogue-types';

export default {
  contactGone: 'Diesen Kontakt gibt es nicht mehr. Vielleicht wurde er gelöscht oder zusammengeführt.',
  contactAlreadyDeleted: 'Dieser Kontakt wurde bereits gelöscht.',
  mergeSameContact: 'Wählen Sie zwei verschiedene Kontakte zum Zusammenführen.',
  mergeTooManyNumbers:
    'Zusammen haben diese Kontakte {count} Nummern; ein Kontakt fasst höchstens {max}. Entfernen Sie einige bei einem der beiden und führen Sie sie dann erneut zusammen.',
  mergeTooManySipAddresses:
    'Zusammen haben diese Kontakte {count} SIP-Adressen; ein Kontakt fasst höchstens {max}. Entfernen Sie einige bei einem der beiden und führen Sie sie dann erneut zusammen.',
  mergeTooManyEmails:
    'Zusammen haben diese Kontakte {count} E-Mail-Adressen; ein Kontakt fasst höchstens {max}. Entfernen Sie einige bei einem der beiden und führen Sie sie dann erneut zusammen.',

  numberLooksSipIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Sie sieht wie eine SIP-Adresse aus. Tragen Sie sie stattdessen unter SIP-Adressen ein.',
  numberLooksSip:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Sie sieht wie eine SIP-Adresse aus. Tragen Sie sie stattdessen unter SIP-Adressen ein.',
  numberHasCodesIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Nummern mit * oder # können nicht angerufen werden. Lassen Sie die Codes weg.',
  numberHasCodes:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Nummern mit * oder # können nicht angerufen werden. Lassen Sie die Codes weg.',
  numberTooShortIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Sie ist zu kurz. Geben Sie die ganze Nummer mit Vorwahl ein, oder beginnen Sie mit + und der Landesvorwahl.',
  numberTooShort:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Sie ist zu kurz. Geben Sie die ganze Nummer mit Vorwahl ein, oder beginnen Sie mit + und der Landesvorwahl.',
  numberTooLongIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Sie hat zu viele Ziffern. Prüfen Sie sie auf überzählige Ziffern.',
  numberTooLong:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Sie hat zu viele Ziffern. Prüfen Sie sie auf überzählige Ziffern.',
  numberBadCountryCodeIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Die Ziffern nach dem + sind keine Landesvorwahl. Prüfen Sie sie.',
  numberBadCountryCode:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Die Ziffern nach dem + sind keine Landesvorwahl. Prüfen Sie sie.',
  numberNotANumberIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Das ist keine Telefonnummer. Geben Sie die Ziffern ein, oder beginnen Sie mit + und der Landesvorwahl.',
  numberNotANumber:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Das ist keine Telefonnummer. Geben Sie die Ziffern ein, oder beginnen Sie mit + und der Landesvorwahl.',
  numberUnknownIn:
    'Telefonnummer {position} („{number}“) ist für {country} keine mögliche Nummer: Dort wird keine Nummer so geschrieben. Prüfen Sie die Ziffern, oder beginnen Sie mit + und der Landesvorwahl.',
  numberUnknown:
    'Telefonnummer {position} („{number}“) ist keine mögliche Nummer: Keine Nummer wird so geschrieben. Prüfen Sie die Ziffern, oder beginnen Sie mit + und der Landesvorwahl.',

  fileEmptyVcard:
    'Diese Datei ist leer. Exportieren Sie Ihre Kontakte erneut als vCard (.vcf) und wählen Sie die neue Datei.',
  fileEmptyCsv: 'Diese Datei ist leer. Exportieren Sie Ihre Kontakte erneut als CSV und wählen Sie die neue Datei.',
  fileBinaryVcard:
    'Diese Datei ist keine vCard-Datei: Sie enthält Binärdaten, keinen Text. Exportieren Sie Ihre Kontakte als vCard (.vcf) und versuchen Sie es erneut.',
  fileBinaryCsv:
    'Diese Datei ist keine CSV-Datei: Sie enthält Binärdaten, keinen Text. Exportieren Sie Ihre Kontakte als CSV und versuchen Sie es erneut.',
  fileNotVcard:
    'Diese Datei ist keine vCard: Sie enthält kein BEGIN:VCARD. Exportieren Sie Ihre Kontakte als vCard (.vcf) und versuchen Sie es erneut.',
  vcardCutOff:
    'Die vCard-Datei endet mitten in einer Karte (Karte {card} hat kein END:VCARD): Sie ist vielleicht abgeschnitten, daher wurde nichts importiert. Exportieren Sie Ihre Kontakte erneut und wählen Sie die neue Datei.',
  csvIsVcard: 'Diese Datei ist eine vCard, keine CSV-Datei. Importieren Sie sie als vCard (.vcf).',
  csvCutOff:
    'Die CSV-Datei endet in einem Feld in Anführungszeichen (geöffnet in Zeile {row}): Sie ist vielleicht abgeschnitten, daher wurde nichts importiert.',
  csvNotAField: '„{field}“ ist kein Kontaktfeld, in das Dialtone eine Spalte importieren kann.',
  csvNoSuchColumn:
    'Diese CSV-Datei hat keine Spalte namens „{header}“. Prüfen Sie die Kopfzeile, oder wählen Sie eine andere Spalte.',
  csvNoHeader:
    'Diese CSV-Datei hat keine Kopfzeile, die Dialtone erkennt: Ihre erste Zeile sollte die Spalten benennen, etwa „Name“ und „Phone“. Exportieren Sie aus Google Contacts oder Outlook, oder wählen Sie, welche Spalte was enthält.',
  fileUnreadable: 'Diese Datei konnte nicht gelesen werden ({detail}); es wurde nichts importiert.',
  fileUnreadableUnknown: 'Diese Datei konnte nicht gelesen werden (unbekannter Fehler); es wurde nichts importiert.',
  fileFailed: '{detail} Es wurde nichts importiert.',
  fileNotVcardRead: 'Sie konnte nicht als vCard-Datei gelesen werden. Es wurde nichts importiert.',
  fileNotCsvRead: 'Sie konnte nicht als CSV-Datei gelesen werden. Es wurde nichts importiert.',

  entryCard: 'Karte {card}',
  entryCardOf: 'Karte {card} ({name})',
  entryRow: 'Zeile {row}',
  entryRowOf: 'Zeile {row} ({name})',
  entryContact: 'Kontakt {position}',
  entryNamed: '{name}',
  entryNumberOf: '{name}: {number}',

  cardUnreadable: 'Diese Karte konnte nicht gelesen werden ({detail}).',
  cardLineUnreadable: '1 Zeile hatte nicht die Form „Name:Wert“ und wurde aus dieser Karte weggelassen.',
  cardLinesUnreadable: '{count} Zeilen hatten nicht die Form „Name:Wert“ und wurden aus dieser Karte weggelassen.',
  rowDamaged: 'Ein Feld in Anführungszeichen in dieser Zeile ist beschädigt, daher wurde die Zeile weggelassen.',
  noName: 'kein Name',
  noNameNoNumber: 'weder Name noch Telefonnummer',
  notAContact: 'passt nicht zum Kontaktmodell',
  notAValidContact: 'Das ist kein gültiger Kontakt.',
  numbersBeyond: '{count} Telefonnummern über die ersten {max} hinaus wurden weggelassen.',
  sipAddressesBeyond: '{count} SIP-Adressen über die ersten {max} hinaus wurden weggelassen.',
  emailsBeyond: '{count} E-Mail-Adressen über die ersten {max} hinaus wurden weggelassen.',
  numberWithoutDigits: '„{number}“ enthält keine Ziffern und wurde daher weggelassen.',
  numberTooLongLeftOut: 'Eine Telefonnummer mit mehr als {max} Zeichen wurde weggelassen.',
  sipAddressInvalid: '„{address}“ ist keine gültige SIP-Adresse und wurde daher weggelassen.',
  emailInvalid: '„{address}“ ist keine gültige E-Mail-Adresse und wurde daher weggelassen.',
  nameShortened: 'Der Name war länger als 200 Zeichen und wurde gekürzt.',
  organisationShortened: 'Die Organisation war länger als 200 Zeichen und wurde gekürzt.',
  noteShortened: 'Die Notiz war länger als 10.000 Zeichen und wurde gekürzt.',
  importedWithoutNumber: 'Der Kontakt wurde ohne diese Nummer importiert.',
  alreadyThere: 'Bereits in Ihren Kontakten als „{name}“.',
  noRoomToMerge:
    '„{name}“ hat dieselbe Nummer, aber keinen Platz für weitere Nummern oder Adressen (höchstens 20 von jeder Art).',

  callAlreadyRemoved: 'Dieser Anruf wurde bereits aus dem Verlauf entfernt.',
  accountGone: 'Dieses Konto gibt es nicht mehr. Öffnen Sie die Kontenliste erneut und versuchen Sie es noch einmal.',
  accountAlreadyRemoved: 'Dieses Konto wurde bereits entfernt.',
  nothingToRedial:
    'Es gibt noch keinen getätigten Anruf für die Wahlwiederholung. Rufen Sie stattdessen über „Wählen“ oder den Verlauf an.',
  nothingToCallBack:
    'Es gibt keinen verpassten Anruf mehr, der zurückgerufen werden muss. Rufen Sie stattdessen über „Wählen“ oder den Verlauf an.',

  callAudioGone: 'Dieser Anruf ist beendet, oder sein Audio wurde neu verbunden.',
  callAlreadyEnded: 'Dieser Anruf ist bereits beendet.',
  callNoAudioPath:
    'Der Anruf hat noch keinen Audioweg. Legen Sie auf und rufen Sie erneut an; wenn es wieder passiert, starten Sie Dialtone neu.',
  callAudioRefused:
    'Dialtone konnte das Audio des Anrufs nicht verbinden ({detail}). Starten Sie Dialtone neu und rufen Sie dann erneut an.',

  keyringUnavailable:
    'Dialtone kann Passwörter nicht sicher speichern, weil der Schlüsselbund des Systems nicht verfügbar ist. Es wurde nichts gespeichert. Entsperren oder richten Sie Ihren Schlüsselbund ein (unter Linux: GNOME Keyring oder KWallet) und versuchen Sie es erneut.',
  keyringMissing:
    'Dialtone speichert keine Passwörter, weil kein Schlüsselbund des Systems gefunden wurde, nur ein ungeschützter Ersatz. Es wurde nichts gespeichert. Installieren und entsperren Sie GNOME Keyring oder KWallet und starten Sie Dialtone dann neu.',
} satisfies Translation<typeof contactsWords>;
