// Forwarding to the person's other phones (DIALTONE_FORWARD_TO), reached two ways:
// - redirected from /inbound, to forward now (forwarding "always", or do not disturb or after hours set to
//   forwarding): no DialCallStatus;
// - as the action of /inbound's Dial that rang Dialtone, with DialCallStatus: answered ends the call; "no-answer"
//   forwards when Dialtone did not answer or is not connected; "not-connected" only when the Dial failed at once,
//   which is what Twilio does when no device is registered (warning 32009: it does not ring into nothing).
//   A call Dialtone declined (busy) goes to voicemail, as the person chose.
// The forwarded Dial ends in /voicemail, which takes a message if no phone answered.

const rules = require(Runtime.getFunctions()['call-rules'].path);

const NOT_REGISTERED_SIP_CODES = new Set(['404', '480']);

function dialtoneWasNotConnected(event) {
  return event.DialCallStatus === 'failed' || NOT_REGISTERED_SIP_CODES.has(String(event.DialSipResponseCode ?? ''));
}

function shouldForward(context, event) {
  if (event.DialCallStatus === undefined) return true;
  const mode = rules.forwardingMode(context);
  if (dialtoneWasNotConnected(event)) return mode === 'no-answer' || mode === 'not-connected';
  return mode === 'no-answer' && event.DialCallStatus === 'no-answer';
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const numbers = rules.forwardNumbers(context);
  if (event.DialCallStatus === 'completed' || event.DialCallStatus === 'answered') {
    response.hangup();
  } else if (numbers.length === 0 || !shouldForward(context, event)) {
    response.redirect({ method: 'POST' }, '/voicemail');
  } else {
    const notice = event.DialCallStatus === undefined ? rules.recordingNotice(context) : null;
    if (notice) rules.say(response, context, notice);
    const dial = response.dial({
      action: '/voicemail',
      method: 'POST',
      answerOnBridge: true,
      timeout: rules.ringSeconds(context.RING_TIMEOUT_SECONDS),
      callerId: rules.forwardCallerId(context, event.From),
      ...rules.recordingAttributes(context),
    });
    for (const number of numbers) dial.number(number);
  }
  callback(null, response);
};
