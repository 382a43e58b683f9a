import { z } from 'zod';
import { words, type WordsId, type WordsValues } from '../../shared/text/words';
import { problemInWords, TwilioProblemError } from './twilio-problem';

/*
 * Twilio's answers, checked before the setup builds on them. Twilio's OpenAPI description makes every
 * field nullable, and twilio-node passes whatever came: a null or odd value must stop the setup with
 * words, not turn into "https://null/inbound" or a crash after something was made.
 */

export const sidOf = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`));
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
/** A yes/no Twilio did not state counts as no: the setup then sets it. */
export const flag = z
  .boolean()
  .nullish()
  .transform((value) => value === true);
export const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

export const e164Answer = z.string().regex(/^\+[1-9]\d{6,14}$/);
export const capabilitiesAnswer = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((value) => value ?? {});

export const incomingNumberAnswer = z.object({
  sid: sidOf('PN'),
  phoneNumber: e164Answer,
  friendlyName: optionalText,
  capabilities: capabilitiesAnswer,
  voiceUrl: optionalText,
  voiceMethod: optionalText,
  smsUrl: optionalText,
  smsMethod: optionalText,
});
export type IncomingNumberAnswer = z.output<typeof incomingNumberAnswer>;

/** A number's webhooks, which removal restores: kept whole, so never clipped. */
const webhook = z
  .string()
  .max(4000)
  .nullish()
  .transform((value) => (value ? value : null));
/** Where a person finds a number's routing in the Twilio Console, for a refused answer about it. */
export const numberRoutingAbout: AnswerAbout = {
  what: 'where calls to the number go now',
  where: 'Phone Numbers > Manage > Active numbers',
};
export const numberRoutingAnswer = z.object({
  voiceUrl: webhook,
  voiceMethod: optionalText,
  smsUrl: webhook,
  smsMethod: optionalText,
});

export const sipDomainAnswer = z.object({
  sid: sidOf('SD'),
  domainName: z
    .string()
    .max(253)
    .regex(new RegExp(`^${hostLabel}(?:\\.${hostLabel})*\\.sip\\.twilio\\.com$`, 'i')),
  friendlyName: optionalText,
  voiceUrl: optionalText,
  voiceMethod: optionalText,
  secure: flag,
  sipRegistration: flag,
});

export const credentialListAnswer = z.object({ sid: sidOf('CL'), friendlyName: optionalText });
export const credentialAnswer = z.object({ sid: sidOf('CR'), username: optionalText });
export const serviceAnswer = z.object({
  sid: sidOf('ZS'),
  unique_name: optionalText,
  /** Null when Twilio did not say: Dialtone then sets it. */
  include_credentials: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
});
/** The build an environment runs; null before its first deployment. */
export const environmentBuildAnswer = z.object({
  build_sid: sidOf('ZB')
    .nullish()
    .transform((value) => value ?? null),
});
export const accountAnswer = z.object({ sid: sidOf('AC'), friendlyName: optionalText, type: optionalText });
/** The secret becomes a Basic auth password: printable, without spaces, of a plausible length. */
export const apiKeyAnswer = z.object({ sid: sidOf('SK'), secret: z.string().regex(/^[\x21-\x7e]{16,128}$/) });
/** What serverless-api's deployProject returns: the environment's sid and host name (its domain_name). */
export const deployAnswer = z.object({
  environmentSid: sidOf('ZE'),
  domain: z
    .string()
    .max(253)
    .regex(new RegExp(`^${hostLabel}(?:\\.${hostLabel})+$`, 'i')),
});

/** The sentence that says an answer lacked something, by what the answer was about. */
const lackedWords = {
  'where calls to the number go now': 'setup.answerAboutNumberRouting',
  'the number it just sold': 'setup.answerAboutSoldNumber',
  'Dialtone’s SIP domain': 'setup.answerAboutSipDomain',
  'Dialtone’s SIP credentials': 'setup.answerAboutSipCredentials',
  'Dialtone’s call routing': 'setup.answerAboutRouting',
  'the variables of Dialtone’s call routing': 'setup.answerAboutRoutingVariables',
  'your account': 'setup.answerAboutAccount',
  'the API key it just made': 'setup.answerAboutApiKey',
  'the PBX’s SIP credentials': 'setup.answerAboutPbxCredentials',
  'the PBX’s SIP trunk': 'setup.answerAboutPbxTrunk',
  'the addresses the PBX may call from': 'setup.answerAboutPbxAddresses',
  'the recording it started': 'setup.answerAboutRecording',
  'a message': 'setup.answerAboutMessage',
} as const satisfies Record<string, WordsId>;

/**
 * What the answer was about (for a sold number, `phoneNumber` says which), and where in the Twilio Console a
 * person can look at it (a Console path, in English in every language).
 */
export interface AnswerAbout {
  what: keyof typeof lackedWords;
  where: string;
  phoneNumber?: string;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Twilio's names (phone_number) of the fields that were wrong: never their values, which may be anything. */
function fieldsOf(error: z.ZodError): string {
  const names = error.issues.map((issue) => issue.path.map((part) => snakeCase(String(part))).join('.') || 'answer');
  return [...new Set(names)].slice(0, 3).join(', ');
}

export function unusableAnswer(about: AnswerAbout, fields: string): TwilioProblemError {
  const values: WordsValues = about.phoneNumber === undefined ? { fields } : { fields, phoneNumber: about.phoneNumber };
  // A key Dialtone just made exists on the account even though its answer was unusable: the person deletes it.
  const advice = about.what === 'the API key it just made' ? 'setup.answerLackedKeyAdvice' : 'setup.answerLackedAdvice';
  return new TwilioProblemError(
    problemInWords(words(lackedWords[about.what], values), words(advice, { where: about.where })),
  );
}

/** The answer as the schema reads it, or a TwilioProblemError that says which fields were unusable. */
export function checkAnswer<S extends z.ZodType>(schema: S, answer: unknown, about: AnswerAbout): z.output<S> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  throw unusableAnswer(about, fieldsOf(parsed.error));
}

/** The answers of a list that match the schema; the others are not Dialtone's business. */
export function usableAnswers<S extends z.ZodType>(schema: S, answers: readonly unknown[]): z.output<S>[] {
  return answers.flatMap((answer) => {
    const parsed = schema.safeParse(answer);
    return parsed.success ? [parsed.data] : [];
  });
}
