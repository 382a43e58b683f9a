// The phone number's SmsUrl: accept the message without replying. Twilio keeps it on the account, where
// Dialtone reads it from the REST API.

exports.handler = function (context, event, callback) {
  callback(null, new Twilio.twiml.MessagingResponse());
};
