import type { officeWords } from '../../../../shared/text/office-words';
import type { Translation } from '../../catalogue-types';

export default {
  connectAccountFirst: 'Verbinden Sie zuerst Ihr Twilio-Konto: Der Büro-Trunk wird darin eingerichtet.',
  stillWorking: 'Dialtone arbeitet noch am Büro-Trunk. Warten Sie, bis es fertig ist.',
  numberIsLine:
    '{phoneNumber} ist die Nummer Ihrer Dialtone-Leitung: Wählen Sie eine andere Ihrer Twilio-Nummern für das Büro.',
  numberRingsTeam: '{phoneNumber} klingelt bei Ihrem Team: Wählen Sie eine andere Ihrer Twilio-Nummern für das Büro.',
  trunkUsesOtherNumber:
    'Der Büro-Trunk verwendet {current}: Entfernen Sie ihn zuerst, um das Büro mit einer anderen Nummer zu verbinden.',
  connectOfficeFirst: 'Verbinden Sie zuerst die Telefonanlage im Büro: Ihre Dateien entstehen aus dem Trunk.',
  noSuchFile: 'Diese Telefonanlage hat keine Datei {fileName}.',
  extensionNeeded: 'Geben Sie Dialtone eine Nebenstellennummer auf der Asterisk-Anlage, etwa 1001.',
  checkFields: 'Prüfen Sie die Felder der Telefonanlage.',
  notOnAccount: '{phoneNumber} gehört nicht zu den Nummern dieses Twilio-Kontos.',
  notOnAccountAdvice: 'Wählen Sie eine der aufgeführten Nummern oder kaufen Sie zuerst eine in der Twilio Console.',

  ipv4Expected: 'Erwartet wird eine IPv4-Adresse, etwa 203.0.113.7',
  privateAddress:
    'Twilio kann keine private oder lokale Adresse erreichen: Geben Sie die öffentliche IPv4-Adresse der Telefonanlage an',
  pbxAddressTooLong: 'Verwenden Sie höchstens 253 Zeichen',
  pbxAddressExpected:
    'Erwartet wird die öffentliche IPv4-Adresse oder der Hostname der Telefonanlage, etwa 203.0.113.7 oder pbx.example.com',
  trunkNameNeeded: 'Geben Sie dem Trunk einen Namen',
  trunkNameTooLong: 'Verwenden Sie höchstens 64 Zeichen',
  trunkNameCharacters: 'Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen',
  sourceAddressNeeded:
    'Die Telefonanlage hat einen Hostnamen: Geben Sie zusätzlich die öffentliche IPv4-Adresse an, von der ihre Anrufe kommen',

  fileFreeswitchGateway:
    'FreeSWITCH-Gateway zu Twilio: Legen Sie es in sip_profiles/external/ ab und laden Sie das Profil external neu.',
  fileAsteriskPjsip:
    'Asterisk PJSIP: der Twilio-Trunk und das Dialtone-Telefon. Fügen Sie es zu /etc/asterisk/pjsip.conf hinzu.',
  fileAsteriskDialplan:
    'Asterisk-Wählplan: eingehende Anrufe an Dialtone, ausgehende Anrufe im Format E.164. Fügen Sie ihn zu /etc/asterisk/extensions.conf hinzu.',
  fileBigBlueButtonDialIn:
    'BigBlueButton-Telefoneinwahl: Legen Sie sie in /opt/freeswitch/conf/dialplan/public/ ab und starten Sie FreeSWITCH neu.',
  fileFirewallNotes: 'Was die Firewall vor der Telefonanlage durchlassen muss.',

  firewallTitle: 'Firewall für den Twilio-Trunk {domain}, Standort {edge}',
  firewallAddresses: 'SIP-Signalisierungsadressen von Twilio für diesen Standort:',
  firewallAddress: '  {cidr}',
  firewallAddressUnverified: '  {cidr}  (UNGEPRÜFT)',
  firewallCheckUnverified:
    'Als UNGEPRÜFT markierte Adressen wurden nicht bestätigt: Prüfen Sie sie unter {page}, bevor Sie sich darauf verlassen.',
  firewallInboundSecure: 'Eingehend: Erlauben Sie diesen Adressen den Zugriff auf {address} über {port}/TCP (TLS).',
  firewallInboundPlain:
    'Eingehend: Erlauben Sie diesen Adressen den Zugriff auf {address} über {port}/UDP und {port}/TCP.',
  firewallOutboundSecure:
    'Ausgehend: Erlauben Sie {address} den Zugriff auf diese Adressen über {port}/TCP (SIP über TLS).',
  firewallOutboundPlain:
    'Ausgehend: Erlauben Sie {address} den Zugriff auf diese Adressen über {port}/UDP und {port}/TCP (SIP).',
  firewallMedia:
    'Medien ({media}): Erlauben Sie {protocol} in beide Richtungen zwischen den RTP-Ports dieses Servers\nund {cidr}, Ports {firstPort}-{lastPort} (alle Twilio-Regionen).',
  taskUsername: 'Benutzername {username}',
  taskCallsFrom: 'Anrufe von {address}',
  taskAuthAlreadyRequired: 'Zugangsdaten und Adresse bereits erforderlich',
  taskAuthAdded: '{added} von 2 hinzugefügt',
  taskNumberRouted: 'Anrufe an {phoneNumber} gehen an {sipUrl}',

  removedNumberOffTrunk: 'Nummer {number} vom Trunk genommen',
  removedNumberRouting: 'Routing der Nummer {number} wiederhergestellt',
  removedNumberOffTrunkAndRouting: 'Nummer {number} vom Trunk genommen, Routing wiederhergestellt',
  removedTrunk: 'SIP-Trunk {domain}',
  removedCredentials: 'Zugangsdaten der Telefonanlage {name}',
  removedAddresses: 'Adressen der Telefonanlage {name}',
} satisfies Translation<typeof officeWords>;
