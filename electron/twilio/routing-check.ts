import { z } from 'zod';
import type { ServerlessClient } from './serverless-client';
import type { setupWords } from '../../shared/text/setup-words';
import { words, type Words } from '../../shared/text/words';
import { checkAnswer, usableAnswers, type AnswerAbout } from './twilio-answers';

/** A setting's name, as a key of the setup's words. */
type SettingName = keyof typeof setupWords & `setting${string}`;

/**
 * The setting each routing variable holds, by the name the person knows it under (the cards of Settings, Call
 * handling, and the fields of Settings). A variable not listed here is named by its group.
 */
const settingNames: Record<string, SettingName> = {
  VOICEMAIL_GREETING: 'settingVoicemailGreeting',
  DIALTONE_ALLOWED_COUNTRIES: 'settingCountries',
  DIALTONE_DO_NOT_DISTURB: 'settingDoNotDisturb',
  DIALTONE_DND_SCHEDULE: 'settingDoNotDisturb',
  DIALTONE_DND_SENDS_TO: 'settingDoNotDisturb',
  DIALTONE_FORWARD_MODE: 'settingForwarding',
  DIALTONE_FORWARD_TO: 'settingForwarding',
  DIALTONE_BUSINESS_HOURS: 'settingBusinessHours',
  DIALTONE_AFTER_HOURS_SENDS_TO: 'settingBusinessHours',
  DIALTONE_TIME_ZONE: 'settingTimeZone',
  DIALTONE_BLOCKED_REJECT: 'settingBlocked',
  DIALTONE_UNVERIFIED: 'settingUnverified',
  DIALTONE_GREETING_AFTER_HOURS: 'settingGreetings',
  DIALTONE_GREETING_BUSY: 'settingGreetings',
  DIALTONE_VOICE: 'settingGreetings',
  DIALTONE_LANGUAGE: 'settingGreetings',
  DIALTONE_MENU: 'settingPhoneMenu',
  DIALTONE_MENU_PROMPT: 'settingPhoneMenu',
  DIALTONE_RECORDING: 'settingRecording',
  DIALTONE_RECORDING_NOTICE: 'settingRecording',
  DIALTONE_RECORDED_VOICEMAIL: 'settingVoicemailGreeting',
  DIALTONE_RECORDED_AFTER_HOURS: 'settingGreetings',
  DIALTONE_RECORDED_BUSY: 'settingGreetings',
  DIALTONE_RECORDED_MENU: 'settingPhoneMenu',
  DIALTONE_AUTO_REPLY: 'settingAutoReply',
};

/** The name of a variable Dialtone sets but this file does not list yet. */
export const otherSettingsName: SettingName = 'settingCallHandling';

export function settingNameOf(key: string): SettingName {
  if (/^DIALTONE_BLOCKED_\d+$/.test(key)) return 'settingBlocked';
  if (/^DIALTONE_(TEAM|RING_GROUP)_\d+$/.test(key) || key === 'DIALTONE_DEFAULT_CALLER_ID') return 'settingTeam';
  return settingNames[key] ?? otherSettingsName;
}

/** The settings whose variable at Twilio is missing or holds something else than Dialtone's saved choices give. */
export function routingDifferences(expected: Record<string, string>, atTwilio: ReadonlyMap<string, string>): Words[] {
  const differing = Object.entries(expected)
    .filter(([key, value]) => atTwilio.get(key) !== value)
    .map(([key]) => settingNameOf(key));
  return [...new Set(differing)].map((name) => words(`setup.${name}`));
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
const about: AnswerAbout = {
  what: 'the variables of Dialtone’s call routing',
  where: 'Functions and Assets > Services',
};

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
