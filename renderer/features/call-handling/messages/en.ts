export default {
  // Section and cards
  sectionHeading: 'Call handling',
  noLine:
    'Forwarding, do not disturb and blocked callers work at Twilio, so they come with the Twilio setup: once Dialtone has set up your Twilio phone line, you can choose them here.',
  intro: 'Twilio decides these, so they work while your computer is off. Changes apply to the next call.',
  cardForwarding: 'Forwarding',
  cardDoNotDisturb: 'Do not disturb',
  cardBusinessHours: 'Business hours',
  cardTimeZone: 'Time zone',
  cardBlocked: 'Blocked callers',
  cardUnverified: 'Unverified callers',
  cardGreetings: 'Greetings',
  cardPhoneMenu: 'Phone menu',
  cardRecording: 'Recording',
  cardAutoReply: 'Auto-reply',
  saveFailed: 'Dialtone could not save the change. Try again.',
  cancel: 'Cancel',
  remove: 'Remove',
  listen: 'Listen',
  stop: 'Stop',

  // Live at Twilio
  tryAgain: 'Try again',
  checkWithTwilio: 'Check with Twilio',
  briefNotLiveWhere: '{status} Twilio’s answer and Try again are under Call handling.',
  momentUnreadable: 'at a time Dialtone could not read',
  momentOtherDay: '{day}, {time}',
  syncNone: 'Saved in Dialtone. Check with Twilio to see whether Twilio has the same.',
  syncSending: 'Sending to Twilio…',
  syncLive: 'Live at Twilio since {moment}.',
  syncNotLive: 'Not live at Twilio: your changes are saved in Dialtone, but Twilio does not have them yet.',
  checkChecking: 'Checking with Twilio…',
  checkSame: 'Twilio has every setting as saved here (checked {moment}).',
  checkDifferent:
    'At Twilio, these settings are not what is saved here (checked {moment}). Try again sends what is saved here.',
  checkFailed: 'Dialtone could not check with Twilio: {message} {whatToDo}',

  // Forwarding
  forwardCalls: 'Forward calls',
  modeOff: 'Off',
  modeNoAnswer: 'When Dialtone does not answer (or is not connected)',
  modeNotConnected: 'Only when Dialtone is not connected',
  modeTogether: 'Ring Dialtone and my other phones together',
  modeAlways: 'Always forward',
  modeHintOff: 'Calls ring only in Dialtone.',
  modeHintNoAnswer:
    'Dialtone rings for {seconds} seconds; if you do not answer, or Dialtone is closed or offline, your other phones ring.',
  modeHintNotConnected:
    'While Dialtone is closed or offline, your other phones ring at once; otherwise calls ring only in Dialtone.',
  modeHintTogether: 'Dialtone and your other phones ring at the same time; the first to answer takes the call.',
  modeHintAlways: 'Calls go straight to your other phones; Dialtone does not ring.',
  modeHintMessage: ' If no phone answers, the caller can leave a message.',
  forwardingMissing: 'Add the number to forward calls to: forwarding starts once it is added.',
  forwardingTurnedOff:
    'No forwarding number is left, so forwarding is off, and calls that went to forwarding go to voicemail.',
  forwardingCost:
    'Forwarded calls show the caller’s number. Each forwarded call is a second call on your Twilio account, billed per minute.',
  forwardingTrial:
    'Your Twilio account is a trial: it can only call numbers you have verified. Verify each number in the Twilio Console, under Phone Numbers > Verified Caller IDs.',
  forwardingNumbers: 'Forwarding numbers',
  removeNumber: 'Remove {number}',
  forwardingFull: 'Calls ring at most {limit} numbers together: remove one to add another.',
  numberToForwardTo: 'Number to forward to',
  anotherNumber: 'Another number',
  add: 'Add',
  forwardTypeNumber: 'Type a phone number, such as your mobile: as you would dial it, or with + and its country code.',
  forwardNoCodes:
    'Forwarding dials the number alone, without codes or an extension: use a number that rings the phone itself.',
  forwardEmergency: 'Calls cannot be forwarded to emergency services.',
  forwardUnknownCountry:
    'Dialtone cannot tell which country {number} is in, so your line may not call it: forward to another number.',
  forwardCountryNotAllowed:
    'Your line may not call numbers in {country}, so calls cannot be forwarded to {number}. Add {country} under Settings, Twilio, “Calls to other countries”, then add the number again.',
  forwardSip: 'Forward to a phone number: a SIP address cannot be forwarded to.',
  forwardOwnNumber: 'That is your Dialtone number: forward to another phone, such as your mobile.',
  forwardListed: '{number} is on the list already.',
  forwardTooMany: 'Calls go to at most {limit} numbers. Remove one first.',

  // Destinations
  destinationVoicemail: 'Voicemail',
  destinationForwarding: 'My forwarding numbers',
  destinationNeedsNumber: 'To send calls to forwarding, first add a number under Forwarding.',

  // Do not disturb
  doNotDisturb: 'Do not disturb',
  dndHintVoicemail: 'Calls go straight to voicemail without ringing, even while Dialtone is closed.',
  dndHintForwarding: 'Calls go to your forwarding numbers without ringing, even while Dialtone is closed.',
  sendCallsTo: 'Send calls to',
  turnOnAutomatically: 'Turn on automatically',
  turnOnAutomaticallyHint: 'Do not disturb turns itself on during these hours each week, for example on weeknights.',
  quietHours: 'Quiet hours',

  // Business hours
  callsRing: 'Calls ring',
  atAnyTime: 'At any time',
  onlyBusinessHours: 'Only during business hours',
  businessHours: 'Business hours',
  outsideHoursSendTo: 'Outside these hours, send calls to',

  // Schedules
  timesAreIn: 'Times are in {zone}.',
  saveSchedule: 'Save schedule',
  scheduleUnsaved: 'Not saved yet: Twilio follows the saved schedule until you save.',
  addTimeSpan: 'Add time span',
  scheduleFull: 'A schedule holds at most {limit} time spans: change or remove one instead.',
  timeSpan: 'Time span {number}',
  days: 'Days',
  from: 'From',
  to: 'to',
  removeTimeSpan: 'Remove time span {number}',
  everyDay: 'Every day',
  noDays: 'No days',
  dayPair: '{first}, {last}',
  dayRun: '{first}–{last}',
  dayList: '{list}, {next}',
  spanHours: '{days} {from}–{to}',
  spanPastMidnight: '{days} {from}–{to} (past midnight)',
  noHoursChosen: 'No hours chosen',

  // Time zone
  timeZoneLabel: 'Time zone for schedules',
  timeZoneHint:
    'Twilio reads do not disturb and business hours in this time zone. With your computer’s, it uses the zone your computer was in when call handling was last saved.',
  computerTimeZoneOption: 'Computer’s time zone ({zone})',
  computerTimeZone: 'your computer’s time zone ({zone})',
  zoneTime: '{zone} time',

  // Blocked callers
  blockedHint: 'Twilio turns them away: your phone does not ring and they cannot leave a message.',
  blockedList: 'Blocked numbers and prefixes',
  unblockEntry: 'Unblock {entry}',
  unblock: 'Unblock',
  block: 'Block',
  numberOrPrefix: 'Number or prefix to block',
  blockWithheld: 'Block callers who withhold their number',
  blockedHear: 'Blocked callers hear',
  hearRejected: 'A call that is refused',
  hearBusy: 'A busy line',
  typeToBlock: 'Type a number or a prefix to block.',
  typeBlockable: 'Type a number such as +1 512 555 0100, or the start of numbers with a * at the end, such as +1 900*.',
  alreadyBlocked: '{entry} is already blocked.',
  blockListFullTyped: 'At most {limit} numbers and prefixes can be blocked. Unblock one first.',
  withheldNumbers: 'Withheld numbers',
  numbersStarting: 'Numbers starting {prefix}',
  blockListFull:
    'At most {limit} numbers and prefixes can be blocked, and the list is full. Unblock one in Settings, Call handling first.',
  blockSip:
    '{caller} is a SIP address. Twilio turns callers away by their phone number, so only phone numbers can be blocked.',
  blockNotNumber:
    '“{caller}” is not a full phone number, so it cannot be blocked. Twilio turns callers away by their number, such as +1 512 555 0100.',
  blockedByPrefix:
    '{number} is blocked as one of the numbers starting {prefix}. To let it through, unblock those in Settings, Call handling.',
  blockNoRoom:
    'At most {limit} numbers and prefixes can be blocked: there is room for {room} more. Unblock some in Settings, Call handling first.',
  blockNoLine: 'Blocking works at Twilio: set up your Twilio phone line in Settings first.',
  blockBusy: 'Dialtone is still saving another change to your phone line. Try again in a moment.',

  // Block buttons and dialog
  blockWho: 'Block {who}',
  unblockWho: 'Unblock {who}',
  blockHint: 'Block {caller}: Twilio rejects their calls',
  blockHintWithheld: 'Block withheld numbers: Twilio rejects their calls',
  blockedHintNumber: '{caller} is blocked. Unblock to let their calls through again',
  blockedHintWithheld: 'Withheld numbers are blocked. Unblock to let their calls through again',
  blockButton: 'Block…',
  unblockButton: 'Unblock…',
  blockedMark: 'Blocked',
  blockAll: 'Block all numbers…',
  unblockAll: 'Unblock all numbers…',
  dialogAllNumbers: 'all {count, plural, one {# number} other {# numbers}} of {owner}',
  dialogWithheldSubject: 'withheld numbers',
  dialogBlockWithheldTitle: 'Block callers who withhold their number?',
  dialogBlockTitle: 'Block {subject}?',
  dialogBlockWithheld:
    'Calls from withheld numbers will be rejected at Twilio and never reach voicemail. You can unblock them later, here or in Settings, Call handling.',
  dialogBlockOne:
    'Calls from {named} will be rejected at Twilio and never reach voicemail; their messages are hidden in Messages. You can unblock it later, here or in Settings, Call handling.',
  dialogBlockSeveral:
    'Calls from {named} will be rejected at Twilio and never reach voicemail; their messages are hidden in Messages. You can unblock them later, here or in Settings, Call handling.',
  dialogBlocking: 'Blocking…',
  dialogUnblockTitle: 'Unblock {subject}?',
  dialogUnblockWithheld: 'Callers who withhold their number will ring again and can leave voicemail.',
  dialogUnblock: 'Calls from {named} will ring again and can leave voicemail; their messages show in Messages again.',
  dialogUnblocking: 'Unblocking…',

  // Unverified callers
  unverifiedLegend: 'Calls whose number was not verified by the caller’s carrier',
  unverifiedHint:
    'Carriers verify numbers (SHAKEN/STIR) only on calls within the US, and not on all of them: with Go to voicemail, most international calls go to voicemail.',
  ruleRing: 'Ring',
  ruleVoicemail: 'Go to voicemail',

  // Greetings and voice
  voiceStandard: 'Twilio’s standard voice',
  voice: 'Voice',
  voiceHint:
    'Callers hear your greetings and the phone menu in this voice and its language. The Amazon Polly voices are named with their language. Twilio bills text-to-speech by the characters it speaks.',
  sameAsVoicemail: 'Same as the voicemail greeting',
  saveGreeting: 'Save greeting',
  afterHoursGreeting: 'After-hours greeting',
  theAfterHoursGreeting: 'the after-hours greeting',
  afterHoursHint:
    'Said outside your business hours (see Business hours), when those calls go to voicemail. Do not disturb uses the voicemail greeting.',
  busyGreeting: 'Busy greeting',
  theBusyGreeting: 'the busy greeting',
  busyHint: 'Said when you decline a call and it goes to voicemail.',
  voicemailGreeting: 'Voicemail greeting',
  theVoicemailGreeting: 'the voicemail greeting',
  voicemailGreetingHint: 'Said when you do not answer. Change it under Voicemail.',
  listenTo: 'Listen to {what}',
  stopWhat: 'Stop {what}',
  listenNote: 'Listen uses your computer’s voice; callers hear {voice}.',
  listenNoSpeech: 'Listen is unavailable: this computer cannot speak text.',
  listenNoVoice: 'Listen is unavailable: this computer has no voice installed to speak with.',

  // Recorded greetings
  whatCallersHear: 'What callers hear for {what}',
  spokenText: 'Spoken text',
  myRecording: 'My recording',
  stopRecording: 'Stop recording',
  record: 'Record',
  recordWhat: 'Record {what}',
  chooseFileFor: 'Choose an audio file for {what}',
  chooseFile: 'Choose a file…',
  stopRecordingOf: 'Stop your recording of {what}',
  listenRecordingOf: 'Listen to your recording of {what}',
  removeRecordingOf: 'Remove your recording of {what}',
  statusRecording: 'Recording… {elapsed} of {limit}',
  statusSaving: 'Saving the recording and sending it to Twilio…',
  statusSpoken: 'Callers hear the words above.',
  statusNotRecorded: 'Record up to {limit} or choose an audio file; until then callers hear the words above.',
  statusRecorded: 'Callers hear your recording.',
  recordingTooLong:
    'The greeting is longer than {minutes, plural, one {# minute} other {# minutes}}. Shorten it, or record a shorter one.',
  recordingDamaged: 'The recording came out empty or damaged. Check the microphone, then record again.',
  fileNotAudio: '“{name}” is not audio Dialtone can read. Choose a WAV, MP3, Ogg or M4A file.',
  playbackFailed: 'The recording could not play on this computer. Check your speakers, then try again.',

  // Phone menu
  answerWithMenu: 'Answer with a menu',
  menuHint:
    'Twilio answers and callers choose with their keypad. Blocked callers, do not disturb and business hours come first.',
  menuPrompt: 'Menu prompt',
  menuPromptHint: 'What callers hear when Twilio answers. Leave it empty to say the choices below.',
  savePrompt: 'Save prompt',
  theMenuPrompt: 'the menu prompt',
  keyRingsDialtone: 'Rings Dialtone, with your forwarding as set',
  keyVoicemail: 'Voicemail',
  keyForwarding: 'Rings your forwarding numbers',
  whatEachKeyDoes: 'What each key does',
  menuAddForwarding: 'Add a forwarding number to offer 3 for your mobile. ',
  menuRepeat:
    'With no key pressed within 6 seconds, or another key, the menu is said again, up to three times; then Dialtone rings.',

  // Recording
  recordCalls: 'Record calls',
  recordOff: 'Off',
  recordAlways: 'Record every call',
  recordOnDemand: 'Record when I press Record',
  recordHintOff: 'Calls are not recorded.',
  recordHintAlways: 'Twilio records every call from the moment it is answered, each side on its own channel.',
  recordHintOnDemand:
    'A Record button appears on the call screen during a call; Twilio records from when you press it. Tell the other side before you press it: the law in many places requires their consent.',
  recordingsKept:
    ' Recordings are kept on your Twilio account, which bills their storage, and appear in call history, where you can play them.',
  tellOtherSide: 'Tell the other side the call is recorded',
  tellOtherSideHint:
    'Twilio says “This call is recorded.” to callers before Dialtone rings, and to people you call once they answer. The law in many places requires the consent of everyone on a recorded call.',

  // Auto-reply
  textMissedCallers: 'Text callers I miss',
  autoReplyHint:
    'When a call goes to voicemail without you answering, Twilio texts the caller from your number. Only mobiles get it, once a day at most, and not callers who hide their number or whose number was not verified. Each costs an SMS and a Lookup of the caller’s line type at Twilio’s prices. In the US, texts from your number need it registered for A2P 10DLC, which Twilio may refuse for personal use.',
  autoReplyText: 'Text',
  autoReplyTextHint:
    'At most {limit} characters. As written, each auto-reply is billed as {segments, plural, one {# SMS} other {# SMS}}.',
  saveText: 'Save text',
} as const;
