import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Équipe',
  noLine:
    'D’autres personnes peuvent partager votre ligne une fois que Dialtone a configuré votre ligne Twilio : vous pourrez alors les ajouter ici.',
  intro:
    'Chaque personne reçoit son propre identifiant sur votre ligne. Elles s’appellent entre elles et appellent le réseau téléphonique via Twilio, et les appels vers l’un de leurs numéros les font sonner. Dialtone ne peut pas indiquer si elles sont connectées en ce moment : Twilio ne liste pas qui est enregistré.',
  ringGroupsHeading: 'Groupes d’appel',
  ringGroupsIntro:
    'Un groupe d’appel est l’un de vos numéros qui fait sonner plusieurs personnes à la fois. Si personne ne répond, l’appelant laisse un message.',

  nobodyYet: 'Personne d’autre n’est encore sur votre ligne.',
  peopleOnLine: 'Personnes sur votre ligne',
  reachWithExtension: '{address} · poste {extension}',
  invite: 'Inviter',
  inviteWho: 'Inviter {name}',
  remove: 'Supprimer',
  removeWho: 'Supprimer {name}',
  removing: 'Suppression…',
  removeMemberTitle: 'Supprimer {name} ?',
  removeMember: 'Le Dialtone de {name} cesse de fonctionner sur votre ligne. Le numéro reste sur votre compte Twilio.',
  removeMemberWithNumber:
    'Le Dialtone de {name} cesse de fonctionner sur votre ligne, et les appels vers son numéro retournent là où ils allaient avant. Le numéro reste sur votre compte Twilio.',
  groupsGoing:
    '{count, plural, one {Le groupe d’appel {names}, qui ne fait sonner que cette personne, est supprimé aussi.} other {Les groupes d’appel {names}, qui ne font sonner que cette personne, sont supprimés aussi.}}',
  you: 'Vous',

  noRingGroups: 'Aucun groupe d’appel pour l’instant.',
  ringGroups: 'Groupes d’appel',
  groupRings: '{number} · fait sonner {people}',
  removeGroupWho: 'Supprimer le groupe d’appel {name}',
  removeGroupTitle: 'Supprimer le groupe d’appel {name} ?',
  removeGroup:
    'Les appels vers {number} ne font plus sonner le groupe et retournent là où ils allaient avant. Le numéro reste sur votre compte Twilio.',
  addRingGroup: 'Ajouter un groupe d’appel',
  groupName: 'Nom du groupe',
  groupNumber: 'Numéro du groupe',
  groupNumberHint:
    'Les appels vers ce numéro font sonner en même temps toutes les personnes cochées ; si personne ne répond, l’appelant laisse un message.',
  groupMembersHint: 'Jusqu’à 10 personnes.',
  whoItRings: 'Qui il fait sonner',
  loadingNumbers: 'Chargement de vos numéros…',
  chooseNumber: 'Choisir un numéro',
  adding: 'Ajout…',
  addRingGroupButton: 'Ajouter le groupe d’appel',

  addPerson: 'Ajouter une personne',
  howReached: 'Comment les autres la joignent',
  withMyNumber: 'Avec l’un de mes numéros Twilio',
  byName: 'Par nom et poste, sans numéro',
  name: 'Nom',
  theirNumber: 'Son numéro',
  theirNumberHint:
    'Les appels vers ce numéro la font sonner, et ses appels l’affichent. Le numéro reste sur votre compte Twilio.',
  username: 'Nom d’utilisateur',
  usernameHint:
    'Lettres minuscules et chiffres, avec au moins une lettre, comme sam. Les autres peuvent l’appeler par ce nom.',
  extension: 'Poste',
  extensionHint: 'Un numéro court que les autres composent pour la joindre, comme 101.',
  addPersonButton: 'Ajouter la personne',

  callerIdLabel: 'Numéro affiché pour les personnes sans numéro',
  callerIdHint:
    'Le numéro que les téléphones affichent quand une personne sans numéro à elle les appelle. Ce doit être l’un de vos numéros Twilio.',
  callerIdNone: 'Aucun : elles ne peuvent appeler que l’équipe',

  inviteTitle: 'Inviter {name}',
  inviteSend:
    'Envoyez ce code ou le fichier à {name}. Dans Dialtone, cette personne choisit « J’ai été invité(e) », le colle et saisit la phrase secrète. Le code contient son mot de passe, verrouillé par la phrase secrète.',
  invitationCode: 'Code d’invitation',
  copied: 'Copié.',
  copyCode: 'Copier le code',
  saveAsFile: 'Enregistrer comme fichier',
  done: 'Terminé',
  yourName: 'Votre nom',
  passphrase: 'Phrase secrète',
  passphraseHint:
    'Au moins {min} caractères ; quelques mots sont le plus simple. Communiquez-la par téléphone ou en personne, jamais dans le message qui contient l’invitation.',
  inviterMissing: 'Indiquez votre nom : la personne voit qui l’a invitée.',
  passphraseShort: 'Utilisez au moins {min} caractères.',
  cancel: 'Annuler',
  locking: 'Verrouillage…',
  createInvitation: 'Créer l’invitation',
} satisfies Translation<typeof en>;
