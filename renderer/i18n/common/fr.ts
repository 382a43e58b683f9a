import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  durationSeconds: '{seconds} s',
  durationMinutes: '{minutes} min',
  durationMinutesSeconds: '{minutes} min {seconds} s',
  durationHours: '{hours} h',
  durationHoursMinutes: '{hours} h {minutes} min',
  today: 'Aujourd’hui',
  yesterday: 'Hier',
  pause: ', ',
  draftNoRecipient: 'Saisissez le numéro auquel envoyer le message.',
  draftRecipientTooLong:
    'C’est trop long pour un numéro de téléphone : saisissez uniquement le numéro, avec son indicatif pays, par ex. +33 6 12 34 56 78.',
  draftEmpty: 'Écrivez d’abord un message.',
  draftTooLong: 'Un message peut contenir au plus {limit, number} caractères : raccourcissez-le de {over, number}.',
  attachmentNotPicture:
    'Dialtone ne peut pas afficher cette pièce jointe : il n’affiche que les images JPEG, PNG, GIF et WebP.',
  voicemailGone: 'Ce message vocal n’est plus là. Il a peut-être été supprimé sur Twilio ou sur un autre appareil.',
  voicemailRecordingDamaged:
    'L’enregistrement conservé est endommagé. Supprimez ce message vocal ou demandez à l’appelant de rappeler.',
  callRecordingDamaged: 'Twilio a envoyé cet enregistrement endommagé. Réessayez dans quelques minutes.',
  greetingDamaged: 'L’enregistrement est endommagé. Enregistrez-le à nouveau.',
  microphoneNotAllowed:
    'Dialtone n’est pas autorisé à utiliser le micro : votre correspondant ne vous entend pas. Autorisez l’accès au micro, puis rappelez.',
  microphoneNotFound: 'Aucun micro trouvé. Branchez un casque ou un micro, puis rappelez.',
  callAudioFailed: 'Le son de l’appel n’a pas pu démarrer ({detail}). Raccrochez et rappelez.',
  noMediaDevices:
    'Cette fenêtre ne peut pas utiliser les périphériques audio. Redémarrez Dialtone ; si vous utilisez la version navigateur, ouvrez-la depuis 127.0.0.1.',
  microphoneAccessDenied:
    'Dialtone n’est pas autorisé à utiliser le micro : les noms des périphériques sont masqués et les appels seront muets. Autorisez l’accès au micro dans les réglages de confidentialité du système, puis redémarrez Dialtone.',
  devicesNotListed: 'Impossible de lister les périphériques audio. Rebranchez votre casque ou redémarrez Dialtone.',
  callMoveFailed:
    '{device, select, microphone {L’appel n’a pas pu passer sur le nouveau micro. Choisissez un autre micro dans Réglages, Audio.} other {L’appel n’a pas pu passer sur le nouveau haut-parleur. Choisissez un autre haut-parleur dans Réglages, Audio.}}',
  systemDefaultDevice: 'le périphérique par défaut du système',
  namedSystemDefaultDevice: '{name} (par défaut du système)',
  deviceDisconnected:
    '{device, select, microphone {{from} a été déconnecté. Le micro de l’appel continue sur {to}.} other {{from} a été déconnecté. Le son de l’appel continue sur {to}.}}',
  deviceBack:
    '{device, select, microphone {{name} est de retour. Le micro de l’appel y est passé.} other {{name} est de retour. Le son de l’appel y est passé.}}',
  linkNotCallable: 'Impossible d’appeler ce lien : {problem}',
  linkExtension: 'Poste {extension} : composez-le sur le clavier une fois l’appel décroché.',
  importNotContactsFile:
    '{name} n’est ni un fichier vCard (.vcf) ni un fichier CSV. Exportez vos contacts dans l’un de ces formats et choisissez ce fichier.',
  backendUnreachable:
    'Le moteur de Dialtone n’a pas répondu. Redémarrez Dialtone ; si cela se reproduit, réinstallez-le.',
} satisfies Translation<typeof en>;
