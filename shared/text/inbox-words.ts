import { dialProblemEnglish, type DialProblemWords } from '../phone/dial-problem-text';
import { twilioAdviceEnglish, type TwilioAdviceKey } from '../models/twilio-advice';

/** Dialtone's own words about a failed connection: whole sentences, not Twilio's words. */
export const connectionAdviceKeys = ['connectionUnreachable', 'connectionTimeout', 'connectionInsecure'] as const;
type ConnectionAdviceKey = (typeof connectionAdviceKeys)[number];
/** Advice that follows what Twilio answered. */
export type AnswerAdviceKey = Exclude<TwilioAdviceKey, ConnectionAdviceKey>;

type Prefixed<P extends string, K extends string> = { readonly [Key in K as `${P}${Capitalize<Key>}`]: string };

function prefixed<P extends string, K extends string>(
  prefix: P,
  table: Readonly<Record<K, string>>,
  lead = '',
): Prefixed<P, K> {
  const entries = Object.entries<string>(table).map(([key, text]) => [
    `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}`,
    `${lead}${text}`,
  ]);
  return Object.fromEntries(entries) as Prefixed<P, K>;
}

const isConnectionKey = (key: string) => (connectionAdviceKeys as readonly string[]).includes(key);

/**
 * A failed Twilio request in one sentence: what Twilio said ({problem}, its own words), its code, then
 * Dialtone's advice (twilioAdvice). Main's English and each translation are built alike from their advice.
 */
export function twilioFailureSentences(
  advice: Readonly<Record<TwilioAdviceKey, string>>,
  lead: { coded: string; uncoded: string },
): Prefixed<'twilioCoded', AnswerAdviceKey> & Prefixed<'twilio', AnswerAdviceKey> {
  const answerAdvice = Object.fromEntries(Object.entries(advice).filter(([key]) => !isConnectionKey(key))) as Record<
    AnswerAdviceKey,
    string
  >;
  return { ...prefixed('twilioCoded', answerAdvice, lead.coded), ...prefixed('twilio', answerAdvice, lead.uncoded) };
}

/** Why a typed recipient cannot get a text: the dialler's words (dialProblem), under keys of their own. */
export const recipientSentences = (dialProblems: Readonly<Record<DialProblemWords, string>>) =>
  prefixed('recipient', dialProblems);

/** What main says about voicemail, text messages and their pictures. */
export const inboxWords = {
  noLineForMessages: 'Text messages need a phone line set up with Twilio. Run the Twilio setup from Settings.',
  notToSipAddress: 'Text messages go to phone numbers. Type a phone number, not a SIP address.',
  sentNotSaved: 'The message was sent but could not be saved here.',
  pictureGone: 'This picture is no longer here.',
  picturesOnly: 'Dialtone shows pictures only. Open this message on your phone to see the attachment.',
  pictureGoneOnTwilio: 'Twilio no longer has this picture. Ask the sender to send it again.',
  noLineToPlay:
    'Dialtone has no Twilio phone line to play this voicemail. Run the Twilio setup from Settings, Phone line, then try again.',
  noLineToDelete:
    'Dialtone has no Twilio phone line to delete this voicemail on Twilio. Run the Twilio setup from Settings, Phone line, then try again.',
  voicemailGone: 'This voicemail is no longer here. It may have been deleted on another device.',
  recordingGone:
    'The recording of this voicemail is not saved on this computer and Twilio no longer has it. Its transcription is all that is left.',
  fileAddressUnfollowed:
    'Twilio sent the file’s address in a form Dialtone does not follow. Try again later. If it keeps happening, look at this file in the Twilio Console (Monitor > Logs).',
  fileKind:
    'Twilio sent a kind of file Dialtone does not keep ({type}). Dialtone keeps MP3 or WAV audio and JPEG, PNG, GIF or WebP pictures of up to 20 MB. Look at this one in the Twilio Console.',
  fileWithoutType:
    'Twilio sent a kind of file Dialtone does not keep (no type). Dialtone keeps MP3 or WAV audio and JPEG, PNG, GIF or WebP pictures of up to 20 MB. Look at this one in the Twilio Console.',
  fileTooLarge:
    'Twilio sent a file larger than {megabytes} MB. Dialtone keeps MP3 or WAV audio and JPEG, PNG, GIF or WebP pictures of up to 20 MB. Look at this one in the Twilio Console.',
  fileRedirects:
    'Twilio redirected the file more than {count} times. Try again later. If it keeps happening, look at this file in the Twilio Console (Monitor > Logs).',
  sentUnreadable:
    'Twilio accepted the message but described it in a way Dialtone cannot read. Do not send it again: if Twilio sent it, it appears in the conversation at the next sync. Check Monitor > Logs > Messaging in the Twilio Console.',
  unreachable: `Dialtone could not reach Twilio. ${twilioAdviceEnglish.connectionUnreachable}`,
  timeout: `Twilio did not answer in time. ${twilioAdviceEnglish.connectionTimeout}`,
  insecure: `Dialtone could not make a secure connection to Twilio. ${twilioAdviceEnglish.connectionInsecure}`,
  twilioSaidCoded: 'Twilio said: {problem} (Twilio error {code}). See {moreInfo}.',
  twilioSaidSee: 'Twilio said: {problem}. See {moreInfo}.',
  twilioSaid: 'Twilio said: {problem}. Check the Twilio Console, then try again.',
  ...twilioFailureSentences(twilioAdviceEnglish, {
    coded: '{problem} (Twilio error {code}). ',
    uncoded: '{problem}. ',
  }),
  ...recipientSentences(dialProblemEnglish),
} as const;
