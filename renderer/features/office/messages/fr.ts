import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Standard téléphonique du bureau',
  noneConnected:
    'Aucun standard téléphonique de bureau n’est connecté. Pour connecter un serveur Asterisk, FreeSWITCH ou BigBlueButton via Twilio, choisissez « Connecter un standard téléphonique de bureau » dans la configuration.',
  summary: '{name} : {pbx} à l’adresse {address}, numéro {number}',
  summaryTrunk: ', trunk {domain}',
  summaryReady: '.',
  summaryNotFinished: ' (inachevé : relancez le parcours bureau de la configuration).',

  passwordNote:
    ' Copier laisse {placeholder} à l’endroit du mot de passe ; Enregistrer écrit le fichier avec le vrai mot de passe.',
  copyFile: 'Copier {file}',
  saveFile: 'Enregistrer {file}',
  copied: 'Copié.',

  removeTrunk: 'Supprimer le trunk du bureau',
  removeExplain:
    'Dialtone supprime le trunk, ses identifiants et sa liste d’adresses chez Twilio, et rend au numéro le routage qu’il avait. Le standard ne peut plus appeler via Twilio.',
  removing: 'Suppression…',
  removeFromTwilio: 'Supprimer de Twilio',
  keepIt: 'Le garder',
  removedFromTwilio: 'Supprimé de Twilio : {items}.',
  nothingToRemove: 'Il ne restait rien à supprimer.',

  taskTrunk: 'Trunk SIP Elastic',
  taskOrigination: 'Origination : appels vers le standard',
  taskCredentials: 'Identifiants du standard',
  taskIpAccess: 'Adresse du standard autorisée',
  taskTerminationAuth: 'Terminaison : appels depuis le standard',
  taskNumber: 'Numéro déplacé vers le trunk',
  connectedHeading: 'Votre standard téléphonique de bureau est connecté',
  connectedIntro:
    'Les appels vers {number} vont à {address}. Chargez ces fichiers dans {pbx} : il envoie les appels à Twilio via {domain} en tant que {username}.',
  finish: 'Terminer',
  connectAccountHeading: 'Connectez votre compte Twilio',
  connectAccountIntro: 'Dialtone crée le trunk du bureau sur votre compte Twilio : connectez-le d’abord.',
  connectHeading: 'Connecter un standard téléphonique de bureau',
  loading: 'Chargement…',
  connectingHeading: 'Connexion de votre standard téléphonique de bureau',
  workingWithTwilio: 'Échange avec Twilio…',
  connectIntro:
    'Dialtone connecte votre serveur Asterisk, FreeSWITCH ou BigBlueButton à Twilio via un trunk SIP Elastic, y déplace un numéro et écrit la configuration du standard.',

  phoneSystem: 'Standard téléphonique',
  pbxAddress: 'Adresse du standard',
  pbxAddressHint: 'Son adresse IPv4 publique ou son nom d’hôte : là où Twilio envoie les appels destinés au bureau.',
  sipPort: 'Port SIP',
  sipPortHint: 'Laissez vide pour le port habituel : 5061 avec TLS, 5060 sans.',
  encrypt: 'Chiffrer les appels (TLS et SRTP)',
  encryptHint:
    'Le trunking sécurisé de Twilio : signalisation en TLS, audio en SRTP. Désactivez-le seulement si le standard ne le prend pas en charge.',
  sourceAddress: 'Adresse d’où appelle le standard',
  sourceAddressHint:
    'Le standard a un nom d’hôte : Twilio accepte les appels d’une seule adresse IPv4 publique, comme 203.0.113.7.',
  officeNumber: 'Numéro du bureau',
  officeNumberHint: 'Les appels vers ce numéro vont au standard ; il ne sonne plus nulle part ailleurs.',
  noFreeNumber:
    'Ce compte Twilio n’a aucun numéro libre pour le bureau : achetez-en un dans la console Twilio, puis revenez.',
  trunkName: 'Nom du trunk',
  officeCountry: 'Pays du bureau',
  officeCountryHint: 'La façon dont les téléphones du bureau composent les numéros nationaux.',
  dialtoneExtension: 'Poste de Dialtone',
  dialtoneExtensionHint: 'Le numéro de poste de cet ordinateur sur le standard, comme 1001.',
  addDialtonePhone: 'Ajouter Dialtone comme téléphone sur ce standard',
  addDialtonePhoneHint: 'Dialtone se connecte au standard avec ce poste une fois les fichiers chargés.',
  connecting: 'Connexion…',
  connectOffice: 'Connecter le bureau',
  defaultTrunkName: 'Standard téléphonique du bureau',

  errorPbxAddress: 'Saisissez l’adresse publique du standard, comme 203.0.113.7 ou pbx.example.com.',
  errorPbxAddressLong: 'L’adresse du standard fait au plus 253 caractères : son adresse IPv4 ou son nom d’hôte.',
  errorPort: 'Le port SIP est un nombre de 1 à 65535 ; laissez vide pour le port habituel.',
  errorSourceAddress:
    'Le standard a un nom d’hôte : saisissez l’adresse IPv4 publique d’où viennent ses appels, comme 203.0.113.7.',
  errorFriendlyNameLong: 'Le nom du trunk fait au plus 64 caractères.',
  errorPhoneNumber: 'Choisissez le numéro sur lequel arrivent les appels du bureau.',
  errorFriendlyName: 'Donnez un nom au trunk.',
  errorExtension: 'Le poste compte 2 à 6 chiffres et ne commence pas par 0, comme 1001.',
} satisfies Translation<typeof en>;
