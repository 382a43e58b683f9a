import type { officeWords } from '../../../../shared/text/office-words';
import type { Translation } from '../../catalogue-types';

export default {
  connectAccountFirst: 'Connectez d’abord votre compte Twilio : le trunk du bureau y est créé.',
  stillWorking: 'Dialtone travaille encore sur le trunk du bureau. Attendez qu’il ait terminé.',
  numberIsLine:
    '{phoneNumber} est le numéro de votre ligne Dialtone : choisissez un autre de vos numéros Twilio pour le bureau.',
  numberRingsTeam: '{phoneNumber} fait sonner votre équipe : choisissez un autre de vos numéros Twilio pour le bureau.',
  trunkUsesOtherNumber:
    'Le trunk du bureau utilise {current} : supprimez-le d’abord pour connecter le bureau avec un autre numéro.',
  connectOfficeFirst: 'Connectez d’abord le standard téléphonique du bureau : ses fichiers viennent du trunk.',
  noSuchFile: 'Ce standard téléphonique de bureau n’a pas de fichier {fileName}.',
  extensionNeeded: 'Donnez à Dialtone un numéro de poste sur le standard Asterisk, par exemple 1001.',
  checkFields: 'Vérifiez les champs du standard téléphonique du bureau.',
  notOnAccount: '{phoneNumber} ne fait pas partie des numéros de ce compte Twilio.',
  notOnAccountAdvice: 'Choisissez l’un des numéros proposés, ou achetez-en un d’abord dans la console Twilio.',

  ipv4Expected: 'Une adresse IPv4 est attendue, par exemple 203.0.113.7',
  privateAddress:
    'Twilio ne peut pas joindre une adresse privée ou locale : indiquez l’adresse IPv4 publique du standard',
  pbxAddressTooLong: 'Utilisez au plus 253 caractères',
  pbxAddressExpected:
    'L’adresse IPv4 publique ou le nom d’hôte du standard est attendu, par exemple 203.0.113.7 ou pbx.example.com',
  trunkNameNeeded: 'Donnez un nom au trunk',
  trunkNameTooLong: 'Utilisez au plus 64 caractères',
  trunkNameCharacters: 'Utilisez uniquement des lettres, des chiffres, des espaces et de la ponctuation',
  sourceAddressNeeded:
    'Le standard a un nom d’hôte : indiquez aussi l’adresse IPv4 publique depuis laquelle il appelle',

  fileFreeswitchGateway:
    'Passerelle FreeSWITCH vers Twilio : placez-la dans sip_profiles/external/ et rechargez le profil external.',
  fileAsteriskPjsip:
    'Asterisk PJSIP : le trunk Twilio et le téléphone Dialtone. Ajoutez-le à /etc/asterisk/pjsip.conf.',
  fileAsteriskDialplan:
    'Plan de numérotation Asterisk : appels entrants vers Dialtone, appels sortants au format E.164. Ajoutez-le à /etc/asterisk/extensions.conf.',
  fileBigBlueButtonDialIn:
    'Accès par téléphone à BigBlueButton : placez-le dans /opt/freeswitch/conf/dialplan/public/ et redémarrez FreeSWITCH.',
  fileFirewallNotes: 'Ce que le pare-feu placé devant le standard doit laisser passer.',

  firewallTitle: 'Pare-feu pour le trunk Twilio {domain}, emplacement {edge}',
  firewallAddresses: 'Adresses de signalisation SIP de Twilio pour cet emplacement :',
  firewallAddress: '  {cidr}',
  firewallAddressUnverified: '  {cidr}  (NON VÉRIFIÉE)',
  firewallCheckUnverified:
    'Les adresses marquées NON VÉRIFIÉE n’ont pas été confirmées : vérifiez-les sur {page} avant de vous y fier.',
  firewallInboundSecure: 'Entrant : autorisez ces adresses vers {address} sur {port}/TCP (TLS).',
  firewallInboundPlain: 'Entrant : autorisez ces adresses vers {address} sur {port}/UDP et {port}/TCP.',
  firewallOutboundSecure: 'Sortant : autorisez {address} vers ces adresses sur {port}/TCP (SIP sur TLS).',
  firewallOutboundPlain: 'Sortant : autorisez {address} vers ces adresses sur {port}/UDP et {port}/TCP (SIP).',
  firewallMedia:
    'Média ({media}) : autorisez {protocol} dans les deux sens entre les ports RTP de ce serveur\net {cidr}, ports {firstPort}-{lastPort} (toutes les régions Twilio).',
  taskUsername: 'Nom d’utilisateur {username}',
  taskCallsFrom: 'Appels depuis {address}',
  taskAuthAlreadyRequired: 'Identifiants et adresse déjà exigés',
  taskAuthAdded: '{added} sur 2 ajoutés',
  taskNumberRouted: 'Les appels vers {phoneNumber} vont à {sipUrl}',

  removedNumberOffTrunk: 'Numéro {number} retiré du trunk',
  removedNumberRouting: 'Routage du numéro {number} rétabli',
  removedNumberOffTrunkAndRouting: 'Numéro {number} retiré du trunk, routage rétabli',
  removedTrunk: 'Trunk SIP {domain}',
  removedCredentials: 'Identifiants du standard {name}',
  removedAddresses: 'Adresses du standard {name}',
} satisfies Translation<typeof officeWords>;
