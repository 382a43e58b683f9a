import type { ProvisionTask, TwilioEdge } from '../../../shared/models/twilio-setup';
import type { ProvisionedResources, RoutingFunction, provisionPhoneLine } from '../../twilio/provision-phone-line';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { AccountService } from '../account-service';
import type { SetupRecord } from './setup-record';
import type { SetupSecrets } from './setup-secrets';
import { twilioLineFields, type SipProxyOverride } from './twilio-line-fields';

export interface ProvisionDeps {
  accounts: AccountService;
  sipProxyOverride: SipProxyOverride | null;
  loadFunctions: () => Promise<RoutingFunction[]>;
  generatePassword: () => string;
  provisionPhoneLine: typeof provisionPhoneLine;
  remove: (
    api: TwilioConnection,
    resources: ProvisionedResources,
    number: { sid: string; phoneNumber: string } | null,
    options: { releaseNumber: boolean },
  ) => Promise<string[]>;
  ringTimeoutSeconds: number;
  voicemailGreeting: string;
}

interface ProvisionContext {
  api: TwilioConnection;
  number: { sid: string; phoneNumber: string };
  edge: TwilioEdge;
  record: SetupRecord;
  secrets: SetupSecrets;
}

const withTask = (tasks: ProvisionTask[], task: ProvisionTask) => tasks.map((t) => (t.id === task.id ? task : t));

/**
 * Runs the Twilio tasks (each finds what an earlier run made), then saves the phone line in Dialtone
 * with the same SIP password Twilio has, which makes the line register. Returns the account id.
 */
export async function runProvision(
  deps: ProvisionDeps,
  context: ProvisionContext,
  save: (change: Partial<SetupRecord>) => void,
): Promise<string> {
  const { api, number, edge, secrets } = context;
  let tasks = context.record.tasks;
  let resources: ProvisionedResources = context.record.resources;
  const report = (task: ProvisionTask, latest: ProvisionedResources = resources) => {
    tasks = withTask(tasks, task);
    resources = latest;
    save({ tasks, resources });
  };

  const sipPassword = await secrets.sipPassword(deps.generatePassword);
  const { sipDomainName } = await deps.provisionPhoneLine(
    api,
    {
      number,
      sipPassword,
      functions: await deps.loadFunctions(),
      ringTimeoutSeconds: deps.ringTimeoutSeconds,
      voicemailGreeting: deps.voicemailGreeting,
    },
    resources,
    report,
  );

  report({ id: 'phone-line', status: 'running', detail: null });
  const fields = twilioLineFields({
    phoneNumber: number.phoneNumber,
    sipDomainName,
    edge,
    proxyOverride: deps.sipProxyOverride,
  });
  const existing = context.record.accountId;
  const stillThere = existing !== null && (await deps.accounts.list()).some((account) => account.id === existing);
  const saved = await deps.accounts.save({
    ...(stillThere ? { id: existing } : {}),
    fields,
    password: sipPassword,
  });
  report({ id: 'phone-line', status: 'done', detail: fields.sipAddress });
  return saved.id;
}
