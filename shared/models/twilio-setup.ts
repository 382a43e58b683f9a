import { z } from 'zod';
import { wordsSchema } from '../result';
import { setupWords } from '../text/setup-words';
import { callHandlingSchema } from './call-handling';
import { e164Schema } from './e164';
import { spokenTextSchema } from './spoken-text';
import { countryCodeSchema } from './settings';
import { twilioAdviceKeys } from './twilio-advice';
import { teamSchema } from './team';
import {
  addressRequirements,
  allowedCountriesLimit,
  numberTypes,
  provisionTaskIds,
  provisionTaskStatuses,
  setupSteps,
  twilioEdges,
  twilioVariableByteLimit,
} from './twilio-setup-names';

export * from './twilio-setup-names';

export const accountSidSchema = z
  .string()
  .trim()
  .regex(/^AC[0-9a-fA-F]{32}$/, setupWords.checkAccountSid);
const apiKeySidSchema = z
  .string()
  .trim()
  .regex(/^SK[0-9a-fA-F]{32}$/, setupWords.checkApiKeySid);
const secretSchema = (problem: string) =>
  z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{16,64}$/, problem);

/** Write-only: what the person pastes. Main keeps it in the SecretStore and never sends it back. */
export const twilioCredentialsInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('auth-token'),
    accountSid: accountSidSchema,
    authToken: secretSchema(setupWords.checkAuthToken),
  }),
  z.strictObject({
    kind: z.literal('api-key'),
    accountSid: accountSidSchema,
    apiKeySid: apiKeySidSchema,
    apiKeySecret: secretSchema(setupWords.checkApiKeySecret),
  }),
]);
export type TwilioCredentialsInput = z.infer<typeof twilioCredentialsInputSchema>;

export const twilioAccountInfoSchema = z.strictObject({
  sid: z.string().max(34),
  friendlyName: z.string().max(200),
  /** null when Twilio will not say: a Standard API key may not read the Account resource. */
  isTrial: z.boolean().nullable(),
  /** e.g. "20.00"; null when Twilio did not say. */
  balance: z.string().max(32).nullable(),
  currency: z.string().max(8).nullable(),
  /** How Dialtone signs in: with the account's Auth Token, or with an API key (the token then forgotten). */
  credential: z.enum(['auth-token', 'api-key']),
});
export type TwilioAccountInfo = z.infer<typeof twilioAccountInfoSchema>;

const capabilitiesSchema = z.strictObject({ voice: z.boolean(), sms: z.boolean(), mms: z.boolean() });

export const numberSearchSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, setupWords.checkCountry),
  type: z.enum(numberTypes),
  areaCode: z
    .string()
    .regex(/^\d{3}$/, setupWords.checkAreaCode)
    .optional(),
  /** Digits (or letters) the number should contain; * matches one character (Twilio's Contains). */
  contains: z
    .string()
    .regex(/^[0-9A-Za-z*]{2,16}$/, setupWords.checkContains)
    .optional(),
  voice: z.boolean(),
  sms: z.boolean(),
});
export type NumberSearch = z.infer<typeof numberSearchSchema>;

export const availableNumberSchema = z.strictObject({
  phoneNumber: e164Schema,
  friendlyName: z.string().max(64),
  locality: z.string().max(100).nullable(),
  region: z.string().max(100).nullable(),
  isoCountry: z.string().max(2),
  addressRequirements: z.enum(addressRequirements),
  capabilities: capabilitiesSchema,
  /** Monthly price in priceUnit, e.g. "1.15" USD; null when Twilio's pricing did not list this type. */
  monthlyPrice: z.string().max(16).nullable(),
  priceUnit: z.string().max(8).nullable(),
});
export type AvailableNumber = z.infer<typeof availableNumberSchema>;

export const phoneNumberSidSchema = z.string().regex(/^PN[0-9a-fA-F]{32}$/, 'Expected a phone number SID');

export const ownedNumberSchema = z.strictObject({
  sid: phoneNumberSidSchema,
  phoneNumber: e164Schema,
  friendlyName: z.string().max(64),
  capabilities: capabilitiesSchema,
  /** Where calls to it go now (null: nowhere); adopting the number changes this. */
  voiceUrl: z.string().max(1000).nullable(),
});
export type OwnedNumber = z.infer<typeof ownedNumberSchema>;

export const numberChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('adopt'), sid: phoneNumberSidSchema }),
  /** Buying costs money: the screen must have asked, and says so by confirmPurchase. */
  z.strictObject({ kind: z.literal('buy'), phoneNumber: e164Schema, confirmPurchase: z.literal(true) }),
]);
export type NumberChoice = z.infer<typeof numberChoiceSchema>;

export const provisionTaskSchema = z.strictObject({
  id: z.enum(provisionTaskIds),
  status: z.enum(provisionTaskStatuses),
  /** What was found or made, e.g. the SIP domain's name; null while pending. */
  detail: z.string().max(300).nullable(),
  /** The detail in Dialtone's words, which the renderer translates; absent when it is a name or Twilio's words. */
  detailWords: wordsSchema.optional(),
});
export type ProvisionTask = z.infer<typeof provisionTaskSchema>;

/** A Twilio (or network) failure in words: Twilio's code and message, and what the person can do. */
export const twilioProblemSchema = z.strictObject({
  code: z.number().int().nullable(),
  message: z.string().max(1000),
  whatToDo: z.string().max(1000),
  moreInfo: z.string().max(300).nullable(),
  /** Which of Dialtone's known advice whatToDo is, so the renderer shows it translated; absent in older data. */
  adviceKey: z.enum(twilioAdviceKeys).nullish(),
  /** Dialtone's own words for message and whatToDo, which the renderer translates; absent when they are Twilio's. */
  messageWords: wordsSchema.nullish(),
  whatToDoWords: wordsSchema.nullish(),
});
export type TwilioProblem = z.infer<typeof twilioProblemSchema>;

/** The countries the phone line may call (ISO codes): each once, at most allowedCountriesLimit of them. */
export const allowedCountriesSchema = z
  .array(countryCodeSchema)
  .max(allowedCountriesLimit, `Choose at most ${allowedCountriesLimit} countries`)
  .refine((codes) => new Set(codes).size === codes.length, 'Each country may be listed once');

export const setupNumberSchema = z.strictObject({
  sid: phoneNumberSidSchema,
  phoneNumber: e164Schema,
  /** Bought by Dialtone (removal then offers to release it), or adopted (never released). */
  purchased: z.boolean(),
});

/**
 * The words a caller hears before the beep: spoken by Twilio's Say, so plain text. The routing keeps it in a
 * Twilio variable, hence the byte limit.
 */
export const voicemailGreetingSchema = spokenTextSchema.refine(
  (text) => text.length > 0,
  setupWords.checkGreetingEmpty,
);

/** A moment main recorded, as ISO 8601 text. */
const momentSchema = z.string().max(40);

/**
 * Whether Twilio has the routing choices saved in Dialtone: `none` before the routing exists (or before
 * Dialtone kept track), `sending` while a change is on its way, `live` once Twilio confirmed all of it,
 * `not-live` when Twilio refused it or Dialtone closed before Twilio answered (Try again sends it).
 */
export const routingSyncSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('none') }),
  z.strictObject({ status: z.literal('sending'), since: momentSchema }),
  z.strictObject({ status: z.literal('live'), at: momentSchema }),
  z.strictObject({ status: z.literal('not-live'), at: momentSchema, problem: twilioProblemSchema }),
]);
export type RoutingSync = z.infer<typeof routingSyncSchema>;

/** "Check with Twilio": the settings whose value at Twilio is not the one saved in Dialtone, by their names. */
export const routingCheckSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('checking') }),
  z.strictObject({ status: z.literal('done'), at: momentSchema, differences: z.array(wordsSchema).max(50) }),
  z.strictObject({ status: z.literal('failed'), at: momentSchema, problem: twilioProblemSchema }),
]);
export type RoutingCheck = z.infer<typeof routingCheckSchema>;

/** The wizard as main keeps it (across restarts); never a secret in it. */
export const setupStateSchema = z.strictObject({
  step: z.enum(setupSteps),
  /** The person chose not to set up now; the first-run wizard stays closed. */
  dismissed: z.boolean(),
  account: twilioAccountInfoSchema.nullable(),
  suggestedEdge: z.enum(twilioEdges),
  edge: z.enum(twilioEdges).nullable(),
  number: setupNumberSchema.nullable(),
  /** Countries the line may call: the number's own until the person chooses (empty before a number). */
  allowedCountries: allowedCountriesSchema,
  /** What callers hear before leaving a message (Settings changes it, and the routing on Twilio with it). */
  voicemailGreeting: z.string().max(twilioVariableByteLimit),
  /** Do not disturb, blocked callers, forwarding and hours, decided at Twilio. */
  callHandling: callHandlingSchema,
  /** The people sharing the line's SIP domain besides the person who set it up. */
  team: teamSchema,
  /** Whether Twilio has the greeting, countries and call handling saved here. */
  routingSync: routingSyncSchema,
  /** The last "Check with Twilio", while this run of Dialtone lasts; null before one. */
  routingCheck: routingCheckSchema.nullable(),
  tasks: z.array(provisionTaskSchema).max(provisionTaskIds.length),
  /** The Dialtone phone line the setup saved (finish step). */
  accountId: z.string().max(64).nullable(),
  /** An operation is running (the screens disable their buttons). */
  busy: z.boolean(),
  problem: twilioProblemSchema.nullable(),
  /**
   * Counts main's changes since it started: a state with a lower revision than one already shown is older
   * (an answer overtaken by setup:changed), and the renderer keeps the newer one.
   */
  revision: z.number().int().nonnegative(),
});
export type SetupState = z.infer<typeof setupStateSchema>;

export const removalReportSchema = z.strictObject({
  /** Each thing deleted from the Twilio account, in words. */
  removed: z.array(wordsSchema).max(50),
  /** What Dialtone could not remove itself, with where to do it. */
  leftInPlace: z.array(wordsSchema).max(10),
  problem: twilioProblemSchema.nullable(),
});
export type RemovalReport = z.infer<typeof removalReportSchema>;
