import { a2p10dlcRegistrationUrl } from './a2p-registration';

/*
 * Twilio's error codes on a message that could not be sent or delivered, in plain words with what to
 * do. Meanings checked against twilio.com/docs/api/errors/<code> unless marked otherwise.
 */

/** Where to read more or act, and what the link says. */
export interface AdviceLink {
  href: string;
  text: string;
}

export interface MessageErrorAdvice {
  /** Twilio's code; null when the message came back without one. */
  code: number | null;
  title: string;
  whatToDo: string;
  link: AdviceLink | null;
}

interface KnownAdvice {
  title: string;
  whatToDo: string;
  /** Twilio's page about the code when not given. */
  link?: AdviceLink;
}

const a2p10dlcRegistration =
  'US carriers deliver texts sent from a local (10-digit) US or Canadian number only once it is registered for A2P 10DLC. In the Twilio Console, under Messaging > Regulatory Compliance (Trust Hub), register a Brand (who you are) and a Campaign (what you send), then add this number to the Campaign’s Messaging Service. Approval takes days; texts to the US fail until then.';
const a2p10dlcRegistrationLink: AdviceLink = {
  href: a2p10dlcRegistrationUrl,
  text: 'How to register for A2P 10DLC on Twilio',
};
const callInstead = 'Call the person instead, or ask them for a mobile number.';

const adviceByCode: ReadonlyMap<number, KnownAdvice> = new Map<number, KnownAdvice>([
  [
    20003,
    {
      title: 'Twilio did not accept Dialtone’s sign-in',
      whatToDo:
        'The Account SID and Auth Token (or the API key) Dialtone uses were changed or deleted, or the account is suspended. Connect your Twilio account again in Settings, then send again.',
    },
  ],
  [
    21211,
    {
      title: 'This is not a number that can receive texts',
      whatToDo:
        'Check the number and write it with its country code, like +1 512 555 0100. Short codes (like 12345) and sender names (like AMAZON) cannot receive texts.',
    },
  ],
  [
    21408,
    {
      title: 'Your Twilio account may not text that country',
      whatToDo:
        'Twilio texts only the countries allowed in its Messaging Geographic Permissions. Allow the country in the Twilio Console under Messaging > Settings > Geo permissions, then send again.',
    },
  ],
  [
    21606,
    {
      // UNVERIFIED: meaning from third-party pages and Twilio's error message, not Twilio's page.
      title: 'Your number cannot send this text',
      whatToDo:
        'Twilio does not let this number send SMS, or not to this destination. Check its capabilities in the Twilio Console under Phone Numbers > Active numbers, or text from a number that can send SMS.',
    },
  ],
  [
    21608,
    {
      title: 'A trial account can text only verified numbers',
      whatToDo:
        'Verify this number in the Twilio Console under Phone Numbers > Verified Caller IDs, or upgrade the account.',
    },
  ],
  [
    21610,
    {
      title: 'This person has unsubscribed from your texts',
      whatToDo:
        'They replied STOP to your number, and Twilio will not text them again until they text START to it. Call them if you need to reach them.',
    },
  ],
  [
    21612,
    {
      // Meaning from Twilio's "Does Twilio check to see if phone numbers can receive SMS?" and third-party pages.
      title: 'Twilio cannot carry texts between your number and this one',
      whatToDo: 'This number cannot be texted from yours; it may be a landline. Check the number, or call instead.',
    },
  ],
  [
    21614,
    {
      title: 'This is not a mobile number',
      whatToDo: `It is probably a landline, or a number that does not exist, so it cannot receive texts. ${callInstead}`,
    },
  ],
  [
    30001,
    {
      title: 'The text waited too long in Twilio’s queue',
      whatToDo:
        'Twilio sends about one part a second from a local number and gave up on this text after it queued for hours. Send it again.',
    },
  ],
  [
    30002,
    {
      title: 'Your Twilio account is suspended',
      whatToDo:
        'Twilio stopped sending because the account is suspended, often for an unpaid balance. Read Twilio’s email about it, settle the balance in the Twilio Console or contact Twilio Support, then send again.',
    },
  ],
  [
    30003,
    {
      title: 'The phone could not be reached',
      whatToDo: 'It may be switched off, out of coverage or unable to take texts. Send again later, or call instead.',
    },
  ],
  [
    30004,
    {
      title: 'The recipient’s number blocked this text',
      whatToDo:
        'They may have blocked your number or unsubscribed from it. Ask them, by a call for example; if they replied STOP earlier, they can text START to your number.',
    },
  ],
  [
    30005,
    {
      // UNVERIFIED: meaning from third-party pages, not Twilio's page.
      title: 'The number is unknown or no longer in service',
      whatToDo: 'Check the number with the person: it may have been disconnected or never existed.',
    },
  ],
  [
    30006,
    {
      title: 'That number cannot receive texts',
      whatToDo: `It is probably a landline, or its carrier cannot be reached. ${callInstead}`,
    },
  ],
  [
    30007,
    {
      title: 'The text was filtered as unwanted',
      whatToDo:
        'Twilio or the recipient’s carrier blocked it as possible spam. Send plainer words without links; if it keeps happening, contact Twilio Support with the message details.',
    },
  ],
  [
    30008,
    {
      // UNVERIFIED: meaning from third-party pages, not Twilio's page.
      title: 'Delivery failed for a reason the carrier did not give',
      whatToDo: 'Send it again in a few minutes. If it fails again, contact Twilio Support with the message details.',
    },
  ],
  [
    30032,
    {
      title: 'This toll-free number is not verified for texting',
      whatToDo:
        'Twilio blocks texts from a toll-free number to the US and Canada until its Toll-Free Verification is approved. Submit it in the Twilio Console (Phone Numbers > Active numbers, the number’s Regulatory Information), then send again once approved.',
    },
  ],
  [
    30034,
    {
      title: 'Your number is not registered for US texting (A2P 10DLC)',
      whatToDo: a2p10dlcRegistration,
      link: a2p10dlcRegistrationLink,
    },
  ],
  [
    30035,
    {
      // Twilio's blog names it with 30034 for unregistered 10DLC traffic; the exact wording is from third-party pages.
      title: 'Your number’s A2P 10DLC registration is not finished',
      whatToDo:
        'Twilio is still registering this number with the US carriers. Check its status in the Twilio Console under Messaging > Regulatory Compliance, and send again once it is registered to an approved Campaign.',
      link: a2p10dlcRegistrationLink,
    },
  ],
  [
    30036,
    {
      title: 'The text expired before Twilio could send it',
      whatToDo: 'It waited in Twilio’s queue longer than it was allowed to. Send it again.',
    },
  ],
]);

const errorPage = (code: number): AdviceLink => ({
  href: `https://www.twilio.com/docs/api/errors/${code}`,
  text: `About error ${code} on Twilio’s site`,
});

/** Why a text was not sent or delivered, in words, with what to do and where to read more. */
export function adviceForMessageError(code: number | null): MessageErrorAdvice {
  if (code === null) {
    return {
      code,
      title: 'Twilio gave no reason',
      whatToDo: 'Check the number, then send the message again.',
      link: null,
    };
  }
  const known = adviceByCode.get(code);
  if (known) return { code, title: known.title, whatToDo: known.whatToDo, link: known.link ?? errorPage(code) };
  const realCode = Number.isSafeInteger(code) && code > 0;
  return {
    code,
    title: realCode ? `Twilio could not send this text (error ${code})` : 'Twilio could not send this text',
    whatToDo: realCode
      ? `Send it again. If it fails again, look up error ${code} on Twilio’s site, or contact Twilio Support with the message details.`
      : 'Send it again. If it fails again, contact Twilio Support with the message details.',
    link: realCode ? errorPage(code) : null,
  };
}
