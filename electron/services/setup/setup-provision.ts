import { createHash } from 'node:crypto';
import type { GreetingRecordings } from '../../../shared/models/greeting-recording';
import type { ProvisionTask, TwilioEdge } from '../../../shared/models/twilio-setup';
import type {
  ProvisionedResources,
  ProvisionInput,
  RoutingFunction,
  provisionPhoneLine,
  updateRoutingChoices,
} from '../../twilio/provision-phone-line';
import { readRoutingVariables, routingDifferences } from '../../twilio/routing-check';
import { choiceVariables, type GreetingAsset, type RoutingChoices } from '../../twilio/routing-deploy';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { AccountService } from '../account-service';
import { allowedCountriesOf } from './allowed-countries';
import type { SetupRecord } from './setup-record';
import type { SetupSecrets } from './setup-secrets';
import { twilioLineFields, type SipProxyOverride } from './twilio-line-fields';
import type { Words } from '../../../shared/text/words';

export interface ProvisionDeps {
  accounts: AccountService;
  sipProxyOverride: SipProxyOverride | null;
  loadFunctions: () => Promise<RoutingFunction[]>;
  /** The recorded greetings' files, for the routing's assets. */
  greetingAssets: (recordings: GreetingRecordings) => Promise<GreetingAsset[]>;
  generatePassword: () => string;
  provisionPhoneLine: typeof provisionPhoneLine;
  updateRoutingChoices: typeof updateRoutingChoices;
  remove: (
    api: TwilioConnection,
    resources: ProvisionedResources,
    number: { sid: string; phoneNumber: string } | null,
    options: { releaseNumber: boolean },
  ) => Promise<Words[]>;
  ringTimeoutSeconds: number;
}

interface ProvisionContext {
  api: TwilioConnection;
  number: { sid: string; phoneNumber: string };
  record: SetupRecord;
  secrets: SetupSecrets;
}

const withTask = (tasks: ProvisionTask[], task: ProvisionTask) => tasks.map((t) => (t.id === task.id ? task : t));

/** Keeps each task's progress and what exists on Twilio in the record as they change. */
function progressOf(record: SetupRecord, save: (change: Partial<SetupRecord>) => void) {
  let tasks = record.tasks;
  let resources: ProvisionedResources = record.resources;
  return {
    report(task: ProvisionTask, latest: ProvisionedResources = resources) {
      tasks = withTask(tasks, task);
      resources = latest;
      save({ tasks, resources });
    },
  };
}

/** The person's choices the routing on Twilio holds, as the record keeps them. */
export const routingChoicesOf = (record: SetupRecord): RoutingChoices => ({
  voicemailGreeting: record.voicemailGreeting,
  allowedCountries: allowedCountriesOf(record),
  callHandling: record.callHandling,
  team: record.team,
});

/** Tells apart the choices Twilio confirmed from those saved since, without keeping a second copy of them. */
export const choicesFingerprint = (choices: RoutingChoices): string =>
  createHash('sha256').update(JSON.stringify(choices)).digest('hex');

/** "Check with Twilio": the settings whose variable on the deployed routing is not what `choices` give. */
export async function routingChoicesDifferences(
  api: TwilioConnection,
  deployed: { serviceSid: string; environmentSid: string },
  choices: RoutingChoices,
): Promise<Words[]> {
  return api.step('check-routing', async () =>
    routingDifferences(choiceVariables(choices), await readRoutingVariables(api.serverless, deployed)),
  );
}

async function provisionInput(
  deps: ProvisionDeps,
  context: ProvisionContext,
  choices: RoutingChoices,
): Promise<ProvisionInput> {
  return {
    number: context.number,
    sipPassword: await context.secrets.sipPassword(deps.generatePassword),
    functions: await deps.loadFunctions(),
    ringTimeoutSeconds: deps.ringTimeoutSeconds,
    voicemailGreeting: choices.voicemailGreeting,
    allowedCountries: choices.allowedCountries,
    callHandling: choices.callHandling,
    team: choices.team,
    greetingAssets: await deps.greetingAssets(choices.callHandling.greetingRecordings),
  };
}

/**
 * Runs the Twilio tasks (each finds what an earlier run made), then saves the phone line in Dialtone
 * with the same SIP password Twilio has, which makes the line register. Returns the account id.
 */
export async function runProvision(
  deps: ProvisionDeps,
  context: ProvisionContext & { edge: TwilioEdge },
  save: (change: Partial<SetupRecord>) => void,
): Promise<string> {
  const { api, number, edge, record } = context;
  const progress = progressOf(record, save);
  const input = await provisionInput(deps, context, routingChoicesOf(record));
  const { sipDomainName } = await deps.provisionPhoneLine(api, input, record.resources, progress.report);

  progress.report({ id: 'phone-line', status: 'running', detail: null });
  const fields = twilioLineFields({
    phoneNumber: number.phoneNumber,
    sipDomainName,
    edge,
    proxyOverride: deps.sipProxyOverride,
  });
  const existing = record.accountId;
  const stillThere = existing !== null && (await deps.accounts.list()).some((account) => account.id === existing);
  const saved = await deps.accounts.save({
    ...(stillThere ? { id: existing } : {}),
    fields,
    password: input.sipPassword,
  });
  progress.report({ id: 'phone-line', status: 'done', detail: fields.sipAddress });
  return saved.id;
}

/**
 * Gives the routing on Twilio the greeting and countries of `choices`: only variables when the deployed
 * routing is current, the Twilio tasks again when it is not. The phone line in Dialtone stays as it is.
 */
export async function changeRoutingChoices(
  deps: ProvisionDeps,
  context: ProvisionContext,
  choices: RoutingChoices,
  save: (change: Partial<SetupRecord>) => void,
): Promise<void> {
  const progress = progressOf(context.record, save);
  const input = await provisionInput(deps, context, choices);
  const resources = await deps.updateRoutingChoices(context.api, input, context.record.resources, progress.report);
  save({ resources });
}
