// Three kinds of request arrive here:
//   ?step=goodbye           the <Record> action, once the caller has finished: thank them and hang up;
//   RecordingStatus=...     the recording status callback, and
//   TranscriptionStatus=... the transcription callback: both only need a 200. The recording and its transcription
//                           already live on the account; Dialtone reads them from the REST API.

const rules = require(Runtime.getFunctions()['call-rules'].path);

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  if (event.step === 'goodbye') {
    rules.say(response, context, 'Thank you, goodbye.');
    response.hangup();
  }
  callback(null, response);
};
