import type { teamWords } from '../../../../shared/text/team-words';
import type { Translation } from '../../catalogue-types';

export default {
  numberNotOnAccount: '{phoneNumber} gehört nicht mehr zu diesem Twilio-Konto.',
  setUpLineFirst: 'Richten Sie zuerst Ihre Twilio-Telefonleitung ein.',
  notInTeam: '{username} gehört nicht zum Team.',
  notInTeamToInvite: '{username} gehört nicht zum Team. Fügen Sie die Person zuerst hinzu und laden Sie sie dann ein.',
  noRingGroupWithNumber: 'Keine Rufgruppe des Teams hat die Nummer {phoneNumber}.',

  memberIsLineNumber: 'Das ist die Nummer dieser Leitung. Wählen Sie eine andere Ihrer Twilio-Nummern.',
  teamFull: 'Ein Team hat höchstens 50 Personen. Entfernen Sie zuerst jemanden.',
  usernameTaken: '{username} gehört bereits {name}. Wählen Sie einen anderen Benutzernamen oder eine andere Nummer.',
  numberRingsGroup:
    'Bei {phoneNumber} klingelt eine Gruppe. Wählen Sie eine andere Nummer oder entfernen Sie zuerst die Gruppe.',
  extensionTaken: 'Die Durchwahl {extension} gehört {name}. Wählen Sie eine andere.',

  groupIsLineNumber:
    'Das ist die Nummer dieser Leitung: Bei ihr klingelt es bei Ihnen. Wählen Sie eine andere Ihrer Nummern.',
  ringGroupsFull: 'Dialtone verwaltet höchstens 10 Rufgruppen. Entfernen Sie zuerst eine.',
  groupNumberIsMembers: '{phoneNumber} ist die Nummer von {name}. Wählen Sie eine andere.',
  groupNumberTaken: '{phoneNumber} lässt bereits die Gruppe {group} klingeln. Wählen Sie eine andere Nummer.',
  groupMemberNotInTeam:
    '{username} gehört nicht zum Team. Fügen Sie die Person zuerst hinzu oder lassen Sie sie aus der Gruppe heraus.',

  membersDoNotFit: 'Die Mitglieder des Teams passen nicht in die Anrufweiterleitung von Dialtone',
  membersDoNotFitAdvice:
    'Entfernen Sie Mitglieder oder kürzen Sie ihre Benutzernamen unter Einstellungen, Team, und versuchen Sie es dann erneut.',
  ringGroupsDoNotFit: 'Die Rufgruppen des Teams passen nicht in die Anrufweiterleitung von Dialtone',
  ringGroupsDoNotFitAdvice:
    'Entfernen Sie Rufgruppen oder einige ihrer Mitglieder unter Einstellungen, Team, und versuchen Sie es dann erneut.',

  usernameTooLong: 'Verwenden Sie höchstens 32 Buchstaben und Ziffern.',
  usernameCharacters:
    'Verwenden Sie Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, mit mindestens einem Buchstaben.',
  extensionDigits: 'Verwenden Sie 2 bis 5 Ziffern, nicht mit 0 beginnend.',
  memberNameMissing: 'Geben Sie den Namen der Person ein.',
  nameTooLong: 'Verwenden Sie höchstens 64 Zeichen.',
  nameOnOneLine: 'Schreiben Sie den Namen in eine Zeile, ohne Steuerzeichen.',
  groupNameMissing: 'Geben Sie den Namen der Gruppe ein.',
  numberMissing: 'Wählen Sie eine Ihrer Nummern.',
  groupNobody: 'Wählen Sie mindestens eine Person, bei der es klingeln soll.',
  groupTooMany: 'Eine Gruppe lässt höchstens 10 Personen gleichzeitig klingeln.',
  groupSamePersonTwice: 'Wählen Sie jede Person nur einmal.',

  passphraseTooShort:
    'Eine Einladungs-Passphrase hat mindestens {min} Zeichen: Drei oder vier Wörter lassen sich leicht sagen und tippen.',
  passphraseTooLong: 'Eine Einladungs-Passphrase hat höchstens {max} Zeichen.',
  lineNotSealable: 'Die Leitung kann nicht in eine Einladung gepackt werden: Prüfen Sie {fields}.',
  invitationTooLarge:
    'Das ist viel zu lang für eine Dialtone-Einladung und wurde daher nicht gelesen. Fügen Sie nur den erhaltenen Code ein oder wählen Sie die Einladungsdatei.',
  notAnInvitation:
    'Das ist keine Dialtone-Einladung. Fügen Sie den Code ein, der mit „{prefix}“ beginnt, oder wählen Sie die Einladungsdatei, die Sie erhalten haben.',
  invitationDamaged:
    'Die Einladung ist unvollständig oder beschädigt. Kopieren Sie den ganzen Code erneut (oder wählen Sie die Datei); wenn es weiterhin fehlschlägt, bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.',
  invitationFromOtherVersion:
    'Diese Einladung wurde mit einer anderen Version von Dialtone erstellt (Format {format}). Aktualisieren Sie Dialtone auf beiden Computern, erstellen Sie dann eine neue Einladung und importieren Sie sie.',
  invitationUnsafeSettings:
    'Diese Einladung verlangt Verschlüsselungseinstellungen, die Dialtone nicht akzeptiert, und wurde daher nicht geöffnet. Bitten Sie die Person, die Sie eingeladen hat, um eine neue, mit Dialtone erstellte Einladung.',
  wrongPassphraseOrChanged:
    'Die Passphrase ist falsch oder die Einladung wurde verändert. Prüfen Sie die Passphrase mit der Person, die Sie eingeladen hat (Groß- und Kleinschreibung sowie Leerzeichen zählen); wenn sie stimmt, bitten Sie um eine neue Einladung.',
  invitationLineUnusable:
    'Diese Einladung enthält eine Telefonleitung, die Dialtone nicht verwenden kann. Bitten Sie die Person, die Sie eingeladen hat, Dialtone zu aktualisieren und eine neue Einladung zu senden.',
} satisfies Translation<typeof teamWords>;
