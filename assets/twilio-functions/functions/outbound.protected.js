// The SIP domain's VoiceUrl: the desktop phone places a call. Twilio sends the INVITE's Request-URI as `To`
// (sip:+15125550123@dialtone-x.sip.twilio.com;transport=tls) and the domain it arrived on as `SipDomain`.
//   E.164 number        -> <Dial callerId=DIALTONE_NUMBER><Number>  (a call to the phone network)
//   user of this domain -> <Dial><Sip>sip:user@domain;secure=true   (Twilio bridges the two SIP legs)
//   anything else       -> <Say> why, then <Hangup/>

const E164 = /^\+[1-9]\d{6,14}$/;
const SIP_USER = /^[A-Za-z0-9._~-]*[A-Za-z][A-Za-z0-9._~-]*$/; // at least one letter: digits alone are a number
const NOT_A_NUMBER =
  'Dialtone could not place this call. Dial the number in international format, starting with plus and the country code.';
const WRONG_DOMAIN = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';

/** `sip:user@host:port;params?headers` (or sips:) -> { user, host }, or null if To is no SIP URI. */
function parseSipUri(uri) {
  const match = /^sips?:([^@]+)@([^:;?>]+)/i.exec(String(uri || '').trim());
  if (!match) return null;
  let user = match[1].split(';')[0]; // user parameters such as ;phone-context are not part of the number
  try {
    user = decodeURIComponent(user); // a user agent may send + as %2B
  } catch {
    return null;
  }
  return { user, host: canonical(match[2]) };
}

/** A domain reached through an edge location (x.sip.ashburn.twilio.com) is still x.sip.twilio.com. */
function canonical(host) {
  return String(host || '')
    .toLowerCase()
    .replace(/\.sip\.[a-z0-9-]+\.twilio\.com$/, '.sip.twilio.com');
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const domain = canonical(context.DIALTONE_SIP_DOMAIN);
  const fromDomain = canonical(event.SipDomain);
  const to = parseSipUri(event.To);

  if (fromDomain && fromDomain !== domain) {
    response.say(WRONG_DOMAIN);
    response.hangup();
  } else if (to && E164.test(to.user)) {
    response.dial({ callerId: context.DIALTONE_NUMBER, answerOnBridge: true }).number(to.user);
  } else if (to && to.host === domain && SIP_USER.test(to.user)) {
    response.dial({ answerOnBridge: true }).sip(`sip:${to.user}@${context.DIALTONE_SIP_DOMAIN};secure=true`);
  } else {
    response.say(NOT_A_NUMBER);
    response.hangup();
  }
  callback(null, response);
};
