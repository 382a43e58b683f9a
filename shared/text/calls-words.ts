/** What main says about calls: placing, answering, recording, transfer, the sound test and registration. */
export const callsWords = {
  callEnded: 'That call has already ended.',
  noLine: 'There is no phone line connected yet. Set up your account, or check it in Settings.',
  recordingNotHere: 'Calls cannot be recorded here.',
  recordingNeedsOnDemand:
    'Recording on demand works on calls on your Twilio line when Settings, Call handling, Recording is set to On demand. Choose it there, then press Record again.',
  recordingNeedsAnswer: 'A call can be recorded once it is answered.',
  recordingCallNotListed:
    'Twilio does not list this call as in progress yet, so it cannot be recorded. Wait a few seconds, then press Record again.',
  recordingGone: 'This recording is no longer on Twilio: it may have been deleted there.',

  mergeSoundTest: 'The sound test cannot be merged with a call.',
  mergeNeedsAnswer: 'Only answered calls can be merged: wait until both calls are connected.',
  mergeNoAudio: 'A call has no audio yet: wait a moment, then merge again.',
  mergeSameCall: 'Choose two different calls to merge.',
  mergeAlreadyThreeWay: 'A 3-way call is already going on: split it or hang up a party first.',
  mergeCallEnded: 'One of the calls ended before they could be merged.',
  splitNotThreeWay: 'That call is not part of a 3-way call.',

  soundTestNoKeypad: 'The sound test has no keypad menu; just speak after the beep.',
  soundTestNothingToAnswer: 'The sound test is a call you make; there is nothing to answer.',

  transferSplitFirst: 'This call is part of a 3-way call: split it first, then transfer it.',
  transferSoundTest: 'The sound test cannot be transferred.',
  transferBadTarget: 'Not an address a call can be transferred to: {target}',
  transferTwilioBlindOnly: 'Twilio transfers calls blind only: use Transfer now.',
  transferPickCall: 'Pick another call on this line to hand this one to.',
  transferConsultationNotConnected: 'The consultation call is not connected: wait for an answer, or transfer now.',
  transferNeedsConnected: 'Only a connected call can be transferred.',
  transferAlreadyGoing: 'This call is already being transferred.',
  transferTwilioRefused:
    'Twilio refused the transfer ({status}): enable Enhanced Programmable SIP Features in the Twilio Console (Voice > Settings), then try again. The call is back.',
  transferRefused:
    'The other side refused the transfer ({status}). The call is back; you can hang up and call the person yourself.',
  transferTargetBusy: 'The transfer target is busy. The call is back.',
  transferTargetDeclined: 'The transfer target declined the call. The call is back.',
  transferTwilioFailed:
    'Twilio could not transfer the call: check that Enhanced Programmable SIP Features is on in the Twilio Console (Voice > Settings) and that the number may be called. The call is back.',
  transferTargetUnreachable: 'The transfer target could not be reached. The call is back.',
  transferTargetUnreachableStatus: 'The transfer target could not be reached ({status}). The call is back.',
  transferNoAnswer: 'No answer from the transfer within {seconds} seconds. The call is back.',

  registrationBadCredentials:
    'The SIP server refused the user name or password ({status}). Check them in the account settings.',
  registrationUnknownAddress: 'The SIP server does not know this address (404). Check the SIP address and its domain.',
  registrationServerError: 'The SIP server could not register this phone ({status} {reason}). Dialtone will try again.',
  registrationNotListed:
    'The SIP server accepted the registration but did not list this phone among the registered ones. Dialtone will try again.',
  registrationUnreachable:
    'Dialtone cannot reach the SIP server. Check your internet connection; Dialtone will try again.',

  sipServerNotFound:
    'The SIP server name {server} could not be found. Check the server address in the account settings and your internet connection.',
  sipServerRefused:
    'The SIP server {server} refused the connection. Check the server address, the port and whether TCP or TLS is expected.',
  sipServerUnreachable: 'Dialtone could not reach the SIP server {server}. Check your internet connection.',
  sipServerUnreachableCode:
    'Dialtone could not reach the SIP server {server} ({code}). Check your internet connection.',
  sipTlsFailed:
    'The secure connection to the SIP server {server} failed. Check that this port speaks TLS (usually 5061), or choose TCP in the account settings.',
  sipServerTimeout:
    'The SIP server {server} did not answer in time. If this keeps happening, check your internet connection and the server address.',
  sipConnectionClosed:
    'The connection to the SIP server {server} was closed. If this keeps happening, check your internet connection.',
  sipUnreadableData:
    'The SIP server {server} sent data Dialtone could not read, so the connection was closed. If this keeps happening, check your internet connection.',
  sipCertificateExpired:
    'The SIP server’s certificate is not valid today. Check your computer’s date and time; if it is right, the server’s administrator has to renew the certificate.',
  sipCertificateWrongName:
    'The SIP server’s certificate is not made out to {server}. Check the server address in the account settings.',
  sipCertificateNotPinned:
    'The SIP server’s certificate is not the one pinned in the account settings. If the server’s certificate was replaced, pin the new one; otherwise someone may be intercepting the connection.',
  sipCertificateUntrusted:
    'The SIP server’s certificate is not trusted. If this is your own PBX, add its certificate in the account settings.',
} as const;
