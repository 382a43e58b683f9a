export default {
  noLine: 'Voicemail and text messages come with a Twilio phone line. Set one up from Settings, Phone line.',
  syncing: 'Checking Twilio for new voicemail and messages…',
  problem: 'Could not check Twilio: {message} {whatToDo}',
  notChecked: 'Not checked with Twilio yet.',
  upToDate: 'Up to date with Twilio as of {time}.',
  withSyncError: '{status} {syncError}',
  checkNow: 'Check now',
} as const;
