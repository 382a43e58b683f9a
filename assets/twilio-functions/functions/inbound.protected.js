// The phone number's VoiceUrl: someone calls the user's number. Ring the desktop phone (registered on the SIP
// domain as DIALTONE_SIP_USER) for RING_TIMEOUT_SECONDS; then Twilio requests the Dial action, /voicemail, which
// hangs up if the call was answered and records a message otherwise.
// The action is relative: Twilio resolves it against this Function's own URL, so it needs no domain name.
// The SIP user is an E.164 number; "+" is allowed unescaped in the user part of a SIP URI (RFC 3261), so it stays.

const DEFAULT_RING_SECONDS = 25;

function ringSeconds(value) {
  const seconds = Number(String(value ?? '').trim() || NaN);
  if (!Number.isFinite(seconds)) return DEFAULT_RING_SECONDS;
  return Math.min(60, Math.max(5, Math.round(seconds)));
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const dial = response.dial({
    action: '/voicemail',
    method: 'POST',
    answerOnBridge: true,
    timeout: ringSeconds(context.RING_TIMEOUT_SECONDS),
  });
  dial.sip(`sip:${context.DIALTONE_SIP_USER}@${context.DIALTONE_SIP_DOMAIN};secure=true`);
  callback(null, response);
};
