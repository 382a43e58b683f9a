import { z } from 'zod';
import type { ServerlessClient } from './serverless-client';
import { checkAnswer, usableAnswers } from './twilio-answers';

/**
 * The setting each routing variable holds, by the name the person knows it under (the cards of Settings, Call
 * handling, and the fields of Settings). A variable not listed here is named by its group.
 */
const settingNames: Record<string, string> = {
  VOICEMAIL_GREETING: 'Voicemail greeting',
  DIALTONE_ALLOWED_COUNTRIES: 'Calls to other countries',
  DIALTONE_DO_NOT_DISTURB: 'Do not disturb',
  DIALTONE_DND_SCHEDULE: 'Do not disturb',
  DIALTONE_DND_SENDS_TO: 'Do not disturb',
  DIALTONE_FORWARD_MODE: 'Forwarding',
  DIALTONE_FORWARD_TO: 'Forwarding',
  DIALTONE_BUSINESS_HOURS: 'Business hours',
  DIALTONE_AFTER_HOURS_SENDS_TO: 'Business hours',
  DIALTONE_TIME_ZONE: 'Time zone',
  DIALTONE_BLOCKED_REJECT: 'Blocked callers',
  DIALTONE_UNVERIFIED: 'Unverified callers',
  DIALTONE_GREETING_AFTER_HOURS: 'Greetings',
  DIALTONE_GREETING_BUSY: 'Greetings',
  DIALTONE_VOICE: 'Greetings',
  DIALTONE_LANGUAGE: 'Greetings',
  DIALTONE_MENU: 'Phone menu',
  DIALTONE_MENU_PROMPT: 'Phone menu',
  DIALTONE_RECORDING: 'Recording',
  DIALTONE_RECORDING_NOTICE: 'Recording',
  DIALTONE_RECORDED_VOICEMAIL: 'Voicemail greeting',
  DIALTONE_RECORDED_AFTER_HOURS: 'Greetings',
  DIALTONE_RECORDED_BUSY: 'Greetings',
  DIALTONE_RECORDED_MENU: 'Phone menu',
  DIALTONE_AUTO_REPLY: 'Auto-reply',
};

/** The name of a variable Dialtone sets but this file does not list yet. */
export const otherSettingsName = 'Call handling';

export function settingNameOf(key: string): string {
  if (/^DIALTONE_BLOCKED_\d+$/.test(key)) return 'Blocked callers';
  if (/^DIALTONE_(TEAM|RING_GROUP)_\d+$/.test(key) || key === 'DIALTONE_DEFAULT_CALLER_ID') return 'Team';
  return settingNames[key] ?? otherSettingsName;
}

/** The settings whose variable at Twilio is missing or holds something else than Dialtone's saved choices give. */
export function routingDifferences(expected: Record<string, string>, atTwilio: ReadonlyMap<string, string>): string[] {
  const differing = Object.entries(expected)
    .filter(([key, value]) => atTwilio.get(key) !== value)
    .map(([key]) => settingNameOf(key));
  return [...new Set(differing)];
}

const variablesPageSize = 100;
const variableListAnswer = z.object({
  variables: z
    .array(z.unknown())
    .nullish()
    .transform((list) => list ?? []),
});
const variableAnswer = z.object({
  key: z.string(),
  value: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
});
const about = { what: 'the variables of Dialtone’s call routing', where: 'Functions and Assets > Services' };

/**
 * The variables of the deployed environment as Twilio has them, in one request: the routing holds fewer
 * than a page of them (twilio.com/docs/serverless/api/resource/variable, PageSize up to 100 assumed ample).
 */
export async function readRoutingVariables(
  serverless: ServerlessClient,
  deployed: { serviceSid: string; environmentSid: string },
): Promise<Map<string, string>> {
  const response = await serverless.sapi.request(
    'get',
    `Services/${deployed.serviceSid}/Environments/${deployed.environmentSid}/Variables`,
    { responseType: 'json', searchParams: { PageSize: variablesPageSize } },
  );
  const { variables } = checkAnswer(variableListAnswer, response.body, about);
  return new Map(usableAnswers(variableAnswer, variables).map((variable) => [variable.key, variable.value]));
}
