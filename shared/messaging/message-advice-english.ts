/*
 * What went wrong with a text Twilio did not send or deliver, and what to do, in English: the one source.
 * The renderer shows each key's translation (namespace messageAdvice), so each message is ICU: {code} is
 * Twilio's error code, given as text; a literal { } or < would have to be quoted. Console menu paths stay
 * in English in every language: Twilio's Console is in English. No zod here: the renderer imports it.
 * Meanings checked against twilio.com/docs/api/errors/<code> unless marked otherwise.
 */
export const messageAdviceEnglish = {
  title20003: 'Twilio did not accept Dialtone’s sign-in',
  do20003:
    'The Account SID and Auth Token (or the API key) Dialtone uses were changed or deleted, or the account is suspended. Connect your Twilio account again in Settings, then send again.',
  title21211: 'This is not a number that can receive texts',
  do21211:
    'Check the number and write it with its country code, like +1 512 555 0100. Short codes (like 12345) and sender names (like AMAZON) cannot receive texts.',
  title21408: 'Your Twilio account may not text that country',
  do21408:
    'Twilio texts only the countries allowed in its Messaging Geographic Permissions. Allow the country in the Twilio Console under Messaging > Settings > Geo permissions, then send again.',
  // UNVERIFIED: meaning from third-party pages and Twilio's error message, not Twilio's page.
  title21606: 'Your number cannot send this text',
  do21606:
    'Twilio does not let this number send SMS, or not to this destination. Check its capabilities in the Twilio Console under Phone Numbers > Active numbers, or text from a number that can send SMS.',
  title21608: 'A trial account can text only verified numbers',
  do21608:
    'Verify this number in the Twilio Console under Phone Numbers > Verified Caller IDs, or upgrade the account.',
  title21610: 'This person has unsubscribed from your texts',
  do21610:
    'They replied STOP to your number, and Twilio will not text them again until they text START to it. Call them if you need to reach them.',
  // Meaning from Twilio's "Does Twilio check to see if phone numbers can receive SMS?" and third-party pages.
  title21612: 'Twilio cannot carry texts between your number and this one',
  do21612: 'This number cannot be texted from yours; it may be a landline. Check the number, or call instead.',
  title21614: 'This is not a mobile number',
  do21614:
    'It is probably a landline, or a number that does not exist, so it cannot receive texts. Call the person instead, or ask them for a mobile number.',
  title30001: 'The text waited too long in Twilio’s queue',
  do30001:
    'Twilio sends about one part a second from a local number and gave up on this text after it queued for hours. Send it again.',
  title30002: 'Your Twilio account is suspended',
  do30002:
    'Twilio stopped sending because the account is suspended, often for an unpaid balance. Read Twilio’s email about it, settle the balance in the Twilio Console or contact Twilio Support, then send again.',
  title30003: 'The phone could not be reached',
  do30003: 'It may be switched off, out of coverage or unable to take texts. Send again later, or call instead.',
  title30004: 'The recipient’s number blocked this text',
  do30004:
    'They may have blocked your number or unsubscribed from it. Ask them, by a call for example; if they replied STOP earlier, they can text START to your number.',
  // UNVERIFIED: meaning from third-party pages, not Twilio's page.
  title30005: 'The number is unknown or no longer in service',
  do30005: 'Check the number with the person: it may have been disconnected or never existed.',
  title30006: 'That number cannot receive texts',
  do30006:
    'It is probably a landline, or its carrier cannot be reached. Call the person instead, or ask them for a mobile number.',
  title30007: 'The text was filtered as unwanted',
  do30007:
    'Twilio or the recipient’s carrier blocked it as possible spam. Send plainer words without links; if it keeps happening, contact Twilio Support with the message details.',
  // UNVERIFIED: meaning from third-party pages, not Twilio's page.
  title30008: 'Delivery failed for a reason the carrier did not give',
  do30008: 'Send it again in a few minutes. If it fails again, contact Twilio Support with the message details.',
  title30032: 'This toll-free number is not verified for texting',
  do30032:
    'Twilio blocks texts from a toll-free number to the US and Canada until its Toll-Free Verification is approved. Submit it in the Twilio Console (Phone Numbers > Active numbers, the number’s Regulatory Information), then send again once approved.',
  title30034: 'Your number is not registered for US texting (A2P 10DLC)',
  do30034:
    'US carriers deliver texts sent from a local (10-digit) US or Canadian number only once it is registered for A2P 10DLC. In the Twilio Console, under Messaging > Regulatory Compliance (Trust Hub), register a Brand (who you are) and a Campaign (what you send), then add this number to the Campaign’s Messaging Service. Approval takes days; texts to the US fail until then.',
  // Twilio's blog names it with 30034 for unregistered 10DLC traffic; the exact wording is from third-party pages.
  title30035: 'Your number’s A2P 10DLC registration is not finished',
  do30035:
    'Twilio is still registering this number with the US carriers. Check its status in the Twilio Console under Messaging > Regulatory Compliance, and send again once it is registered to an approved Campaign.',
  title30036: 'The text expired before Twilio could send it',
  do30036: 'It waited in Twilio’s queue longer than it was allowed to. Send it again.',
  noReasonTitle: 'Twilio gave no reason',
  noReasonDo: 'Check the number, then send the message again.',
  unknownTitle: 'Twilio could not send this text (error {code})',
  unknownDo:
    'Send it again. If it fails again, look up error {code} on Twilio’s site, or contact Twilio Support with the message details.',
  oddTitle: 'Twilio could not send this text',
  oddDo: 'Send it again. If it fails again, contact Twilio Support with the message details.',
  linkErrorPage: 'About error {code} on Twilio’s site',
  linkA2p10dlc: 'How to register for A2P 10DLC on Twilio',
} as const;

export type MessageAdviceKey = keyof typeof messageAdviceEnglish;
