// The phone number's VoiceUrl: someone calls the user's number. Ring the desktop phone (registered on the SIP
// domain as DIALTONE_SIP_USER) for RING_TIMEOUT_SECONDS; then Twilio requests the Dial action, /voicemail, which
// hangs up if the call was answered and records a message otherwise.
// Actions and redirects are relative: Twilio resolves them against this Function's own URL.
// The SIP user is an E.164 number; "+" is allowed unescaped in the user part of a SIP URI (RFC 3261), so it stays.
// Dialtone may transfer the call (a SIP REFER, judged by /transfer). The ring carries two SIP headers for Dialtone: the call's CallSid (X-Dialtone-Call-Sid, to start a recording
// through the REST API) and Twilio's SHAKEN/STIR result (X-Dialtone-Verstat, from StirVerstat).
//
// Before ringing, the person's call handling, from variables Dialtone sets (a changed variable applies to the
// next call, without a new deployment), in this order:
// 1. DIALTONE_BLOCKED_1 … _5: comma-separated entries, each a number (+15550100), a prefix (+1900*) or "withheld";
//    "none" when a variable holds none. A blocked caller is rejected (DIALTONE_BLOCKED_REJECT: "busy" or
//    "rejected") and never reaches voicemail.
// 2. DIALTONE_UNVERIFIED "voicemail": callers whose number Twilio did not verify with full attestation go to
//    voicemail (?why=unverified: they get no auto-reply).
// 3. Do not disturb, DIALTONE_DO_NOT_DISTURB "on" or now within DIALTONE_DND_SCHEDULE: the call goes where
//    DIALTONE_DND_SENDS_TO says (voicemail or forwarding) without ringing.
// 4. Business hours, DIALTONE_BUSINESS_HOURS ("none" or no valid span: always open): outside them the call goes where
//    DIALTONE_AFTER_HOURS_SENDS_TO says (voicemail with the after-hours greeting). Schedules are read in
//    DIALTONE_TIME_ZONE.
// 5. The phone menu, DIALTONE_MENU "on": /menu lets the caller choose, and comes back here with ?menu=ring.
// Recording (DIALTONE_RECORDING "always", DIALTONE_RECORDING_NOTICE): see call-rules.private.js.
// 6. Forwarding (DIALTONE_FORWARD_MODE to DIALTONE_FORWARD_TO): "always" forwards at once; "together" rings the
//    forwarding numbers with Dialtone; "no-answer" and "not-connected" ring Dialtone and let /forward decide.
//
// Every number of the team points here too (team-rules.private.js). A call to a member's own number rings that
// member, and one to a ring group's number rings its members at once, one <Sip> each; then /voicemail?why=team.
// The call handling above is the owner's: it applies to calls to DIALTONE_NUMBER only.

const rules = require(Runtime.getFunctions()['call-rules'].path);
const teamRules = require(Runtime.getFunctions()['team-rules'].path);

const BLOCKED_VARIABLES = 5;
const VERIFIED = 'TN-Validation-Passed-A';
const SIP_HEADER_VALUE = /^[A-Za-z0-9-]{1,40}$/;
const CALL_SID = /^CA[0-9a-f]{32}$/;

function blockedEntries(context) {
  const entries = [];
  for (let index = 1; index <= BLOCKED_VARIABLES; index++) {
    for (const entry of String(context[`DIALTONE_BLOCKED_${index}`] ?? '').split(',')) {
      const trimmed = entry.trim();
      if (trimmed !== '' && trimmed !== 'none') entries.push(trimmed);
    }
  }
  return entries;
}

function isBlocked(context, from) {
  const caller = String(from ?? '').trim();
  return blockedEntries(context).some((entry) => {
    if (entry === 'withheld') return !rules.isCallerNumber(caller);
    if (entry.endsWith('*')) return caller.startsWith(entry.slice(0, -1));
    return caller === entry;
  });
}

/** A member's SIP address, with the CallSid and the verification result as X- headers when they are well formed. */
function desktopPhone(context, event, username) {
  const headers = [];
  if (CALL_SID.test(String(event.CallSid ?? ''))) headers.push(`X-Dialtone-Call-Sid=${event.CallSid}`);
  if (SIP_HEADER_VALUE.test(String(event.StirVerstat ?? ''))) headers.push(`X-Dialtone-Verstat=${event.StirVerstat}`);
  const uri = `sip:${username}@${context.DIALTONE_SIP_DOMAIN};secure=true`;
  return headers.length > 0 ? `${uri}?${headers.join('&')}` : uri;
}

/** Sends the call on without ringing Dialtone: to forwarding when chosen and set, otherwise to voicemail. */
function sendTo(response, context, target, voicemail = '/voicemail') {
  const forward = target === 'forwarding' && rules.forwardNumbers(context).length > 0;
  response.redirect({ method: 'POST' }, forward ? '/forward' : voicemail);
}

/**
 * A Dial that rings desktop phones and then requests `action`: the recording notice first when one is due,
 * transfers judged by /transfer.
 */
function ringingDial(response, context, action, attributes = {}) {
  const notice = rules.recordingNotice(context);
  if (notice) rules.say(response, context, notice);
  return response.dial({
    action,
    method: 'POST',
    answerOnBridge: true,
    referUrl: '/transfer',
    timeout: rules.ringSeconds(context.RING_TIMEOUT_SECONDS),
    ...attributes,
    ...rules.recordingAttributes(context),
  });
}

function ring(response, context, event) {
  const mode = rules.forwardingMode(context);
  const together = mode === 'together';
  const action = mode === 'no-answer' || mode === 'not-connected' ? '/forward' : '/voicemail';
  const dial = ringingDial(
    response,
    context,
    action,
    together ? { callerId: rules.forwardCallerId(context, event.From) } : {},
  );
  dial.sip(desktopPhone(context, event, context.DIALTONE_SIP_USER));
  if (together) for (const number of rules.forwardNumbers(context)) dial.number(number);
}

/** Who a call to `to` rings when it is a member's own number or a ring group's (not the owner's): usernames, or null. */
function teamCalled(context, to) {
  if (to === context.DIALTONE_NUMBER) return null;
  const team = teamRules.readTeam(context);
  const member = teamRules.memberByNumber(team, to);
  if (member) return [member.username];
  return teamRules.ringGroupByNumber(team, to)?.members ?? null;
}

function ringTeam(response, context, event, usernames) {
  const dial = ringingDial(response, context, '/voicemail?why=team');
  for (const username of usernames) dial.sip(desktopPhone(context, event, username));
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const now = new Date();
  const timeZone = context.DIALTONE_TIME_ZONE;
  const quietHours = rules.scheduleSpans(context.DIALTONE_DND_SCHEDULE);
  const businessHours = rules.scheduleSpans(context.DIALTONE_BUSINESS_HOURS);
  const members = teamCalled(context, String(event.To ?? ''));
  if (members) {
    ringTeam(response, context, event, members);
  } else if (isBlocked(context, event.From)) {
    response.reject({ reason: context.DIALTONE_BLOCKED_REJECT === 'busy' ? 'busy' : 'rejected' });
  } else if (context.DIALTONE_UNVERIFIED === 'voicemail' && event.StirVerstat !== VERIFIED) {
    sendTo(response, context, 'voicemail', '/voicemail?why=unverified');
  } else if (context.DIALTONE_DO_NOT_DISTURB === 'on' || rules.inSchedule(quietHours, timeZone, now)) {
    sendTo(response, context, context.DIALTONE_DND_SENDS_TO);
  } else if (businessHours.length > 0 && !rules.inSchedule(businessHours, timeZone, now)) {
    sendTo(response, context, context.DIALTONE_AFTER_HOURS_SENDS_TO, '/voicemail?why=after-hours');
  } else if (context.DIALTONE_MENU === 'on' && event.menu !== 'ring') {
    response.redirect({ method: 'POST' }, '/menu');
  } else if (rules.forwardingMode(context) === 'always') {
    sendTo(response, context, 'forwarding');
  } else {
    ring(response, context, event);
  }
  callback(null, response);
};
