import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Telefonanlage im Büro',
  noneConnected:
    'Es ist keine Telefonanlage verbunden. Um einen Asterisk-, FreeSWITCH- oder BigBlueButton-Server über Twilio zu verbinden, wählen Sie in der Einrichtung „Telefonanlage im Büro verbinden“.',
  summary: '{name}: {pbx} unter {address}, Nummer {number}',
  summaryTrunk: ', Trunk {domain}',
  summaryReady: '.',
  summaryNotFinished: ' (nicht abgeschlossen: Führen Sie den Büro-Weg der Einrichtung erneut aus).',

  passwordNote:
    ' „Kopieren“ lässt {placeholder} an der Stelle des Passworts stehen; „Sichern“ schreibt die Datei mit dem echten Passwort.',
  copyFile: '{file} kopieren',
  saveFile: '{file} sichern',
  copied: 'Kopiert.',

  removeTrunk: 'Büro-Trunk entfernen',
  removeExplain:
    'Dialtone löscht den Trunk, seine Zugangsdaten und seine Adressliste bei Twilio und gibt der Nummer ihr früheres Routing zurück. Die Telefonanlage kann dann nicht mehr über Twilio telefonieren.',
  removing: 'Wird entfernt …',
  removeFromTwilio: 'Bei Twilio entfernen',
  keepIt: 'Behalten',
  removedFromTwilio: 'Bei Twilio entfernt: {items}.',
  nothingToRemove: 'Es war nichts mehr zu entfernen.',

  taskTrunk: 'Elastic SIP Trunk',
  taskOrigination: 'Origination: Anrufe zur Telefonanlage',
  taskCredentials: 'Zugangsdaten der Telefonanlage',
  taskIpAccess: 'Adresse der Telefonanlage zugelassen',
  taskTerminationAuth: 'Termination: Anrufe von der Telefonanlage',
  taskNumber: 'Nummer zum Trunk verschoben',
  connectedHeading: 'Ihre Telefonanlage ist verbunden',
  connectedIntro:
    'Anrufe an {number} gehen an {address}. Laden Sie diese Dateien in {pbx}: Die Anlage sendet Anrufe an Twilio über {domain} als {username}.',
  finish: 'Fertig',
  connectAccountHeading: 'Twilio-Konto verbinden',
  connectAccountIntro: 'Dialtone richtet den Büro-Trunk in Ihrem Twilio-Konto ein: Verbinden Sie es zuerst.',
  connectHeading: 'Telefonanlage im Büro verbinden',
  loading: 'Wird geladen …',
  connectingHeading: 'Ihre Telefonanlage wird verbunden',
  workingWithTwilio: 'Austausch mit Twilio …',
  connectIntro:
    'Dialtone verbindet Ihren Asterisk-, FreeSWITCH- oder BigBlueButton-Server über einen Elastic SIP Trunk mit Twilio, verschiebt eine Nummer dorthin und schreibt die Konfiguration der Telefonanlage.',

  phoneSystem: 'Telefonanlage',
  pbxAddress: 'Adresse der Telefonanlage',
  pbxAddressHint: 'Ihre öffentliche IPv4-Adresse oder ihr Hostname: wohin Twilio Anrufe an das Büro sendet.',
  sipPort: 'SIP-Port',
  sipPortHint: 'Leer lassen für den üblichen: 5061 mit TLS, 5060 ohne.',
  encrypt: 'Anrufe verschlüsseln (TLS und SRTP)',
  encryptHint:
    'Das sichere Trunking von Twilio: Signalisierung über TLS, Audio über SRTP. Schalten Sie es nur aus, wenn die Telefonanlage es nicht kann.',
  sourceAddress: 'Adresse, von der die Telefonanlage anruft',
  sourceAddressHint:
    'Die Telefonanlage hat einen Hostnamen: Twilio lässt Anrufe von einer öffentlichen IPv4-Adresse zu, etwa 203.0.113.7.',
  officeNumber: 'Büronummer',
  officeNumberHint: 'Anrufe an diese Nummer gehen an die Telefonanlage; sie klingelt nirgendwo sonst mehr.',
  noFreeNumber:
    'Dieses Twilio-Konto hat keine freie Nummer für das Büro: Kaufen Sie eine in der Twilio Console und kommen Sie dann zurück.',
  trunkName: 'Name des Trunks',
  officeCountry: 'Land des Büros',
  officeCountryHint: 'Wie die Telefone im Büro nationale Nummern wählen.',
  dialtoneExtension: 'Dialtone-Durchwahl',
  dialtoneExtensionHint: 'Die Durchwahl dieses Computers an der Telefonanlage, etwa 1001.',
  addDialtonePhone: 'Dialtone als Telefon an dieser Anlage hinzufügen',
  addDialtonePhoneHint:
    'Dialtone meldet sich mit dieser Durchwahl an der Telefonanlage an, sobald die Dateien dort geladen sind.',
  connecting: 'Wird verbunden …',
  connectOffice: 'Büro verbinden',
  defaultTrunkName: 'Telefonanlage im Büro',

  errorPbxAddress: 'Geben Sie die öffentliche Adresse der Telefonanlage ein, etwa 203.0.113.7 oder pbx.example.com.',
  errorPbxAddressLong: 'Die Adresse der Telefonanlage hat höchstens 253 Zeichen: ihre IPv4-Adresse oder ihr Hostname.',
  errorPort: 'Der SIP-Port ist eine Zahl von 1 bis 65535, oder lassen Sie ihn für den üblichen leer.',
  errorSourceAddress:
    'Die Telefonanlage hat einen Hostnamen: Geben Sie die öffentliche IPv4-Adresse ein, von der ihre Anrufe kommen, etwa 203.0.113.7.',
  errorFriendlyNameLong: 'Der Trunk-Name hat höchstens 64 Zeichen.',
  errorPhoneNumber: 'Wählen Sie die Nummer, auf der Anrufe für das Büro ankommen.',
  errorFriendlyName: 'Geben Sie dem Trunk einen Namen.',
  errorExtension: 'Die Durchwahl hat 2 bis 6 Ziffern und beginnt nicht mit 0, etwa 1001.',
} satisfies Translation<typeof en>;
