import { a2p10dlcRegistrationUrl } from './a2p-registration';
import type { MessageAdviceKey } from './message-advice-english';

/*
 * Twilio's error codes on a message that could not be sent or delivered, in plain words with what to
 * do: keys of messageAdviceEnglish, which the renderer shows in the person's language.
 */

/** Where to read more or act, and what the link says. */
export interface AdviceLink {
  href: string;
  text: MessageAdviceKey;
}

export interface MessageErrorAdvice {
  /** Twilio's code; null when the message came back without one. */
  code: number | null;
  title: MessageAdviceKey;
  whatToDo: MessageAdviceKey;
  link: AdviceLink | null;
  /** What fills the texts' {code}: the code as it is written, never grouped like a number. */
  values: { code: string };
}

/** The codes Dialtone explains; each has a title{code} and a do{code} text. */
const knownCodes = [
  20003, 21211, 21408, 21606, 21608, 21610, 21612, 21614, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30032,
  30034, 30035, 30036,
] as const;
type KnownCode = (typeof knownCodes)[number];

const isKnown = (code: number): code is KnownCode => (knownCodes as readonly number[]).includes(code);

/** The A2P 10DLC codes link Twilio's registration guide instead of the error's page. */
const a2p10dlcCodes: ReadonlySet<number> = new Set([30034, 30035]);

const errorPage = (code: number): AdviceLink => ({
  href: `https://www.twilio.com/docs/api/errors/${code}`,
  text: 'linkErrorPage',
});

/** Why a text was not sent or delivered, in words, with what to do and where to read more. */
export function adviceForMessageError(code: number | null): MessageErrorAdvice {
  if (code === null) {
    return { code, title: 'noReasonTitle', whatToDo: 'noReasonDo', link: null, values: { code: '' } };
  }
  const values = { code: String(code) };
  if (isKnown(code)) {
    const link = a2p10dlcCodes.has(code)
      ? { href: a2p10dlcRegistrationUrl, text: 'linkA2p10dlc' as const }
      : errorPage(code);
    return { code, title: `title${code}`, whatToDo: `do${code}`, link, values };
  }
  const realCode = Number.isSafeInteger(code) && code > 0;
  return realCode
    ? { code, title: 'unknownTitle', whatToDo: 'unknownDo', link: errorPage(code), values }
    : { code, title: 'oddTitle', whatToDo: 'oddDo', link: null, values };
}
