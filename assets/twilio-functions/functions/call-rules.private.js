// What the inbound and forward Functions share about the person's call handling, read from the variables
// Dialtone sets (electron/twilio/call-handling-variables.ts). Private: no URL, required through Runtime.
// Every variable may be missing or malformed (an older setup, a hand edit in the Console): each rule then
// falls back to what a plain phone line does, ringing Dialtone, and never throws.

const DEFAULT_RING_SECONDS = 25;
const PHONE_NUMBER = /^\+[1-9]\d{5,14}$/;
// A withheld caller comes as a word ("Anonymous", "Restricted", "Unknown"…) or as that word spelled on a keypad:
// ANONYMOUS, RESTRICTED, UNKNOWN, UNAVAILABLE (the forms Twilio is known to pass; no Twilio document here lists them).
const KEYPAD_WITHHELD = new Set(['+266696687', '+7378742833', '+8656696', '+86282452253']);
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const VOICE = /^Polly\.[A-Z][A-Za-z]{1,20}(-Neural)?$/;
const LANGUAGE = /^[a-z]{2}-[A-Z]{2}$/;
const SPAN = /^([0-6]{1,7})@([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;
// The form of a recorded greeting's asset path (electron/twilio/call-handling-variables.ts, DIALTONE_RECORDED_*).
const RECORDED_GREETING = /^\/greetings\/[0-9a-f]{32}\.wav$/;

function ringSeconds(value) {
  const seconds = Number(String(value ?? '').trim() || NaN);
  if (!Number.isFinite(seconds)) return DEFAULT_RING_SECONDS;
  return Math.min(60, Math.max(5, Math.round(seconds)));
}

/** A caller with a real number: E.164 and not a withheld caller spelled on a keypad. */
function isCallerNumber(caller) {
  return PHONE_NUMBER.test(caller) && !KEYPAD_WITHHELD.has(caller);
}

/**
 * The forwarding numbers (DIALTONE_FORWARD_TO, comma-separated E.164, "none" for none), without those outside the
 * countries the line may call (DIALTONE_ALLOWED_COUNTRIES, which Dialtone always sets): a forwarded call is an
 * outbound leg the person pays for, so the outbound Function's country rule holds here too. A routing without the
 * variable forwards as the person chose: the numbers are theirs, not a caller's.
 */
function forwardNumbers(context) {
  const limited = context.DIALTONE_ALLOWED_COUNTRIES !== undefined && context.DIALTONE_ALLOWED_COUNTRIES !== null;
  // Required here, not above: the schedule rules of this file are also loaded on their own, without Runtime.
  const dialRules = limited ? require(Runtime.getFunctions()['dial-rules'].path) : null;
  return String(context.DIALTONE_FORWARD_TO ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => PHONE_NUMBER.test(entry) && (!dialRules || dialRules.numberAllowed(context, entry)))
    .slice(0, 3);
}

/** off, no-answer, not-connected, together or always; off when there is nowhere to forward to. */
function forwardingMode(context) {
  const mode = String(context.DIALTONE_FORWARD_MODE ?? '');
  const known = ['no-answer', 'not-connected', 'together', 'always'].includes(mode);
  return known && forwardNumbers(context).length > 0 ? mode : 'off';
}

/** Forwarded calls show the caller's number where there is one (Twilio allows an inbound caller's number here). */
function forwardCallerId(context, from) {
  const caller = String(from ?? '').trim();
  return isCallerNumber(caller) ? caller : context.DIALTONE_NUMBER;
}

/** The weekday (0 = Sunday) and minute of the day at `now` in `timeZone`; UTC if the zone is unknown. */
function localTime(timeZone, now) {
  let format;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return { day: WEEKDAYS.indexOf(parts.weekday), minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * A weekly schedule's spans: "days@HH:MM-HH:MM" separated by ";", days as digits (0 = Sunday), "none" for none.
 * A span whose end is before its start runs past midnight into the next day; malformed spans are left out.
 */
function scheduleSpans(encoded) {
  const spans = [];
  for (const span of String(encoded ?? '').split(';')) {
    const match = SPAN.exec(span.trim());
    if (!match) continue;
    const from = Number(match[2]) * 60 + Number(match[3]);
    const to = Math.min(24 * 60, Number(match[4]) * 60 + Number(match[5]));
    if (from !== to) spans.push({ days: match[1], from, to });
  }
  return spans;
}

/** Whether `now`, in `timeZone`, falls in one of the spans. */
function inSchedule(spans, timeZone, now) {
  const { day, minute } = localTime(String(timeZone ?? 'UTC'), now);
  const yesterday = String((day + 6) % 7);
  return spans.some(({ days, from, to }) => {
    if (from < to) return days.includes(String(day)) && minute >= from && minute < to;
    return (days.includes(String(day)) && minute >= from) || (days.includes(yesterday) && minute < to);
  });
}

/** Says `text` in the person's chosen voice (DIALTONE_VOICE, DIALTONE_LANGUAGE), or Twilio's standard one. */
function say(response, context, text) {
  const voice = String(context.DIALTONE_VOICE ?? '');
  const language = String(context.DIALTONE_LANGUAGE ?? '');
  const chosen = VOICE.test(voice) && LANGUAGE.test(language);
  response.say(chosen ? { voice, language } : {}, text);
}

function isRecordedGreeting(path) {
  return RECORDED_GREETING.test(String(path ?? ''));
}

/**
 * The person's recorded greeting (`recorded`, an asset path of this service) played from this service's domain,
 * or, without one, `text` said as say() does. The asset is public at a path named by its content's hash: <Play>
 * fetches it like any URL (see electron/twilio/routing-deploy.ts).
 */
function greet(response, context, recorded, text) {
  if (isRecordedGreeting(recorded) && context.DOMAIN_NAME) response.play(`https://${context.DOMAIN_NAME}${recorded}`);
  else say(response, context, text);
}

/** DIALTONE_RECORDING "always": every call is recorded from answer, each side on its own channel. */
function recordingAttributes(context) {
  return context.DIALTONE_RECORDING === 'always' ? { record: 'record-from-answer-dual' } : {};
}

/** The notice recorded calls begin with, when the person chose to give one (DIALTONE_RECORDING_NOTICE "on"). */
function recordingNotice(context) {
  const told = context.DIALTONE_RECORDING === 'always' && context.DIALTONE_RECORDING_NOTICE === 'on';
  return told ? 'This call is recorded.' : null;
}

module.exports = {
  say,
  greet,
  isRecordedGreeting,
  recordingAttributes,
  recordingNotice,
  ringSeconds,
  isCallerNumber,
  forwardNumbers,
  forwardingMode,
  forwardCallerId,
  scheduleSpans,
  inSchedule,
};
