import type { inboxWords } from '../../../../shared/text/inbox-words';
import { recipientSentences, twilioFailureSentences } from '../../../../shared/text/inbox-words';
import type { Translation } from '../../catalogue-types';
import dialProblem from '../../dial-problem/fr';
import twilioAdvice from '../../twilio-advice/fr';

const keptKinds =
  'Dialtone conserve les fichiers audio MP3 ou WAV et les images JPEG, PNG, GIF ou WebP jusqu’à 20 Mo. Consultez celui-ci dans la console Twilio.';
const unfollowed =
  'Réessayez plus tard. Si le problème persiste, consultez ce fichier dans la console Twilio (Monitor > Logs).';

export default {
  noLineForMessages:
    'Les SMS nécessitent une ligne téléphonique configurée avec Twilio. Lancez la configuration Twilio depuis les Réglages.',
  notToSipAddress:
    'Les SMS s’envoient à des numéros de téléphone. Saisissez un numéro de téléphone, pas une adresse SIP.',
  sentNotSaved: 'Le message a été envoyé, mais n’a pas pu être enregistré ici.',
  pictureGone: 'Cette image n’est plus disponible ici.',
  picturesOnly: 'Dialtone n’affiche que les images. Ouvrez ce message sur votre téléphone pour voir la pièce jointe.',
  pictureGoneOnTwilio: 'Twilio n’a plus cette image. Demandez à l’expéditeur de la renvoyer.',
  noLineToPlay:
    'Dialtone n’a pas de ligne téléphonique Twilio pour lire ce message vocal. Lancez la configuration Twilio depuis Réglages, Ligne téléphonique, puis réessayez.',
  noLineToDelete:
    'Dialtone n’a pas de ligne téléphonique Twilio pour supprimer ce message vocal sur Twilio. Lancez la configuration Twilio depuis Réglages, Ligne téléphonique, puis réessayez.',
  voicemailGone: 'Ce message vocal n’est plus disponible ici. Il a peut-être été supprimé sur un autre appareil.',
  recordingGone:
    'L’enregistrement de ce message vocal n’est pas conservé sur cet ordinateur et Twilio ne l’a plus. Il ne reste que sa transcription.',
  fileAddressUnfollowed: `Twilio a envoyé l’adresse du fichier sous une forme que Dialtone ne suit pas. ${unfollowed}`,
  fileKind: `Twilio a envoyé un type de fichier que Dialtone ne conserve pas ({type}). ${keptKinds}`,
  fileWithoutType: `Twilio a envoyé un type de fichier que Dialtone ne conserve pas (type absent). ${keptKinds}`,
  fileTooLarge: `Twilio a envoyé un fichier de plus de {megabytes} Mo. ${keptKinds}`,
  fileRedirects: `Twilio a redirigé le fichier plus de {count} fois. ${unfollowed}`,
  sentUnreadable:
    'Twilio a accepté le message, mais l’a décrit d’une façon que Dialtone ne sait pas lire. Ne le renvoyez pas : si Twilio l’a envoyé, il apparaîtra dans la conversation à la prochaine synchronisation. Consultez Monitor > Logs > Messaging dans la console Twilio.',
  unreachable: `Dialtone n’a pas pu joindre Twilio. ${twilioAdvice.connectionUnreachable}`,
  timeout: `Twilio n’a pas répondu à temps. ${twilioAdvice.connectionTimeout}`,
  insecure: `Dialtone n’a pas pu établir une connexion sécurisée avec Twilio. ${twilioAdvice.connectionInsecure}`,
  twilioSaidCoded: 'Réponse de Twilio : {problem} (erreur Twilio {code}). Voir {moreInfo}.',
  twilioSaidSee: 'Réponse de Twilio : {problem}. Voir {moreInfo}.',
  twilioSaid: 'Réponse de Twilio : {problem}. Vérifiez la console Twilio, puis réessayez.',
  ...twilioFailureSentences(twilioAdvice, { coded: '{problem} (erreur Twilio {code}). ', uncoded: '{problem}. ' }),
  ...recipientSentences(dialProblem),
} satisfies Translation<typeof inboxWords>;
