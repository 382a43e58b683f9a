// The SIP domain's VoiceUrl: the desktop phone places a call. Twilio sends the INVITE's Request-URI as `To`
// (sip:+15125550123@dialtone-x.sip.twilio.com;transport=tls), its From as `From`, and the domain it arrived on
// as `SipDomain`.
//   no SipDomain                   -> <Reject/>: not a SIP call at all (a number pointed here, say); nobody of
//                                     ours is calling, so the call is neither answered nor billed
//   another domain, or a From that
//   is no user of this domain      -> <Say> why, then <Hangup/>
//   E.164 number in an allowed
//   country                        -> <Dial callerId=DIALTONE_NUMBER><Number>  (a call to the phone network)
//   E.164 number elsewhere         -> <Say> which country and where to allow it, then <Hangup/>
//   user of this domain            -> <Dial><Sip>sip:user@domain;secure=true   (Twilio bridges the two SIP legs)
//   anything else                  -> <Say> why, then <Hangup/>
// DIALTONE_ALLOWED_COUNTRIES lists the countries (ISO codes, comma-separated) that may be called; Dialtone
// updates it from its settings. Without it, only the country of DIALTONE_NUMBER may be called.

const { parsePhoneNumberFromString } = require('libphonenumber-js/min');

const E164 = /^\+[1-9]\d{6,14}$/;
const SIP_USER = /^[A-Za-z0-9._~-]*[A-Za-z][A-Za-z0-9._~-]*$/; // at least one letter: digits alone are a number
const COUNTRY = /^[A-Z]{2}$/;
const NOT_A_NUMBER =
  'Dialtone could not place this call. Dial the number in international format, starting with plus and the country code.';
const NOT_YOUR_PHONE = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';

/** `sip:user@host:port;params?headers` (or sips:) -> { user, host }, or null if it is no SIP URI. */
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

function countryOf(number) {
  return parsePhoneNumberFromString(String(number || ''))?.country ?? null;
}

/** The countries that may be called: the listed ones, or (no list at all) the country of the user's own number. */
function allowedCountries(context) {
  const listed = context.DIALTONE_ALLOWED_COUNTRIES;
  if (listed === undefined || listed === null) return [countryOf(context.DIALTONE_NUMBER)].filter(Boolean);
  return String(listed)
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
}

function countryName(code) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}

function notAllowed(country) {
  const where = country ? `numbers in ${countryName(country)}` : 'this number';
  return (
    `Dialtone did not place this call: calls to ${where} are not allowed on your line. ` +
    'To allow them, add the country in Dialtone, under Settings, Calls to other countries.'
  );
}

function refuse(response, words) {
  response.say(words);
  response.hangup();
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const domain = canonical(context.DIALTONE_SIP_DOMAIN);
  const from = parseSipUri(event.From);
  const to = parseSipUri(event.To);

  if (!event.SipDomain) {
    response.reject();
  } else if (canonical(event.SipDomain) !== domain || !from || from.host !== domain) {
    refuse(response, NOT_YOUR_PHONE);
  } else if (!E164.test(from.user) && !SIP_USER.test(from.user)) {
    refuse(response, NOT_YOUR_PHONE);
  } else if (to && E164.test(to.user)) {
    const country = countryOf(to.user);
    if (country && allowedCountries(context).includes(country)) {
      response.dial({ callerId: context.DIALTONE_NUMBER, answerOnBridge: true }).number(to.user);
    } else {
      refuse(response, notAllowed(country));
    }
  } else if (to && to.host === domain && SIP_USER.test(to.user)) {
    response.dial({ answerOnBridge: true }).sip(`sip:${to.user}@${context.DIALTONE_SIP_DOMAIN};secure=true`);
  } else {
    refuse(response, NOT_A_NUMBER);
  }
  callback(null, response);
};
