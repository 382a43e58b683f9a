import type { setupWords } from '../../../../shared/text/setup-words';
import type { Translation } from '../../catalogue-types';

export default {
  problemOfItsOwn: 'Dialtone a rencontré un problème interne en communiquant avec Twilio',
  problemOfItsOwnAdvice:
    'Ni votre connexion Internet ni votre compte Twilio ne sont en cause. Réessayez ; si le problème persiste, redémarrez Dialtone.',
  twilioRefused: 'Twilio a refusé la requête',
  twilioRefusedStatus: 'Twilio a refusé la requête (HTTP {status})',
  twilioSaidCheckConsole: 'Réponse de Twilio : {said} Vérifiez la console Twilio, puis réessayez.',
  twilioSaidSeeMore: 'Réponse de Twilio : {said} Voir {moreInfo}.',
  twilioUnreachable: 'Dialtone n’a pas pu joindre Twilio',
  twilioTimeout: 'Twilio n’a pas répondu à temps',
  twilioInsecure: 'Dialtone n’a pas pu établir de connexion sécurisée avec Twilio',
  greetingTooLong: 'Le message de la messagerie vocale est trop long',
  greetingTooLongAdvice:
    'Raccourcissez le message, puis réessayez : Twilio conserve au plus {limit} caractères (moins avec des accents ou des emoji).',
  routingBuildFailed: 'Twilio n’a pas pu construire l’acheminement des appels de Dialtone',
  routingBuildAdvice:
    'Réessayez dans quelques minutes. Si l’échec persiste, vérifiez Functions and Assets dans la console Twilio.',
  routingFileMissing: 'Le fichier d’acheminement des appels « {name} » de Dialtone est introuvable',
  reinstallAdvice: 'L’installation est endommagée. Réinstallez Dialtone, puis réessayez.',
  noNumbersOfType: 'Twilio n’a aucun numéro de ce type dans ce pays',
  noNumbersOfTypeAdvice: 'Choisissez un autre type de numéro (local, mobile ou gratuit) ou un autre pays.',
  recordingGone: 'Un message d’accueil enregistré ne se trouve plus sur cet ordinateur',
  recordingGoneAdvice:
    'Enregistrez-le à nouveau ou remplacez ce message par un texte lu, dans Gestion des appels, Messages d’accueil.',
  recordingGoneRecordAgain:
    'Ce message d’accueil enregistré ne se trouve plus sur cet ordinateur. Enregistrez-le à nouveau.',
  recordingNotSaved:
    'Dialtone n’a pas pu enregistrer l’enregistrement : vérifiez qu’il reste de l’espace libre sur le disque.',
  recordingTooLarge: 'L’enregistrement est trop volumineux : il doit durer moins de {minutes} minutes.',
  recordingNotWav:
    'L’enregistrement n’est pas un fichier WAV. Enregistrez-le à nouveau ou choisissez un autre fichier.',
  recordingWrongFormat:
    'L’enregistrement n’est pas en audio mono 16 bits à 8 ou 16 kHz. Enregistrez-le à nouveau ou choisissez un autre fichier.',
  recordingTooLong: 'L’enregistrement dure plus de {minutes} minutes : raccourcissez-le.',
  recordingEmpty: 'L’enregistrement est vide. Enregistrez-le à nouveau ou choisissez un autre fichier.',
  recordingDamaged:
    'Le fichier WAV est endommagé : il ne contient aucun son. Enregistrez-le à nouveau ou choisissez un autre fichier.',
  alreadySetUp: 'Dialtone a déjà configuré le {phoneNumber} sur ce compte Twilio.',
  alreadySetUpANumber: 'Dialtone a déjà configuré un numéro sur ce compte Twilio.',
  alreadySetUpAdvice: 'Terminez avec ce numéro, ou retirez d’abord Dialtone du compte Twilio dans les Réglages.',
  numberGoneFromAccount:
    'Ce numéro n’est plus sur ce compte Twilio. Affichez à nouveau la liste et choisissez un autre numéro.',
  alreadyBought: 'Dialtone a déjà acheté le {phoneNumber} pour vous.',
  alreadyBoughtAdvice: 'Utilisez ce numéro (choisissez-le sous « Utiliser un numéro que vous avez déjà »).',
  closedWhileSending: 'Dialtone a été fermé avant que Twilio ne confirme votre dernière modification.',
  closedWhileSendingAdvice: 'Vos choix sont enregistrés ici. Cliquez sur Réessayer pour les envoyer à Twilio.',
  noLineForDnd:
    'Le mode Ne pas déranger fonctionne sur votre ligne téléphonique Twilio, et Dialtone n’en a pas encore.',
  noLineForDndAdvice: 'Ouvrez Dialtone et terminez la configuration de votre ligne Twilio, puis réessayez.',
  noRoutingYet:
    'Dialtone n’a pas encore d’acheminement des appels chez Twilio : terminez d’abord la configuration Twilio.',
  routingNotFound: 'Dialtone ne sait pas où se trouve son acheminement des appels chez Twilio.',
  routingNotFoundAdvice:
    'Ouvrez la configuration Twilio dans les Réglages et relancez-la : elle retrouve ou reconstruit l’acheminement.',
  noSignInStored: 'Dialtone n’a aucun identifiant Twilio enregistré.',
  noSignInStoredAdvice: 'Revenez à l’étape des identifiants et connectez à nouveau votre compte Twilio.',
  stillWorking: 'La configuration traite encore l’étape précédente. Patientez.',
  earlierStepsFirst: 'Cette étape de configuration nécessite les précédentes : revenez en arrière et terminez-les.',
  connectAccountFirst: 'Connectez d’abord un compte Twilio.',
  chooseNumberFirst: 'Choisissez d’abord un numéro.',
  updateNotReady: 'Aucune mise à jour n’est encore prête à être installée. Dialtone la propose une fois téléchargée.',
  updateDuringCall: 'Un appel est en cours. Redémarrez pour mettre à jour une fois l’appel terminé.',
  updateBrowserShell:
    'La version navigateur ne peut pas se mettre à jour elle-même. Rechargez la page pour obtenir la version actuelle du serveur.',
  updateNotInstalled:
    'Cette copie de Dialtone n’a pas été installée et ne peut donc pas se mettre à jour. Installez Dialtone pour recevoir les mises à jour.',
  settingVoicemailGreeting: 'Message d’accueil de la messagerie',
  settingCountries: 'Appels vers d’autres pays',
  settingDoNotDisturb: 'Ne pas déranger',
  settingForwarding: 'Renvoi d’appel',
  settingBusinessHours: 'Heures d’ouverture',
  settingTimeZone: 'Fuseau horaire',
  settingBlocked: 'Appelants bloqués',
  settingUnverified: 'Appelants non vérifiés',
  settingGreetings: 'Messages d’accueil',
  settingPhoneMenu: 'Menu téléphonique',
  settingRecording: 'Enregistrement',
  settingAutoReply: 'Réponse automatique',
  settingCallHandling: 'Gestion des appels',
  settingTeam: 'Équipe',
  taskCreated: 'Créé : {name}',
  taskUpdated: 'Mis à jour : {name}',
  taskMappingsInPlace: '2 associations déjà en place',
  taskMappingsAdded: '2 associations (ajoutées : {added})',
  taskAlreadyDeployed: '{address} (déjà déployé)',
  taskNumberRouted: 'Les appels et SMS vers le {phoneNumber} vont à {address}',
  answerAboutNumberRouting:
    'Il manque à la réponse de Twilio sur l’acheminement actuel des appels vers le numéro un élément dont Dialtone a besoin ({fields})',
  answerAboutSoldNumber:
    'Il manque à la réponse de Twilio sur le numéro {phoneNumber} qu’il vient de vendre un élément dont Dialtone a besoin ({fields})',
  answerAboutSipDomain:
    'Il manque à la réponse de Twilio sur le domaine SIP de Dialtone un élément dont Dialtone a besoin ({fields})',
  answerAboutSipCredentials:
    'Il manque à la réponse de Twilio sur les identifiants SIP de Dialtone un élément dont Dialtone a besoin ({fields})',
  answerAboutRouting:
    'Il manque à la réponse de Twilio sur l’acheminement des appels de Dialtone un élément dont Dialtone a besoin ({fields})',
  answerAboutRoutingVariables:
    'Il manque à la réponse de Twilio sur les variables de l’acheminement des appels de Dialtone un élément dont Dialtone a besoin ({fields})',
  answerAboutAccount: 'Il manque à la réponse de Twilio sur votre compte un élément dont Dialtone a besoin ({fields})',
  answerAboutApiKey:
    'Il manque à la réponse de Twilio sur la clé API qu’il vient de créer un élément dont Dialtone a besoin ({fields})',
  answerAboutPbxCredentials:
    'Il manque à la réponse de Twilio sur les identifiants SIP du PBX un élément dont Dialtone a besoin ({fields})',
  answerAboutPbxTrunk:
    'Il manque à la réponse de Twilio sur le trunk SIP du PBX un élément dont Dialtone a besoin ({fields})',
  answerAboutPbxAddresses:
    'Il manque à la réponse de Twilio sur les adresses depuis lesquelles le PBX peut appeler un élément dont Dialtone a besoin ({fields})',
  answerAboutRecording:
    'Il manque à la réponse de Twilio sur l’enregistrement qu’il a lancé un élément dont Dialtone a besoin ({fields})',
  answerAboutMessage: 'Il manque à la réponse de Twilio sur un message un élément dont Dialtone a besoin ({fields})',
  answerLackedKeyAdvice:
    'Dialtone s’est arrêté avant de l’utiliser : rien n’a été construit dessus. Réessayez dans quelques minutes : ce qui a déjà été créé est retrouvé, pas créé en double. Si le problème persiste, vérifiez {where} dans la console Twilio (supprimez-y la clé inutilisable).',
  answerLackedAdvice:
    'Dialtone s’est arrêté avant de l’utiliser : rien n’a été construit dessus. Réessayez dans quelques minutes : ce qui a déjà été créé est retrouvé, pas créé en double. Si le problème persiste, vérifiez {where} dans la console Twilio.',
  twilioRefusedCheckConsole:
    'Twilio a refusé la requête sans autre explication. Vérifiez la console Twilio, puis réessayez.',
  twilioRefusedStatusCheckConsole:
    'Twilio a refusé la requête (HTTP {status}) sans autre explication. Vérifiez la console Twilio, puis réessayez.',
  twilioRefusedSeeMore: 'Twilio a refusé la requête sans autre explication. Voir {moreInfo}.',
  twilioRefusedStatusSeeMore: 'Twilio a refusé la requête (HTTP {status}) sans autre explication. Voir {moreInfo}.',
  removedNumberRouting: 'Acheminement du numéro {phoneNumber} rétabli',
  removedSipDomain: 'Domaine SIP {name}',
  removedCredentials: 'Identifiants SIP {name}',
  removedRoutingService: 'Service d’acheminement {name}',
  removedNumberReleased: 'Numéro {phoneNumber} libéré',
  removedLine: 'La ligne téléphonique Twilio dans Dialtone, avec son mot de passe enregistré',
  removedRingGroup: 'Le groupe d’appel du {phoneNumber} et l’acheminement de son numéro',
  removedMember: 'L’accès de {username} à la ligne',
  removedMemberAndNumber: 'L’accès de {username} à la ligne et l’acheminement de son numéro',
  leftApiKey:
    'Clé API « {friendlyName} » ({sid}) : Dialtone ne peut pas supprimer sa propre clé. Supprimez-la dans la console Twilio sous Account, API keys & tokens.',
  checkAccountSid: 'Un Account SID commence par AC suivi de 32 lettres et chiffres (console Twilio, Account Info)',
  checkApiKeySid: 'Un API Key SID commence par SK suivi de 32 lettres et chiffres',
  checkAuthToken: 'L’Auth Token compte 32 lettres et chiffres ; copiez-le à nouveau depuis la console Twilio',
  checkApiKeySecret:
    'Le secret de la clé API compte 32 lettres et chiffres ; copiez-le à nouveau depuis la console Twilio',
  checkCountry: 'Choisissez un pays',
  checkAreaCode: 'Un indicatif régional compte 3 chiffres (États-Unis et Canada uniquement)',
  checkContains: 'Saisissez de 2 à 16 chiffres ou lettres que le numéro doit contenir',
  checkSpokenTextTooLong:
    'Raccourcissez l’annonce : Twilio conserve au plus {limit} caractères (moins avec des accents ou des emoji)',
  checkSpokenTextPlain: 'Utilisez du texte simple : pas de caractères de contrôle ni de chevrons',
  checkGreetingEmpty: 'Écrivez ce que les appelants entendent avant le bip',
  checkClockTime: 'Écrivez une heure au format 09:00',
  checkAtLeastOneDay: 'Choisissez au moins un jour',
  checkEachDayOnce: 'Choisissez chaque jour une seule fois',
  checkSpanEnds: 'Une plage horaire doit avoir un début et une fin différents',
  checkSpanStart: 'Une plage horaire commence au plus tard à 23:59',
  checkScheduleTooLong: 'Un horaire compte au plus {limit} plages horaires',
  checkAutoReplyTooLong: 'Raccourcissez le texte : une réponse automatique compte au plus {limit} caractères',
  checkAutoReplyTooManyBytes:
    'Raccourcissez le texte : Twilio conserve au plus {limit} octets (moins de caractères avec des accents ou des emoji)',
  checkAutoReplyPlain: 'Utilisez du texte simple : pas de caractères de contrôle',
  checkAutoReplyEmpty: 'Écrivez le texte que reçoivent les appelants, ou désactivez la réponse automatique',
} satisfies Translation<typeof setupWords>;
