// The phone number's VoiceUrl: someone calls the user's number. Ring the desktop phone (registered on the SIP
// domain as DIALTONE_SIP_USER) for RING_TIMEOUT_SECONDS; then Twilio requests the Dial action, /voicemail, which
// hangs up if the call was answered and records a message otherwise.
// The action is relative: Twilio resolves it against this Function's own URL, so it needs no domain name.
// The SIP user is an E.164 number; "+" is allowed unescaped in the user part of a SIP URI (RFC 3261), so it stays.
//
// Before ringing, the person's call handling, from variables Dialtone sets (a changed variable applies to the
// next call, without a new deployment):
// - DIALTONE_BLOCKED_1 … DIALTONE_BLOCKED_5: comma-separated entries, each a number (+15550100), a prefix
//   (+1900*) or "withheld" (callers who hide their number); "none" when a variable holds none. A blocked
//   caller is rejected (DIALTONE_BLOCKED_REJECT: "busy" or "rejected") and never reaches voicemail.
// - DIALTONE_DO_NOT_DISTURB "on": the call goes straight to voicemail without ringing.

const DEFAULT_RING_SECONDS = 25;
const BLOCKED_VARIABLES = 5;
// A withheld caller comes as a word ("Anonymous", "Restricted", "Unknown"…) or as that word spelled on a keypad:
// ANONYMOUS, RESTRICTED, UNKNOWN, UNAVAILABLE (the forms Twilio is known to pass; no Twilio document here lists them).
const KEYPAD_WITHHELD = new Set(['+266696687', '+7378742833', '+8656696', '+86282452253']);

function ringSeconds(value) {
  const seconds = Number(String(value ?? '').trim() || NaN);
  if (!Number.isFinite(seconds)) return DEFAULT_RING_SECONDS;
  return Math.min(60, Math.max(5, Math.round(seconds)));
}

function isWithheld(caller) {
  return !/^\+[1-9]\d{5,14}$/.test(caller) || KEYPAD_WITHHELD.has(caller);
}

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
    if (entry === 'withheld') return isWithheld(caller);
    if (entry.endsWith('*')) return caller.startsWith(entry.slice(0, -1));
    return caller === entry;
  });
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  if (isBlocked(context, event.From)) {
    response.reject({ reason: context.DIALTONE_BLOCKED_REJECT === 'busy' ? 'busy' : 'rejected' });
  } else if (context.DIALTONE_DO_NOT_DISTURB === 'on') {
    response.redirect({ method: 'POST' }, '/voicemail');
  } else {
    const dial = response.dial({
      action: '/voicemail',
      method: 'POST',
      answerOnBridge: true,
      timeout: ringSeconds(context.RING_TIMEOUT_SECONDS),
    });
    dial.sip(`sip:${context.DIALTONE_SIP_USER}@${context.DIALTONE_SIP_DOMAIN};secure=true`);
  }
  callback(null, response);
};
