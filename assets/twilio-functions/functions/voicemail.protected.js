// The inbound Dial's action: Twilio requests it when the desktop phone's leg ends, with DialCallStatus.
// Answered: the call has happened, hang up. Otherwise (no-answer, busy, failed, canceled): take a message.
// <Record> then requests its action, /voicemail-saved?step=goodbye, which thanks the caller and hangs up; the
// recording and transcription callbacks also go to /voicemail-saved (without the step) and get an empty answer.
// Transcription only works on recordings of 2 to 120 seconds, hence maxLength 120.

const DEFAULT_GREETING = 'The person you are calling is not available. Please leave a message after the tone.';

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  if (event.DialCallStatus === 'completed' || event.DialCallStatus === 'answered') {
    response.hangup();
  } else {
    response.say(String(context.VOICEMAIL_GREETING || '').trim() || DEFAULT_GREETING);
    response.record({
      action: '/voicemail-saved?step=goodbye',
      method: 'POST',
      maxLength: 120,
      playBeep: true,
      transcribe: true,
      transcribeCallback: '/voicemail-saved',
      recordingStatusCallback: '/voicemail-saved',
      recordingStatusCallbackMethod: 'POST',
    });
  }
  callback(null, response);
};
