export default {
  // Section
  sectionHeading: 'Team',
  noLine: 'People share your line once Dialtone has set up your Twilio phone line: then you can add them here.',
  intro:
    'Each person gets their own login on your line. They call each other and the phone network through Twilio, and calls to a number of theirs ring them. Dialtone cannot show whether they are connected now: Twilio does not list who is registered.',
  ringGroupsHeading: 'Ring groups',
  ringGroupsIntro:
    'A ring group is one of your numbers that rings several people at once. When nobody answers, the caller leaves a message.',

  // People
  nobodyYet: 'Nobody else is on your line yet.',
  peopleOnLine: 'People on your line',
  reachWithExtension: '{address} · extension {extension}',
  invite: 'Invite',
  inviteWho: 'Invite {name}',
  remove: 'Remove',
  removeWho: 'Remove {name}',
  removing: 'Removing…',
  removeMemberTitle: 'Remove {name}?',
  removeMember: '{name}’s Dialtone stops working on your line. The number stays on your Twilio account.',
  removeMemberWithNumber:
    '{name}’s Dialtone stops working on your line, and calls to their number go back where they went before. The number stays on your Twilio account.',
  groupsGoing:
    '{count, plural, one {The ring group {names}, which rings only them, goes too.} other {The ring groups {names}, which ring only them, go too.}}',
  you: 'You',

  // Ring groups
  noRingGroups: 'No ring groups yet.',
  ringGroups: 'Ring groups',
  groupRings: '{number} · rings {people}',
  removeGroupWho: 'Remove ring group {name}',
  removeGroupTitle: 'Remove the ring group {name}?',
  removeGroup:
    'Calls to {number} stop ringing the group and go back where they went before. The number stays on your Twilio account.',
  addRingGroup: 'Add a ring group',
  groupName: 'Group name',
  groupNumber: 'Group number',
  groupNumberHint: 'Calls to it ring everyone you tick at once; when nobody answers, the caller leaves a message.',
  groupMembersHint: 'Up to 10 people.',
  whoItRings: 'Who it rings',
  loadingNumbers: 'Loading your numbers…',
  chooseNumber: 'Choose a number',
  adding: 'Adding…',
  addRingGroupButton: 'Add ring group',

  // Add a person
  addPerson: 'Add a person',
  howReached: 'How others reach them',
  withMyNumber: 'With one of my Twilio numbers',
  byName: 'By name and extension, without a number',
  name: 'Name',
  theirNumber: 'Their number',
  theirNumberHint: 'Calls to it ring them, and their calls show it. The number stays on your Twilio account.',
  username: 'Username',
  usernameHint: 'Small letters and digits, with at least one letter, such as sam. The others can call it by name.',
  extension: 'Extension',
  extensionHint: 'A short number the others dial to reach them, such as 101.',
  addPersonButton: 'Add person',

  // Caller ID
  callerIdLabel: 'Caller ID for people without a number',
  callerIdHint:
    'The number phones show when someone without a number of their own calls them. It must be one of your Twilio numbers.',
  callerIdNone: 'None: they can call only the team',

  // Invitation
  inviteTitle: 'Invite {name}',
  inviteSend:
    'Send {name} this code or the file. In Dialtone they choose “I was invited”, paste it and type the passphrase. The code holds their password, locked with the passphrase.',
  invitationCode: 'Invitation code',
  copied: 'Copied.',
  copyCode: 'Copy code',
  saveAsFile: 'Save as file',
  done: 'Done',
  yourName: 'Your name',
  passphrase: 'Passphrase',
  passphraseHint:
    'At least {min} characters; a few words are easiest. Tell it to them by phone or in person, never in the message that carries the invitation.',
  inviterMissing: 'Write your name: they see who invited them.',
  passphraseShort: 'Use at least {min} characters.',
  cancel: 'Cancel',
  locking: 'Locking…',
  createInvitation: 'Create invitation',
} as const;
