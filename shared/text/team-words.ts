/** What main says about the team: members, ring groups and line invitations. */
export const teamWords = {
  // Changes to the team
  numberNotOnAccount: '{phoneNumber} is not on this Twilio account any more.',
  setUpLineFirst: 'Set up your Twilio phone line first.',
  notInTeam: '{username} is not in the team.',
  notInTeamToInvite: '{username} is not in the team. Add them first, then invite them.',
  noRingGroupWithNumber: 'No ring group of the team has {phoneNumber}.',

  // A new person
  memberIsLineNumber: 'That is the number of this line. Choose another of your Twilio numbers.',
  teamFull: 'A team has at most 50 people. Remove someone first.',
  usernameTaken: '{name} already has {username}. Choose another.',
  numberRingsGroup: '{phoneNumber} rings a group. Choose another number, or remove the group first.',
  extensionTaken: 'Extension {extension} is {name}’s. Choose another.',

  // A new ring group
  groupIsLineNumber: 'That is the number of this line: it rings you. Choose another of your numbers.',
  ringGroupsFull: 'Dialtone keeps at most 10 ring groups. Remove one first.',
  groupNumberIsMembers: '{phoneNumber} is {name}’s number. Choose another.',
  groupNumberTaken: '{phoneNumber} rings the group {group} already. Choose another number.',
  groupMemberNotInTeam: '{username} is not in the team. Add them first, or leave them out of the group.',

  // The team in the routing's variables
  membersDoNotFit: 'The team’s members do not fit in Dialtone’s call routing',
  membersDoNotFitAdvice: 'Remove members or shorten their usernames in Settings, Team, then try again.',
  ringGroupsDoNotFit: 'The team’s ring groups do not fit in Dialtone’s call routing',
  ringGroupsDoNotFitAdvice: 'Remove ring groups or some of their members in Settings, Team, then try again.',

  // The team's fields, as the Team settings check them (shared/models/team.ts)
  usernameTooLong: 'Use at most 32 letters and digits.',
  usernameCharacters: 'Use small letters, digits, dots, dashes or underscores, with a letter.',
  extensionDigits: 'Use 2 to 5 digits, not starting with 0.',
  memberNameMissing: 'Write their name.',
  nameTooLong: 'Use at most 64 characters.',
  nameOnOneLine: 'Write the name on one line, without control characters.',
  groupNameMissing: 'Write the group’s name.',
  numberMissing: 'Choose one of your numbers.',
  groupNobody: 'Choose at least one person to ring.',
  groupTooMany: 'A group rings at most 10 people at once.',
  groupSamePersonTwice: 'Choose each person once.',

  // Invitations
  passphraseTooShort:
    'An invitation passphrase has at least {min} characters: three or four words are easy to say and type.',
  passphraseTooLong: 'An invitation passphrase has at most {max} characters.',
  lineNotSealable: 'The line cannot be put in an invitation: check {fields}.',
  invitationTooLarge:
    'This is far too long to be a Dialtone invitation, so it was not read. Paste only the code you were sent, or choose the invitation file.',
  notAnInvitation:
    'This is not a Dialtone invitation. Paste the code that starts with “{prefix}”, or choose the invitation file you were sent.',
  invitationDamaged:
    'The invitation is incomplete or damaged. Copy the whole code (or choose the file) again; if it still fails, ask the person who invited you for a new invitation.',
  invitationFromOtherVersion:
    'This invitation was made by a different version of Dialtone (format {format}). Update Dialtone on both computers, then make and import a new invitation.',
  invitationUnsafeSettings:
    'This invitation asks for encryption settings Dialtone does not accept, so it was not opened. Ask the person who invited you for a new invitation made with Dialtone.',
  wrongPassphraseOrChanged:
    'The passphrase is wrong or the invitation was changed. Check the passphrase with the person who invited you (capitals and spaces count); if it is right, ask them for a new invitation.',
  invitationLineUnusable:
    'This invitation holds a phone line Dialtone cannot use. Ask the person who invited you to update Dialtone and send a new invitation.',
} as const;
