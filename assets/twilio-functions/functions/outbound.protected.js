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

const dialRules = require(Runtime.getFunctions()['dial-rules'].path);
const rules = require(Runtime.getFunctions()['call-rules'].path);

const NOT_A_NUMBER =
  'Dialtone could not place this call. Dial the number in international format, starting with plus and the country code.';
const NOT_YOUR_PHONE = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';

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
  const domain = dialRules.canonical(context.DIALTONE_SIP_DOMAIN);
  const from = dialRules.parseSipUri(event.From);
  const target = dialRules.dialTarget(context, event.To);
  // Every Dial takes a blind transfer from Dialtone (a SIP REFER), judged by /transfer, and is recorded if chosen.
  const dial = (attributes) =>
    response.dial({
      ...attributes,
      answerOnBridge: true,
      referUrl: '/transfer',
      ...rules.recordingAttributes(context),
    });
  // The person called hears the recording notice once they answer, before they are connected.
  const noticeUrl = rules.recordingNotice(context) ? { url: '/recording-notice', method: 'POST' } : {};

  if (!event.SipDomain) {
    response.reject();
  } else if (dialRules.canonical(event.SipDomain) !== domain || !from || from.host !== domain) {
    refuse(response, NOT_YOUR_PHONE);
  } else if (!dialRules.E164.test(from.user) && !dialRules.SIP_USER.test(from.user)) {
    refuse(response, NOT_YOUR_PHONE);
  } else if (target.kind === 'number') {
    dial({ callerId: context.DIALTONE_NUMBER }).number(noticeUrl, target.number);
  } else if (target.kind === 'not-allowed') {
    refuse(response, notAllowed(target.country));
  } else if (target.kind === 'sip-user') {
    dial({}).sip(dialRules.sipAddress(context, target.user));
  } else {
    refuse(response, NOT_A_NUMBER);
  }
  callback(null, response);
};
