// The referUrl of every Dial that rings or is placed by Dialtone: the person pressed Transfer, Dialtone sent a
// SIP REFER, and Twilio asks here what to do with the other party, passing the Refer-To header's value as
// ReferTransferTarget (<sip:+15125550123@domain>, perhaps with parameters). A blind transfer: Twilio then
// drops Dialtone's leg (twilio.com/docs/voice/api/refer-to-twilio; the account needs "Enhanced Programmable
// SIP Features" on in the Console's Voice settings).
//   a number in an allowed country -> <Dial callerId=DIALTONE_NUMBER><Number>: the person's own caller ID
//   a user of the person's domain  -> <Dial><Sip> (a colleague's desktop phone)
//   anything else                  -> the other party is told, and Dialtone rings again: a transfer the line
//                                     may not make must neither place the call nor drop the caller
// The same toll-fraud rules as /outbound (dial-rules.private.js).

const dialRules = require(Runtime.getFunctions()['dial-rules'].path);
const rules = require(Runtime.getFunctions()['call-rules'].path);

const COULD_NOT_TRANSFER = 'Sorry, this call could not be transferred. Please hold.';

/**
 * The SIP address inside a Refer-To value: `<sip:…>` (with parameters after the >) or a bare `sip:…`; a
 * `tel:+…` number is read as that number on the person's own domain.
 */
function referredAddress(context, target) {
  const value = String(target ?? '').trim();
  const end = value.indexOf('>');
  const address = value.startsWith('<') ? (end === -1 ? '' : value.slice(1, end)) : value;
  const tel = /^tel:(\+[1-9]\d{6,14})$/i.exec(address);
  return tel ? `sip:${tel[1]}@${context.DIALTONE_SIP_DOMAIN}` : address;
}

exports.handler = function (context, event, callback) {
  const response = new Twilio.twiml.VoiceResponse();
  const target = dialRules.dialTarget(context, referredAddress(context, event.ReferTransferTarget));
  const dial = (attributes) =>
    response.dial({
      ...attributes,
      answerOnBridge: true,
      referUrl: '/transfer',
      ...rules.recordingAttributes(context),
    });
  if (target.kind === 'number') {
    dial({ callerId: context.DIALTONE_NUMBER }).number(target.number);
  } else if (target.kind === 'sip-user') {
    dial({}).sip(dialRules.sipAddress(context, target.user));
  } else {
    response.say(COULD_NOT_TRANSFER);
    const ringAgain = response.dial({
      action: '/voicemail',
      method: 'POST',
      answerOnBridge: true,
      referUrl: '/transfer',
      timeout: rules.ringSeconds(context.RING_TIMEOUT_SECONDS),
    });
    ringAgain.sip(dialRules.sipAddress(context, context.DIALTONE_SIP_USER));
  }
  callback(null, response);
};
