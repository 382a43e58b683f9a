// The inbound Dial's action: Twilio requests it when the desktop phone's leg ends, with DialCallStatus.
// Answered: the call has happened, hang up. Otherwise (no-answer, busy, failed, canceled): take a message.
// Also reached by redirect (do not disturb, after hours with ?why=after-hours, the phone menu).
// The greeting: DIALTONE_GREETING_AFTER_HOURS after hours, DIALTONE_GREETING_BUSY when the person declined
// the call (busy), each falling back to VOICEMAIL_GREETING; spoken in the person's chosen voice.
// <Record> then requests its action, /voicemail-saved?step=goodbye, which thanks the caller and hangs up; the
// recording and transcription callbacks also go to /voicemail-saved (without the step) and get an empty answer.
// Transcription only works on recordings of 2 to 120 seconds, hence maxLength 120.

const DEFAULT_GREETING = 'The person you are calling is not available. Please leave a message after the tone.';

const rules = require(Runtime.getFunctions()['call-rules'].path);

function greeting(context, event) {
  const special =
    event.why === 'after-hours'
      ? context.DIALTONE_GREETING_AFTER_HOURS
      : event.DialCallStatus === 'busy'
        ? context.DIALTONE_GREETING_BUSY
        : '';
  const text = String(special || '').trim();
  return text !== '' && text !== 'none' ? text : String(context.VOICEMAIL_GREETING || '').trim() || DEFAULT_GREETING;
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  if (event.DialCallStatus === 'completed' || event.DialCallStatus === 'answered') {
    response.hangup();
  } else {
    rules.say(response, context, greeting(context, event));
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
