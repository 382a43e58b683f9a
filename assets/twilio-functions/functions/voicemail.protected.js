// The inbound Dial's action: Twilio requests it when the desktop phone's leg ends, with DialCallStatus.
// Answered: the call has happened, hang up. Otherwise (no-answer, busy, failed, canceled): take a message.
// Also reached by redirect (do not disturb, after hours with ?why=after-hours, the phone menu).
// The greeting: DIALTONE_GREETING_AFTER_HOURS after hours, DIALTONE_GREETING_BUSY when the person declined
// the call (busy), each falling back to VOICEMAIL_GREETING; spoken in the person's chosen voice, or, where the
// person recorded that greeting (DIALTONE_RECORDED_AFTER_HOURS, _BUSY, _VOICEMAIL), their recording played.
// <Record> then requests its action, /voicemail-saved?step=goodbye, which thanks the caller and hangs up; the
// recording and transcription callbacks also go to /voicemail-saved (without the step) and get an empty answer.
// Transcription only works on recordings of 2 to 120 seconds, hence maxLength 120.
// A missed call (not answered, nor sent here as unverified with ?why=unverified) may first send the caller the
// auto-reply (auto-reply.private.js): the caller waits for it, in silence, AUTO_REPLY_BUDGET_MS at most; a slow or
// failed auto-reply never keeps the caller from the greeting.
// A call to a team member's number or a ring group (?why=team) gets the standard greeting and no auto-reply: the
// owner's greetings and auto-reply speak for the owner.

const DEFAULT_GREETING = 'The person you are calling is not available. Please leave a message after the tone.';

const rules = require(Runtime.getFunctions()['call-rules'].path);
const autoReply = require(Runtime.getFunctions()['auto-reply'].path);

const AUTO_REPLY_BUDGET_MS = 2500;

/** The greeting's recording (DIALTONE_RECORDED_*, an asset path) and words; the recording, if any, plays instead. */
function greeting(context, event) {
  if (event.why === 'team') return { recorded: null, text: DEFAULT_GREETING };
  const special = event.why === 'after-hours' ? 'AFTER_HOURS' : event.DialCallStatus === 'busy' ? 'BUSY' : null;
  const recorded = special && context[`DIALTONE_RECORDED_${special}`];
  const text = String((special && context[`DIALTONE_GREETING_${special}`]) || '').trim();
  if (rules.isRecordedGreeting(recorded) || (text !== '' && text !== 'none')) return { recorded, text };
  const voicemailText = String(context.VOICEMAIL_GREETING || '').trim() || DEFAULT_GREETING;
  return { recorded: context.DIALTONE_RECORDED_VOICEMAIL, text: voicemailText };
}

/** The auto-reply, given up on after the budget; its failures are logged in the Function's logs, never thrown. */
function autoReplyWithin(context, event) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, AUTO_REPLY_BUDGET_MS, 'late');
  });
  const sent = Promise.resolve()
    .then(() => autoReply.sendAutoReply(context.getTwilioClient(), context, event))
    .catch((error) => {
      // eslint-disable-next-line no-console -- the Function's logs at Twilio are where a failed auto-reply shows
      console.error(`The auto-reply was not sent: ${error?.code ?? ''} ${error?.message ?? error}`);
      return 'failed';
    });
  return Promise.race([sent, late]).finally(() => clearTimeout(timer));
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  if (event.DialCallStatus === 'completed' || event.DialCallStatus === 'answered') {
    response.hangup();
  } else {
    const { recorded, text } = greeting(context, event);
    rules.greet(response, context, recorded, text);
    response.record({
      action: '/voicemail-saved?step=goodbye',
      method: 'POST',
      maxLength: 120,
      playBeep: true,
      transcribe: true,
      transcribeCallback: '/voicemail-saved',
      recordingStatusCallback: '/voicemail-saved',
      recordingStatusCallbackMethod: 'POST',
    });
  }
  if (autoReply.isDue(context, event)) autoReplyWithin(context, event).then(() => callback(null, response));
  else callback(null, response);
};
