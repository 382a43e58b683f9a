// The url of the <Number> /outbound dials while calls are recorded with a notice: Twilio runs it on the called
// person's side once they answer, before connecting them, so they hear that the call is recorded.

const rules = require(Runtime.getFunctions()['call-rules'].path);

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const notice = rules.recordingNotice(context);
  if (notice) rules.say(response, context, notice);
  callback(null, response);
};
