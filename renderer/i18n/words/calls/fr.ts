import type { callsWords } from '../../../../shared/text/calls-words';
import type { Translation } from '../../catalogue-types';

export default {
  callEnded: 'Cet appel est déjà terminé.',
  noLine:
    'Aucune ligne téléphonique n’est encore connectée. Configurez votre compte, ou vérifiez-le dans les Réglages.',
  recordingNotHere: 'Les appels ne peuvent pas être enregistrés ici.',
  recordingNeedsOnDemand:
    'L’enregistrement à la demande fonctionne pour les appels de votre ligne Twilio lorsque Réglages, Gestion des appels, Enregistrement est réglé sur « Enregistrer quand j’appuie sur Enregistrer ». Choisissez-le à cet endroit, puis appuyez de nouveau sur Enregistrer.',
  recordingNeedsAnswer: 'Un appel peut être enregistré une fois décroché.',
  recordingCallNotListed:
    'Twilio n’indique pas encore cet appel comme en cours : il ne peut donc pas être enregistré. Attendez quelques secondes, puis appuyez de nouveau sur Enregistrer.',
  recordingGone: 'Cet enregistrement n’est plus sur Twilio : il y a peut-être été supprimé.',

  mergeSoundTest: 'Le test du son ne peut pas être fusionné avec un appel.',
  mergeNeedsAnswer:
    'Seuls les appels décrochés peuvent être fusionnés : attendez que les deux appels soient connectés.',
  mergeNoAudio: 'Un appel n’a pas encore d’audio : patientez un instant, puis fusionnez de nouveau.',
  mergeSameCall: 'Choisissez deux appels différents à fusionner.',
  mergeAlreadyThreeWay:
    'Un appel à trois est déjà en cours : séparez-le ou raccrochez d’abord avec l’un des interlocuteurs.',
  mergeCallEnded: 'L’un des appels s’est terminé avant de pouvoir être fusionné.',
  splitNotThreeWay: 'Cet appel ne fait pas partie d’un appel à trois.',

  soundTestNoKeypad: 'Le test du son n’a pas de menu à touches ; parlez simplement après le bip.',
  soundTestNothingToAnswer: 'Le test du son est un appel que vous passez ; il n’y a rien à décrocher.',

  transferSplitFirst: 'Cet appel fait partie d’un appel à trois : séparez-le d’abord, puis transférez-le.',
  transferSoundTest: 'Le test du son ne peut pas être transféré.',
  transferBadTarget: 'Ce n’est pas une adresse vers laquelle un appel peut être transféré : {target}',
  transferTwilioBlindOnly: 'Twilio ne transfère les appels qu’en aveugle : utilisez Transférer maintenant.',
  transferPickCall: 'Choisissez un autre appel de cette ligne auquel confier celui-ci.',
  transferConsultationNotConnected:
    'L’appel de consultation n’est pas connecté : attendez une réponse, ou transférez maintenant.',
  transferNeedsConnected: 'Seul un appel connecté peut être transféré.',
  transferAlreadyGoing: 'Cet appel est déjà en cours de transfert.',
  transferTwilioRefused:
    'Twilio a refusé le transfert ({status}) : activez Enhanced Programmable SIP Features dans la Twilio Console (Voice > Settings), puis réessayez. L’appel est revenu.',
  transferRefused:
    'L’interlocuteur a refusé le transfert ({status}). L’appel est revenu ; vous pouvez raccrocher et appeler la personne vous-même.',
  transferTargetBusy: 'Le destinataire du transfert est occupé. L’appel est revenu.',
  transferTargetDeclined: 'Le destinataire du transfert a refusé l’appel. L’appel est revenu.',
  transferTwilioFailed:
    'Twilio n’a pas pu transférer l’appel : vérifiez que Enhanced Programmable SIP Features est activé dans la Twilio Console (Voice > Settings) et que le numéro peut être appelé. L’appel est revenu.',
  transferTargetUnreachable: 'Le destinataire du transfert est injoignable. L’appel est revenu.',
  transferTargetUnreachableStatus: 'Le destinataire du transfert est injoignable ({status}). L’appel est revenu.',
  transferNoAnswer: 'Pas de réponse au transfert dans les {seconds} secondes. L’appel est revenu.',

  registrationBadCredentials:
    'Le serveur SIP a refusé le nom d’utilisateur ou le mot de passe ({status}). Vérifiez-les dans les réglages du compte.',
  registrationUnknownAddress:
    'Le serveur SIP ne connaît pas cette adresse (404). Vérifiez l’adresse SIP et son domaine.',
  registrationServerError:
    'Le serveur SIP n’a pas pu enregistrer ce téléphone ({status} {reason}). Dialtone va réessayer.',
  registrationNotListed:
    'Le serveur SIP a accepté l’enregistrement mais n’a pas indiqué ce téléphone parmi les appareils enregistrés. Dialtone va réessayer.',
  registrationUnreachable:
    'Dialtone ne parvient pas à joindre le serveur SIP. Vérifiez votre connexion Internet ; Dialtone va réessayer.',

  sipServerNotFound:
    'Le nom du serveur SIP {server} est introuvable. Vérifiez l’adresse du serveur dans les réglages du compte et votre connexion Internet.',
  sipServerRefused:
    'Le serveur SIP {server} a refusé la connexion. Vérifiez l’adresse du serveur, le port, et si TCP ou TLS est attendu.',
  sipServerUnreachable: 'Dialtone n’a pas pu joindre le serveur SIP {server}. Vérifiez votre connexion Internet.',
  sipServerUnreachableCode:
    'Dialtone n’a pas pu joindre le serveur SIP {server} ({code}). Vérifiez votre connexion Internet.',
  sipTlsFailed:
    'La connexion sécurisée au serveur SIP {server} a échoué. Vérifiez que ce port utilise TLS (en général 5061), ou choisissez TCP dans les réglages du compte.',
  sipServerTimeout:
    'Le serveur SIP {server} n’a pas répondu à temps. Si le problème persiste, vérifiez votre connexion Internet et l’adresse du serveur.',
  sipConnectionClosed:
    'La connexion au serveur SIP {server} a été fermée. Si le problème persiste, vérifiez votre connexion Internet.',
  sipUnreadableData:
    'Le serveur SIP {server} a envoyé des données que Dialtone n’a pas pu lire : la connexion a donc été fermée. Si le problème persiste, vérifiez votre connexion Internet.',
  sipCertificateExpired:
    'Le certificat du serveur SIP n’est pas valide aujourd’hui. Vérifiez la date et l’heure de votre ordinateur ; si elles sont justes, l’administrateur du serveur doit renouveler le certificat.',
  sipCertificateWrongName:
    'Le certificat du serveur SIP n’est pas établi pour {server}. Vérifiez l’adresse du serveur dans les réglages du compte.',
  sipCertificateNotPinned:
    'Le certificat du serveur SIP n’est pas celui épinglé dans les réglages du compte. Si le certificat du serveur a été remplacé, épinglez le nouveau ; sinon, quelqu’un intercepte peut-être la connexion.',
  sipCertificateUntrusted:
    'Le certificat du serveur SIP n’est pas approuvé. S’il s’agit de votre propre standard, ajoutez son certificat dans les réglages du compte.',
} satisfies Translation<typeof callsWords>;
