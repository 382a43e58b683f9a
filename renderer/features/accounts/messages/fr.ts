import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  transportTls: 'TLS (recommandé)',
  transportTcp: 'TCP',
  srtpOff: 'Désactivé',
  srtpOptional: 'Si possible',
  srtpMandatory: 'Obligatoire',
  passwordKeep: 'Laissez vide pour conserver le mot de passe enregistré.',
  passwordNew: 'Conservé chiffré sur cet ordinateur et jamais réaffiché.',
  sipAddressLabel: 'Adresse SIP',
  sipAddressHint: 'Fournie par votre opérateur ou l’administrateur de votre standard, par exemple alice@example.com.',
  sipAddressPlaceholder: 'alice@example.com',
  passwordLabel: 'Mot de passe',
  authUsernameLabel: 'Nom d’utilisateur de connexion',
  authUsernameHintDefault:
    'Laissez vide pour utiliser « {user} », la partie de l’adresse avant @. Certains opérateurs fournissent un identifiant d’authentification distinct.',
  authUsernameHint:
    'Laissez vide pour utiliser la partie de l’adresse SIP avant @. Certains opérateurs fournissent un identifiant d’authentification distinct.',
  registrarLabel: 'Serveur',
  registrarHintDefault:
    'Laissez vide pour utiliser « {domain} », le domaine de l’adresse. Ajoutez :port seulement si le serveur n’utilise pas le port standard.',
  registrarHint:
    'Laissez vide pour utiliser le domaine de l’adresse SIP. Ajoutez :port seulement si le serveur n’utilise pas le port standard.',
  outboundProxyLabel: 'Proxy sortant',
  outboundProxyHint: 'Seulement si votre opérateur en demande un, par exemple proxy.example.com:5061.',
  connectionLegend: 'Connexion',
  connectionHint:
    'TLS chiffre la connexion et l’établissement des appels. Choisissez TCP seulement si le serveur ne propose pas TLS.',
  encryptionLegend: 'Chiffrement des appels',
  encryptionHint:
    'Chiffre le son des appels (SRTP). Obligatoire refuse les appels que l’autre côté ne peut pas chiffrer.',
  displayNameLabel: 'Nom affiché',
  displayNameHint: 'Le nom que voient vos correspondants, si leur téléphone en affiche un.',
  lineNameLabel: 'Nom de cette ligne',
  lineNameHint: 'Comment Dialtone affiche ce compte. Laissez vide pour utiliser l’adresse SIP.',
  stunLabel: 'Serveur STUN',
  stunHint:
    'Aide les appels à traverser les box Internet, par exemple stun.example.com:3478. Laissez vide sauf si votre opérateur en suggère un.',
  advancedSummary: 'Avancé : faire confiance à un serveur privé',
  advancedIntro:
    'Pour un standard dont cet ordinateur ne reconnaît pas le certificat, par exemple un certificat auto-signé. Remplissez l’un de ces champs.',
  caLabel: 'Autorité de certification (PEM)',
  caHint:
    'Collez le certificat, de -----BEGIN CERTIFICATE----- à -----END CERTIFICATE-----. Dialtone lui fait confiance en plus de celles de l’ordinateur.',
  pinLabel: 'Ou exactement ce certificat de serveur (empreinte SHA-256)',
  pinHint: '64 chiffres hexadécimaux, deux-points entre les paires autorisés.',
  enabledLabel: 'Utiliser ce compte',
  enabledHint: 'Désactivez-le pour rester hors ligne sans supprimer le compte.',

  editTitle: 'Modifier le compte SIP',
  addTitle: 'Ajouter un compte SIP',
  dialogIntro:
    'Connectez Dialtone à votre opérateur SIP ou au standard téléphonique de votre entreprise (PBX). Seuls l’adresse SIP et le mot de passe sont nécessaires ; le reste a des valeurs par défaut adaptées.',
  cancel: 'Annuler',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  fieldsNeedChange: 'Certains champs sont à corriger ; chacun indique quoi faire.',

  rowDetail: '{registrar} via {transport}, {encryption}',
  rowDetailWithAddress: '{address} · {registrar} via {transport}, {encryption}',
  rowSrtpOff: 'appels non chiffrés',
  rowSrtpOptional: 'appels chiffrés si possible',
  rowSrtpMandatory: 'appels toujours chiffrés',
  edit: 'Modifier',
  remove: 'Supprimer',
  lineOff: 'Désactivé',
  lineNoPassword: 'Non connecté : aucun mot de passe n’est enregistré. Utilisez Modifier pour le saisir.',
  lineConnecting: 'Connexion…',
  lineNotInUse: 'Non utilisé : un autre compte est la ligne téléphonique',

  sectionHeading: 'Ligne téléphonique',
  lookingForLine: 'Recherche de votre ligne téléphonique…',
  noLineTitle: 'Pas encore de ligne téléphonique',
  noLineHint:
    'Connectez Dialtone à n’importe quel opérateur SIP ou standard téléphonique (PBX) avec l’adresse SIP et le mot de passe qu’il vous a fournis.',
  removeTitle: 'Supprimer {label} ?',
  removeMessage:
    'Dialtone déconnecte cette ligne téléphonique et oublie le compte et son mot de passe enregistré. Pour l’ajouter à nouveau, il vous faudra le mot de passe.',
  removeConfirm: 'Supprimer le compte',
  removing: 'Suppression…',

  srtpKeysInClear:
    'Avec TCP, les clés qui chiffrent le son circulent en clair avec l’établissement de l’appel : quiconque peut le lire peut écouter. Choisissez TLS pour les garder secrètes.',
  sipAddressEmpty: 'Saisissez l’adresse SIP fournie par votre opérateur, par exemple alice@example.com.',
  sipAddressInvalid:
    'Une adresse SIP ressemble à alice@example.com : un nom d’utilisateur, @, puis le domaine, sans espaces.',
  passwordEmpty: 'Saisissez le mot de passe de ce compte SIP.',
  passwordTooLong: 'Le mot de passe ne peut pas dépasser 256 caractères.',
  authUsernameTooLong: 'Le nom d’utilisateur ne peut pas dépasser 256 caractères.',
  registrarInvalid:
    'Le serveur est un nom d’hôte ou une adresse IP, éventuellement suivi de :port, par exemple sip.example.com ou sip.example.com:5061.',
  registrarBadPort: 'Le port du serveur doit être compris entre 1 et 65535.',
  registrarEmpty: 'Saisissez le serveur, par exemple sip.example.com.',
  outboundProxyInvalid:
    'Le proxy sortant est un nom d’hôte ou une adresse IP, éventuellement suivi de :port, par exemple proxy.example.com:5061.',
  outboundProxyBadPort: 'Le port du proxy sortant doit être compris entre 1 et 65535.',
  stunInvalid:
    'Le serveur STUN est un nom d’hôte ou une adresse IP, éventuellement suivi de :port, par exemple stun.example.com:3478.',
  stunBadPort: 'Le port du serveur STUN doit être compris entre 1 et 65535.',
  displayNameTooLong: 'Le nom affiché ne peut pas dépasser 100 caractères.',
  labelTooLong: 'Le nom ne peut pas dépasser 100 caractères.',
  pemInvalid: 'Collez le certificat entier au format PEM, de -----BEGIN CERTIFICATE----- à -----END CERTIFICATE-----.',
  fingerprintInvalid: 'Une empreinte SHA-256 compte 64 chiffres hexadécimaux, deux-points entre les paires autorisés.',
} satisfies Translation<typeof en>;
