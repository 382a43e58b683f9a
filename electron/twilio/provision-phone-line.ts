import type { CallHandling } from '../../shared/models/call-handling';
import type { Team } from '../../shared/models/team';
import type { ProvisionTask, ProvisionTaskId } from '../../shared/models/twilio-setup';
import type { ProvisioningApi } from './provisioning-api';
import {
  deployRouting,
  findRoutingService,
  setRoutingChoices,
  type GreetingAsset,
  type RoutingSettings,
} from './routing-deploy';
import { createHash } from 'node:crypto';
import { routingDependencies, type RoutingFunction } from './routing-functions';
import { routeNumber } from './number-routing';
import { ensureAuthMappings, ensureCredential, ensureCredentialList, ensureSipDomain } from './sip-resources';
import { reportedTaskInWords } from './reported-task';
import { words, type Words } from '../../shared/text/words';

export type { RoutingFunction } from './routing-functions';

/** What Dialtone made on the Twilio account: kept by the caller so reruns and removal find it again. */
export interface ProvisionedResources {
  sipDomainSid?: string;
  sipDomainName?: string;
  credentialListSid?: string;
  credentialSid?: string;
  serviceSid?: string;
  environmentSid?: string;
  /** https://dialtone-...twil.io */
  routingBaseUrl?: string;
  /** What the deployed routing was made from (Functions and settings): a rerun with the same skips the build. */
  routingFingerprint?: string;
  /** The number's webhooks before Dialtone changed them (restored on removal); undefined until read. */
  previousVoiceUrl?: string | null;
  previousSmsUrl?: string | null;
}

export interface ProvisionInput {
  number: { sid: string; phoneNumber: string };
  sipPassword: string;
  functions: RoutingFunction[];
  ringTimeoutSeconds: number;
  /** Changing it, or the countries, alone needs no new build. */
  voicemailGreeting: string;
  /** ISO codes of the countries calls may go to. */
  allowedCountries: readonly string[];
  /** Do not disturb and blocked callers: like the greeting, they change without a new build. */
  callHandling: CallHandling;
  /** The people sharing the SIP domain: variables too. */
  team: Team;
  /** The recorded greetings callHandling plays: unlike the rest of it, a change needs a new build. */
  greetingAssets: GreetingAsset[];
}

export type ProvisionReport = (task: ProvisionTask, resources: ProvisionedResources) => void;

type ProvisionStepId = Exclude<ProvisionTaskId, 'phone-line'>;

/**
 * Turns a number into a phone line: SIP domain, credential list, credential, auth mappings, routing
 * Functions, number webhooks. Idempotent and resumable: each task first finds what an earlier run made
 * (by the known sids, else by name), so reruns never duplicate anything. Reports each task running,
 * then done or failed (and throws the TwilioProblemError).
 */
export async function provisionPhoneLine(
  api: ProvisioningApi,
  input: ProvisionInput,
  known: ProvisionedResources,
  report: ProvisionReport,
): Promise<{ sipDomainName: string; sipUsername: string; resources: ProvisionedResources }> {
  const resources: ProvisionedResources = { ...known };
  const { rest } = api;
  const phoneNumber = input.number.phoneNumber;
  const sipUsername = phoneNumber;
  const record = (found: Partial<ProvisionedResources>) => Object.assign(resources, found);

  const task = <T>(id: ProvisionStepId, work: () => Promise<T>, detail: (value: T) => Words | string) =>
    reportedTaskInWords(api, id, (progress) => report(progress, { ...resources }), work, detail);

  const domain = await task(
    'sip-domain',
    async () => {
      const voiceUrl = resources.routingBaseUrl ? `${resources.routingBaseUrl}/outbound` : undefined;
      const found = await ensureSipDomain(rest, phoneNumber, resources.sipDomainSid, voiceUrl);
      record({ sipDomainSid: found.sid, sipDomainName: found.domainName });
      return found;
    },
    (found) => found.domainName,
  );

  const list = await task(
    'credential-list',
    async () => {
      const found = await ensureCredentialList(rest, phoneNumber, resources.credentialListSid);
      if (found.sid !== resources.credentialListSid) record({ credentialListSid: found.sid, credentialSid: undefined });
      return found;
    },
    () => `Dialtone ${phoneNumber}`,
  );

  await task(
    'credential',
    async () => {
      const found = await ensureCredential(rest, list, sipUsername, input.sipPassword, resources.credentialSid);
      record({ credentialSid: found.sid });
      return found;
    },
    (found) => words(found.created ? 'setup.taskCreated' : 'setup.taskUpdated', { name: sipUsername }),
  );

  await task(
    'auth-mappings',
    () => ensureAuthMappings(rest, domain, list.sid),
    (added) => (added === 0 ? words('setup.taskMappingsInPlace') : words('setup.taskMappingsAdded', { added })),
  );

  const settings = routingSettings(input, domain.domainName);
  const routing = await task(
    'routing',
    async () => {
      const fingerprint = routingFingerprint(settings);
      const unchanged = await deployedUnchanged(api, resources, phoneNumber, fingerprint);
      if (unchanged) {
        await setRoutingChoices(api.serverless, unchanged, input);
        return { ...unchanged, reused: true };
      }
      const deployed = await deployRouting(api.serverless, settings, resources, (serviceSid) => record({ serviceSid }));
      record({
        serviceSid: deployed.serviceSid,
        environmentSid: deployed.environmentSid,
        routingBaseUrl: deployed.baseUrl,
        routingFingerprint: fingerprint,
      });
      return { ...deployed, reused: false };
    },
    (deployed) =>
      deployed.reused ? words('setup.taskAlreadyDeployed', { address: deployed.baseUrl }) : deployed.baseUrl,
  );

  await task(
    'number-routing',
    async () => {
      const previous = await routeNumber(rest, input.number.sid, domain, routing.baseUrl, resources);
      record(previous);
    },
    () => words('setup.taskNumberRouted', { phoneNumber, address: routing.baseUrl }),
  );

  return { sipDomainName: domain.domainName, sipUsername, resources: { ...resources } };
}

function routingSettings(input: ProvisionInput, sipDomainName: string): RoutingSettings {
  return {
    phoneNumber: input.number.phoneNumber,
    sipDomainName,
    // The SIP user is the number itself.
    sipUsername: input.number.phoneNumber,
    ringTimeoutSeconds: input.ringTimeoutSeconds,
    voicemailGreeting: input.voicemailGreeting,
    allowedCountries: input.allowedCountries,
    callHandling: input.callHandling,
    team: input.team,
    functions: input.functions,
    greetingAssets: input.greetingAssets,
  };
}

/**
 * What a build is made from; the routing choices (greeting, countries, call handling) are left out: they change
 * without one. The recorded greetings are in it: an asset changes only with a build.
 */
function routingFingerprint(settings: RoutingSettings): string {
  const hash = createHash('sha256');
  const { phoneNumber, sipDomainName, sipUsername, ringTimeoutSeconds, functions } = settings;
  const values = { phoneNumber, sipDomainName, sipUsername, ringTimeoutSeconds };
  hash.update(JSON.stringify({ ...values, dependencies: routingDependencies }));
  for (const fn of functions) hash.update(`\0${fn.name}\0${fn.path}\0${fn.access}\0`).update(fn.content);
  for (const asset of settings.greetingAssets) hash.update(`\0asset\0${asset.path}\0`).update(asset.content);
  return hash.digest('hex');
}

/** The routing an earlier run deployed from the same Functions and settings, if its service still exists. */
async function deployedUnchanged(
  api: ProvisioningApi,
  resources: ProvisionedResources,
  phoneNumber: string,
  fingerprint: string,
) {
  const { serviceSid, environmentSid, routingBaseUrl } = resources;
  if (resources.routingFingerprint !== fingerprint || !serviceSid || !environmentSid || !routingBaseUrl) return null;
  const service = await findRoutingService(api.serverless, phoneNumber, serviceSid);
  if (service?.sid !== serviceSid) return null;
  return { serviceSid, environmentSid, baseUrl: routingBaseUrl, includeCredentials: service.include_credentials };
}

/**
 * Gives the deployed routing `input`'s routing choices (greeting, allowed countries, call handling). When it was built from these Functions
 * and settings, only its variables change (three requests, no build); otherwise (Dialtone was updated since,
 * or the routing is gone) the line is provisioned again, which deploys the routing with them.
 */
export async function updateRoutingChoices(
  api: ProvisioningApi,
  input: ProvisionInput,
  known: ProvisionedResources,
  report: ProvisionReport,
): Promise<ProvisionedResources> {
  if (known.sipDomainName) {
    const fingerprint = routingFingerprint(routingSettings(input, known.sipDomainName));
    const changed = await api.step('routing-choices', async () => {
      const unchanged = await deployedUnchanged(api, known, input.number.phoneNumber, fingerprint);
      if (unchanged) await setRoutingChoices(api.serverless, unchanged, input);
      return unchanged !== null;
    });
    if (changed) return known;
  }
  return (await provisionPhoneLine(api, input, known, report)).resources;
}
