// The SIP domain's VoiceUrl: a member of the line's team places a call from their desktop phone. Twilio sends the
// INVITE's Request-URI as `To` (sip:+15125550123@dialtone-x.sip.twilio.com;transport=tls), its From as `From`,
// and the domain it arrived on as `SipDomain`. The team (team-rules.private.js) is the owner (DIALTONE_NUMBER) and
// the members Dialtone lists; each call is a <Dial>, a second leg, following Twilio's SIP domain guidance.
//   no SipDomain                   -> <Reject/>: not a SIP call at all (a number pointed here, say); nobody of
//                                     ours is calling, so the call is neither answered nor billed
//   another domain, or a From that
//   is no member of the team       -> <Say> why, then <Hangup/>
//   a member: their number (E.164
//   or national form), username
//   or extension                   -> <Dial callerId=caller's username><Sip>sip:member@domain;secure=true
//   E.164 number in an allowed
//   country                        -> <Dial callerId=…><Number>  (a call to the phone network), the caller ID
//                                     being the caller's own number, or for a member without one
//                                     DIALTONE_DEFAULT_CALLER_ID (none set: <Say> where to set it, <Hangup/>)
//   E.164 number elsewhere         -> <Say> which country and where to allow it, then <Hangup/>
//   other user of this domain      -> <Dial><Sip>sip:user@domain;secure=true   (Twilio bridges the two SIP legs)
//   an extension no member has     -> <Say> so, then <Hangup/> (when the team uses extensions)
//   anything else                  -> <Say> why, then <Hangup/>
// DIALTONE_ALLOWED_COUNTRIES lists the countries (ISO codes, comma-separated) that may be called; Dialtone
// updates it from its settings. Without it, only the country of DIALTONE_NUMBER may be called.

const dialRules = require(Runtime.getFunctions()['dial-rules'].path);
const rules = require(Runtime.getFunctions()['call-rules'].path);
const teamRules = require(Runtime.getFunctions()['team-rules'].path);

const NOT_A_NUMBER =
  'Dialtone could not place this call. Dial the number in international format, starting with plus and the country code.';
const NOT_YOUR_PHONE = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';
const NO_CALLER_ID =
  'Dialtone could not place this call: there is no caller ID for team members without their own number. ' +
  'To choose one, open Dialtone, under Settings, Team.';

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

/** Digit by digit, so that 101 is said "one zero one" rather than "one hundred one". */
function unknownExtension(extension) {
  return `Dialtone could not place this call: no one in your team has extension ${extension.split('').join(' ')}.`;
}

function refuse(response, words) {
  response.say(words);
  response.hangup();
}

/** The member `to` calls: a number on any host (as numbers are dialled), a name or extension on the domain. */
function memberCalled(context, team, caller, to) {
  if (!to) return null;
  if (dialRules.E164.test(to.user)) return teamRules.memberByNumber(team, to.user);
  if (to.host !== dialRules.canonical(context.DIALTONE_SIP_DOMAIN)) return null;
  const home = teamRules.hasNumber(caller) ? caller.username : context.DIALTONE_NUMBER;
  return teamRules.memberDialled(team, to.user, home);
}

/** What the caller's <Dial> to the phone network shows: their own number, else the team's default; or null. */
function phoneCallerId(team, caller) {
  return teamRules.hasNumber(caller) ? caller.username : team.defaultCallerId;
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const domain = dialRules.canonical(context.DIALTONE_SIP_DOMAIN);
  const from = dialRules.parseSipUri(event.From);
  const to = dialRules.parseSipUri(event.To);
  const team = teamRules.readTeam(context);
  const caller = from && from.host === domain ? teamRules.memberByUsername(team, from.user) : null;
  const member = caller ? memberCalled(context, team, caller, to) : null;
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
  } else if (dialRules.canonical(event.SipDomain) !== domain || !caller) {
    refuse(response, NOT_YOUR_PHONE);
  } else if (member) {
    dial({ callerId: caller.username }).sip(dialRules.sipAddress(context, member.username));
  } else if (target.kind === 'number') {
    const callerId = phoneCallerId(team, caller);
    if (callerId) dial({ callerId }).number(noticeUrl, target.number);
    else refuse(response, NO_CALLER_ID);
  } else if (target.kind === 'not-allowed') {
    refuse(response, notAllowed(target.country));
  } else if (target.kind === 'sip-user') {
    dial({}).sip(dialRules.sipAddress(context, target.user));
  } else if (to && to.host === domain && teamRules.isExtension(to.user) && teamRules.usesExtensions(team)) {
    refuse(response, unknownExtension(to.user));
  } else {
    refuse(response, NOT_A_NUMBER);
  }
  callback(null, response);
};
