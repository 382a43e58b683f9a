import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Team',
  noLine:
    'Andere können Ihre Leitung mitnutzen, sobald Dialtone Ihre Twilio-Telefonleitung eingerichtet hat: Dann können Sie sie hier hinzufügen.',
  intro:
    'Jede Person erhält eine eigene Anmeldung auf Ihrer Leitung. Sie rufen einander und das Telefonnetz über Twilio an, und Anrufe an eine ihrer Nummern klingeln bei ihnen. Dialtone kann nicht anzeigen, ob sie gerade verbunden sind: Twilio listet nicht auf, wer registriert ist.',
  ringGroupsHeading: 'Rufgruppen',
  ringGroupsIntro:
    'Eine Rufgruppe ist eine Ihrer Nummern, die bei mehreren Personen gleichzeitig klingelt. Nimmt niemand an, hinterlässt der Anrufer eine Nachricht.',

  nobodyYet: 'Noch niemand sonst nutzt Ihre Leitung.',
  peopleOnLine: 'Personen auf Ihrer Leitung',
  reachWithExtension: '{address} · Durchwahl {extension}',
  invite: 'Einladen',
  inviteWho: '{name} einladen',
  remove: 'Entfernen',
  removeWho: '{name} entfernen',
  removing: 'Wird entfernt …',
  removeMemberTitle: '{name} entfernen?',
  removeMember:
    'Dialtone von {name} funktioniert nicht mehr auf Ihrer Leitung. Die Nummer bleibt in Ihrem Twilio-Konto.',
  removeMemberWithNumber:
    'Dialtone von {name} funktioniert nicht mehr auf Ihrer Leitung, und Anrufe an die Nummer dieser Person gehen wieder dorthin, wohin sie vorher gingen. Die Nummer bleibt in Ihrem Twilio-Konto.',
  groupsGoing:
    '{count, plural, one {Die Rufgruppe {names}, die nur bei dieser Person klingelt, wird ebenfalls entfernt.} other {Die Rufgruppen {names}, die nur bei dieser Person klingeln, werden ebenfalls entfernt.}}',
  you: 'Sie',

  noRingGroups: 'Noch keine Rufgruppen.',
  ringGroups: 'Rufgruppen',
  groupRings: '{number} · klingelt bei {people}',
  removeGroupWho: 'Rufgruppe {name} entfernen',
  removeGroupTitle: 'Rufgruppe {name} entfernen?',
  removeGroup:
    'Anrufe an {number} klingeln nicht mehr bei der Gruppe und gehen wieder dorthin, wohin sie vorher gingen. Die Nummer bleibt in Ihrem Twilio-Konto.',
  addRingGroup: 'Rufgruppe hinzufügen',
  groupName: 'Name der Gruppe',
  groupNumber: 'Nummer der Gruppe',
  groupNumberHint:
    'Anrufe an diese Nummer klingeln gleichzeitig bei allen, die Sie ankreuzen; nimmt niemand an, hinterlässt der Anrufer eine Nachricht.',
  groupMembersHint: 'Bis zu 10 Personen.',
  whoItRings: 'Bei wem sie klingelt',
  loadingNumbers: 'Ihre Nummern werden geladen …',
  chooseNumber: 'Nummer wählen',
  adding: 'Wird hinzugefügt …',
  addRingGroupButton: 'Rufgruppe hinzufügen',

  addPerson: 'Person hinzufügen',
  howReached: 'Wie andere die Person erreichen',
  withMyNumber: 'Mit einer meiner Twilio-Nummern',
  byName: 'Über Namen und Durchwahl, ohne Nummer',
  name: 'Name',
  theirNumber: 'Nummer der Person',
  theirNumberHint:
    'Anrufe an diese Nummer klingeln bei der Person, und ihre Anrufe zeigen sie an. Die Nummer bleibt in Ihrem Twilio-Konto.',
  username: 'Benutzername',
  usernameHint:
    'Kleinbuchstaben und Ziffern, mit mindestens einem Buchstaben, etwa sam. Die anderen können die Person über diesen Namen anrufen.',
  extension: 'Durchwahl',
  extensionHint: 'Eine kurze Nummer, die die anderen wählen, um die Person zu erreichen, etwa 101.',
  addPersonButton: 'Person hinzufügen',

  callerIdLabel: 'Anrufer-ID für Personen ohne Nummer',
  callerIdHint:
    'Die Nummer, die Telefone anzeigen, wenn jemand ohne eigene Nummer anruft. Es muss eine Ihrer Twilio-Nummern sein.',
  callerIdNone: 'Keine: Sie können nur das Team anrufen',

  inviteTitle: '{name} einladen',
  inviteSend:
    'Senden Sie {name} diesen Code oder die Datei. In Dialtone wählt die Person „Ich wurde eingeladen“, fügt ihn ein und gibt die Passphrase ein. Der Code enthält ihr Passwort, mit der Passphrase verschlossen.',
  invitationCode: 'Einladungscode',
  copied: 'Kopiert.',
  copyCode: 'Code kopieren',
  saveAsFile: 'Als Datei sichern',
  done: 'Fertig',
  yourName: 'Ihr Name',
  passphrase: 'Passphrase',
  passphraseHint:
    'Mindestens {min} Zeichen; ein paar Wörter sind am einfachsten. Teilen Sie sie telefonisch oder persönlich mit, nie in der Nachricht mit der Einladung.',
  inviterMissing: 'Geben Sie Ihren Namen ein: Die Person sieht, wer sie eingeladen hat.',
  passphraseShort: 'Verwenden Sie mindestens {min} Zeichen.',
  cancel: 'Abbrechen',
  locking: 'Wird verschlossen …',
  createInvitation: 'Einladung erstellen',
} satisfies Translation<typeof en>;
