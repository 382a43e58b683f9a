/*
 * The setup wizard's names, without zod: the renderer's main bundle uses these lists, the schemas in
 * twilio-setup.ts are built from them.
 */

/** Twilio's public edge locations a SIP phone can register through (TWILIO-FACTS §3). */
export const twilioEdges = [
  'ashburn',
  'umatilla',
  'dublin',
  'frankfurt',
  'singapore',
  'tokyo',
  'sydney',
  'sao-paulo',
] as const;
export type TwilioEdge = (typeof twilioEdges)[number];

export const twilioEdgeLabels: Readonly<Record<TwilioEdge, string>> = {
  ashburn: 'Ashburn (US East)',
  umatilla: 'Umatilla (US West)',
  dublin: 'Dublin (Ireland)',
  frankfurt: 'Frankfurt (Germany)',
  singapore: 'Singapore',
  tokyo: 'Tokyo (Japan)',
  sydney: 'Sydney (Australia)',
  'sao-paulo': 'São Paulo (Brazil)',
};

/** The wizard's screens, in order. "manual" setups (another SIP server) never reach main: they save an account. */
export const setupSteps = ['welcome', 'credentials', 'edge', 'number', 'provision', 'finish'] as const;
export type SetupStep = (typeof setupSteps)[number];

export const numberTypes = ['local', 'mobile', 'toll-free'] as const;
export type NumberType = (typeof numberTypes)[number];
export const addressRequirements = ['none', 'any', 'local', 'foreign'] as const;

/** What the provision step does, in order; each finds what an earlier run made before creating anything. */
export const provisionTaskIds = [
  'sip-domain',
  'credential-list',
  'credential',
  'auth-mappings',
  'routing',
  'number-routing',
  'phone-line',
] as const;
export type ProvisionTaskId = (typeof provisionTaskIds)[number];
export const provisionTaskStatuses = ['pending', 'running', 'done', 'failed'] as const;

/** What callers hear before the beep until the person writes their own greeting. */
export const defaultVoicemailGreeting =
  'The person you are calling is not available. Please leave a message after the tone.';

/** Twilio keeps each variable of a Functions environment in at most this many bytes (UTF-8). */
export const twilioVariableByteLimit = 450;

/** At most this many countries may be called: their list must fit in one Twilio variable (450 bytes). */
export const allowedCountriesLimit = 100;

/** Where a person sets which countries their Twilio account may call at all (Voice Geographic Permissions). */
export const voiceGeoPermissionsUrl = 'https://www.twilio.com/console/voice/calls/geo-permissions';
