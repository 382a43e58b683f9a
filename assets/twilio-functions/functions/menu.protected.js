// The phone menu (DIALTONE_MENU "on"): /inbound redirects callers here once the blocking, do-not-disturb and
// hours rules have let them through. The caller hears the prompt (the person's recording, DIALTONE_RECORDED_MENU;
// else DIALTONE_MENU_PROMPT, or one made from the choices) and presses a key:
//   1 -> ring Dialtone (back to /inbound with ?menu=ring, which rings as usual, forwarding included)
//   2 -> voicemail
//   3 -> the person's other phones, when forwarding numbers are set
// Nothing pressed within 6 seconds, or a key that is no choice: the menu is said again, up to three times in
// all; then Dialtone rings, so that a caller who cannot use a keypad still reaches the person.

const rules = require(Runtime.getFunctions()['call-rules'].path);

const ATTEMPTS = 3;
const NOT_A_CHOICE = 'Sorry, that is not one of the choices.';

function prompt(context) {
  const own = String(context.DIALTONE_MENU_PROMPT ?? '').trim();
  if (own !== '' && own !== 'none') return own;
  const choices = ['To reach me, press 1.', 'To leave a message, press 2.'];
  if (rules.forwardNumbers(context).length > 0) choices.push('To try my mobile, press 3.');
  return choices.join(' ');
}

function destination(context, digits) {
  if (digits === '1') return '/inbound?menu=ring';
  if (digits === '2') return '/voicemail';
  if (digits === '3' && rules.forwardNumbers(context).length > 0) return '/forward';
  return null;
}

function offerMenu(response, context, attempt) {
  const gather = response.gather({ numDigits: 1, timeout: 6, action: `/menu?attempt=${attempt}`, method: 'POST' });
  rules.greet(gather, context, context.DIALTONE_RECORDED_MENU, prompt(context));
  // No key pressed: Gather falls through to here.
  response.redirect({ method: 'POST' }, `/menu?attempt=${attempt}&pressed=none`);
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const attempt = Math.min(ATTEMPTS, Math.max(1, Number.parseInt(String(event.attempt ?? '1'), 10) || 1));
  const answered = event.Digits !== undefined || event.pressed === 'none';
  const chosen = answered ? destination(context, String(event.Digits ?? '')) : null;
  if (!answered) {
    offerMenu(response, context, 1);
  } else if (chosen) {
    response.redirect({ method: 'POST' }, chosen);
  } else if (attempt >= ATTEMPTS) {
    response.redirect({ method: 'POST' }, '/inbound?menu=ring');
  } else {
    if (event.Digits !== undefined) rules.say(response, context, NOT_A_CHOICE);
    offerMenu(response, context, attempt + 1);
  }
  callback(null, response);
};
