// The auto-reply (DIALTONE_AUTO_REPLY: the text, "none" when off): a caller who reached voicemail without the person
// answering gets the text by SMS from the person's number (DIALTONE_NUMBER), at most once a day and only on a mobile.
// Private: /voicemail requires it through Runtime and passes the Twilio client, which context.getTwilioClient() gives
// only while the service has IncludeCredentials (Dialtone sets it while the auto-reply is on).
// Once a day without storing anything: a message from the person's number to the caller sent in the last 24 hours
// (an auto-reply, or a text the person wrote) means none now. Only then the paid check, a Lookup of the line type
// (twilio.com/docs/lookup/v2-api/line-type-intelligence): landlines, VoIP and unknown lines get nothing.

const rules = require(Runtime.getFunctions()['call-rules'].path);

const DAY_MS = 24 * 60 * 60 * 1000;
// A page of the newest messages to the caller is enough to find one of the last day.
const RECENT_MESSAGES = 20;

/** The text to send, or null while the auto-reply is off. */
function autoReplyText(context) {
  const text = String(context.DIALTONE_AUTO_REPLY ?? '').trim();
  return text !== '' && text !== 'none' ? text : null;
}

/**
 * Whether this voicemail call may get the auto-reply: it is on, the caller has a real number, and the call was
 * missed rather than answered, and did not come to voicemail because its caller was unverified (a likely robocaller),
 * nor as a call to another member of the team (?why=team): the auto-reply speaks for the owner, from their number.
 */
function isDue(context, event) {
  const answered = event.DialCallStatus === 'completed' || event.DialCallStatus === 'answered';
  return (
    autoReplyText(context) !== null &&
    !answered &&
    event.why !== 'unverified' &&
    event.why !== 'team' &&
    rules.isCallerNumber(String(event.From ?? '').trim()) &&
    rules.isCallerNumber(String(context.DIALTONE_NUMBER ?? ''))
  );
}

/** Midnight (UTC) of yesterday: Twilio filters DateSent by day, so the last 24 hours start on that day at the earliest. */
function yesterday(now) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
}

async function repliedToday(client, from, to, now) {
  const messages = await client.messages.list({ from, to, dateSentAfter: yesterday(now), limit: RECENT_MESSAGES });
  return messages.some((message) => message.dateSent instanceof Date && now - message.dateSent < DAY_MS);
}

async function isMobile(client, number) {
  const found = await client.lookups.v2.phoneNumbers(number).fetch({ fields: 'line_type_intelligence' });
  return found.lineTypeIntelligence?.type === 'mobile';
}

/**
 * Sends the auto-reply for this call if it is due. Resolves to what happened ("sent", "already-today", "not-mobile",
 * "not-due"); rejects when Twilio fails, which the caller of this must never let break the call.
 */
async function sendAutoReply(client, context, event, now = new Date()) {
  if (!isDue(context, event)) return 'not-due';
  const from = context.DIALTONE_NUMBER;
  const to = String(event.From).trim();
  if (await repliedToday(client, from, to, now)) return 'already-today';
  if (!(await isMobile(client, to))) return 'not-mobile';
  await client.messages.create({ from, to, body: autoReplyText(context) });
  return 'sent';
}

module.exports = { isDue, sendAutoReply };
