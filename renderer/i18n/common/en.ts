export default {
  durationSeconds: '{seconds} s',
  durationMinutes: '{minutes} min',
  durationMinutesSeconds: '{minutes} min {seconds} s',
  durationHours: '{hours} h',
  durationHoursMinutes: '{hours} h {minutes} min',
  today: 'Today',
  yesterday: 'Yesterday',
  pause: ', ',
  draftNoRecipient: 'Type the number to send the message to.',
  draftRecipientTooLong:
    'That is too long for a phone number: type the number alone, with its country code, like +1 512 555 0100.',
  draftEmpty: 'Write a message first.',
  draftTooLong: 'A message can be at most {limit, number} characters: shorten it by {over, number}.',
  attachmentNotPicture: 'Dialtone cannot show this attachment: it shows JPEG, PNG, GIF and WebP pictures only.',
  voicemailGone: 'This voicemail is no longer here. It may have been deleted on Twilio or on another device.',
  voicemailRecordingDamaged: 'The saved recording is damaged. Delete this voicemail, or ask the caller to call again.',
  callRecordingDamaged: 'Twilio sent this recording damaged. Try again in a few minutes.',
  greetingDamaged: 'The recording is damaged. Record it again.',
  microphoneNotAllowed:
    'Dialtone may not use the microphone, so the other side cannot hear you. Allow microphone access, then call again.',
  microphoneNotFound: 'No microphone was found. Connect a headset or microphone, then call again.',
  callAudioFailed: "The call's audio could not start ({detail}). Hang up and call again.",
  noMediaDevices:
    'This window cannot use audio devices. Restart Dialtone; if you use the browser version, open it from 127.0.0.1.',
  microphoneAccessDenied:
    "Dialtone may not use the microphone, so device names are hidden and calls will be silent. Allow microphone access in your system's privacy settings, then restart Dialtone.",
  devicesNotListed: 'The audio devices could not be listed. Reconnect your headset or restart Dialtone.',
  callMoveFailed:
    '{device, select, microphone {The call could not move to the new microphone. Choose another microphone in Settings, Audio.} other {The call could not move to the new speaker. Choose another speaker in Settings, Audio.}}',
  systemDefaultDevice: 'the system default',
  namedSystemDefaultDevice: '{name} (the system default)',
  deviceDisconnected:
    "{device, select, microphone {{from} was disconnected. The call's microphone continues on {to}.} other {{from} was disconnected. The call's sound continues on {to}.}}",
  deviceBack:
    "{device, select, microphone {{name} is back. The call's microphone moved to it.} other {{name} is back. The call's sound moved to it.}}",
  linkNotCallable: 'This link cannot be called: {problem}',
  linkExtension: 'Extension {extension}: type it on the keypad once the call is answered.',
  importNotContactsFile:
    '{name} is neither a vCard (.vcf) nor a CSV file. Export your contacts in one of those formats and choose that file.',
  backendUnreachable: 'Dialtone’s backend did not answer. Restart Dialtone; if this keeps happening, reinstall it.',
} as const;
