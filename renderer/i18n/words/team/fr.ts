import type { teamWords } from '../../../../shared/text/team-words';
import type { Translation } from '../../catalogue-types';

export default {
  numberNotOnAccount: '{phoneNumber} n’est plus sur ce compte Twilio.',
  setUpLineFirst: 'Configurez d’abord votre ligne téléphonique Twilio.',
  notInTeam: '{username} ne fait pas partie de l’équipe.',
  notInTeamToInvite: '{username} ne fait pas partie de l’équipe. Ajoutez d’abord cette personne, puis invitez-la.',
  noRingGroupWithNumber: 'Aucun groupe d’appel de l’équipe n’a le numéro {phoneNumber}.',

  memberIsLineNumber: 'C’est le numéro de cette ligne. Choisissez un autre de vos numéros Twilio.',
  teamFull: 'Une équipe compte au plus 50 personnes. Supprimez d’abord quelqu’un.',
  usernameTaken: '{name} a déjà {username}. Choisissez-en un autre.',
  numberRingsGroup: '{phoneNumber} fait sonner un groupe. Choisissez un autre numéro, ou supprimez d’abord le groupe.',
  extensionTaken: 'Le poste {extension} est celui de {name}. Choisissez-en un autre.',

  groupIsLineNumber: 'C’est le numéro de cette ligne : il vous fait sonner. Choisissez un autre de vos numéros.',
  ringGroupsFull: 'Dialtone gère au plus 10 groupes d’appel. Supprimez-en d’abord un.',
  groupNumberIsMembers: '{phoneNumber} est le numéro de {name}. Choisissez-en un autre.',
  groupNumberTaken: '{phoneNumber} fait déjà sonner le groupe {group}. Choisissez un autre numéro.',
  groupMemberNotInTeam:
    '{username} ne fait pas partie de l’équipe. Ajoutez d’abord cette personne, ou retirez-la du groupe.',

  membersDoNotFit: 'Les membres de l’équipe ne tiennent pas dans le routage des appels de Dialtone',
  membersDoNotFitAdvice:
    'Supprimez des membres ou raccourcissez leurs noms d’utilisateur dans Réglages, Équipe, puis réessayez.',
  ringGroupsDoNotFit: 'Les groupes d’appel de l’équipe ne tiennent pas dans le routage des appels de Dialtone',
  ringGroupsDoNotFitAdvice:
    'Supprimez des groupes d’appel ou certains de leurs membres dans Réglages, Équipe, puis réessayez.',

  usernameTooLong: 'Utilisez au plus 32 lettres et chiffres.',
  usernameCharacters:
    'Utilisez des lettres minuscules, des chiffres, des points, des tirets ou des traits de soulignement, avec au moins une lettre.',
  extensionDigits: 'Utilisez 2 à 5 chiffres, sans commencer par 0.',
  memberNameMissing: 'Saisissez son nom.',
  nameTooLong: 'Utilisez au plus 64 caractères.',
  nameOnOneLine: 'Écrivez le nom sur une seule ligne, sans caractères de contrôle.',
  groupNameMissing: 'Saisissez le nom du groupe.',
  numberMissing: 'Choisissez l’un de vos numéros.',
  groupNobody: 'Choisissez au moins une personne à faire sonner.',
  groupTooMany: 'Un groupe fait sonner au plus 10 personnes à la fois.',
  groupSamePersonTwice: 'Choisissez chaque personne une seule fois.',

  passphraseTooShort:
    'Une phrase secrète d’invitation compte au moins {min} caractères : trois ou quatre mots sont faciles à dire et à taper.',
  passphraseTooLong: 'Une phrase secrète d’invitation compte au plus {max} caractères.',
  lineNotSealable: 'Impossible de mettre la ligne dans une invitation : vérifiez {fields}.',
  invitationTooLarge:
    'C’est bien trop long pour une invitation Dialtone : le texte n’a pas été lu. Collez seulement le code reçu, ou choisissez le fichier d’invitation.',
  notAnInvitation:
    'Ce n’est pas une invitation Dialtone. Collez le code qui commence par « {prefix} », ou choisissez le fichier d’invitation que vous avez reçu.',
  invitationDamaged:
    'L’invitation est incomplète ou endommagée. Copiez à nouveau le code entier (ou choisissez le fichier) ; si cela échoue encore, demandez une nouvelle invitation à la personne qui vous a invité.',
  invitationFromOtherVersion:
    'Cette invitation a été créée par une autre version de Dialtone (format {format}). Mettez Dialtone à jour sur les deux ordinateurs, puis créez et importez une nouvelle invitation.',
  invitationUnsafeSettings:
    'Cette invitation demande des réglages de chiffrement que Dialtone n’accepte pas : elle n’a pas été ouverte. Demandez à la personne qui vous a invité une nouvelle invitation créée avec Dialtone.',
  wrongPassphraseOrChanged:
    'La phrase secrète est incorrecte ou l’invitation a été modifiée. Vérifiez la phrase secrète avec la personne qui vous a invité (majuscules et espaces comptent) ; si elle est correcte, demandez-lui une nouvelle invitation.',
  invitationLineUnusable:
    'Cette invitation contient une ligne téléphonique que Dialtone ne peut pas utiliser. Demandez à la personne qui vous a invité de mettre Dialtone à jour et de vous envoyer une nouvelle invitation.',
} satisfies Translation<typeof teamWords>;
