import type { ProvisioningApi } from '../provisioning-api';
import { words, type Words } from '../../../shared/text/words';
import { reportedTaskInWords, type WordedTaskProgress } from '../reported-task';
import type { TrunkInput } from './trunk-input';
import { moveNumberToTrunk } from './trunk-number';
import type { TrunkResources } from './trunk-resources';
import {
  ensureIpAccess,
  ensureOrigination,
  ensureTerminationAuth,
  ensureTrunk,
  ensureTrunkCredentials,
} from './trunk-steps';

export const trunkTaskIds = ['trunk', 'origination', 'credentials', 'ip-access', 'termination-auth', 'number'] as const;
export type TrunkTaskId = (typeof trunkTaskIds)[number];
export type TrunkReport = (task: WordedTaskProgress<TrunkTaskId>, resources: TrunkResources) => void;

export interface TrunkSetup {
  input: TrunkInput;
  /** The PBX's SIP password for its calls to Twilio, kept by the caller as a secret (generateSipPassword). */
  password: string;
}

export interface ProvisionedTrunk {
  /** The PBX sends calls to sip:+E164@{terminationDomain}, authenticated as username. */
  terminationDomain: string;
  username: string;
  originationUrl: string;
  resources: TrunkResources;
}

/**
 * Connects an office PBX to Twilio through an Elastic SIP trunk: the trunk with its termination domain, an
 * origination URL to the PBX, a credential list and an IP access control list authenticating the PBX's calls,
 * and the number moved onto the trunk. Idempotent and resumable: each task first finds what an earlier run made
 * (by the known sids, else by name), so reruns never duplicate anything. Reports each task running, then done or
 * failed (and throws the TwilioProblemError).
 */
export async function provisionTrunk(
  api: Pick<ProvisioningApi, 'rest' | 'step' | 'logger'>,
  setup: TrunkSetup,
  known: TrunkResources,
  report: TrunkReport,
): Promise<ProvisionedTrunk> {
  const { input } = setup;
  const { rest } = api;
  const resources: TrunkResources = { ...known, numberSid: input.numberSid, phoneNumber: input.phoneNumber };
  const record = (found: Partial<TrunkResources>) => Object.assign(resources, found);
  const task = <T>(id: TrunkTaskId, work: () => Promise<T>, detail: (value: T) => Words | string) =>
    reportedTaskInWords(api, id, (progress) => report(progress, { ...resources }), work, detail);

  const trunk = await task(
    'trunk',
    async () => {
      const found = await ensureTrunk(rest, input, resources.trunkSid);
      record({ trunkSid: found.sid, trunkDomainName: found.domainName });
      return found;
    },
    (found) => found.domainName,
  );

  const origination = await task(
    'origination',
    async () => {
      const found = await ensureOrigination(rest, trunk, input, resources.originationUrlSid);
      record({ originationUrlSid: found.sid });
      return found;
    },
    (found) => found.sipUrl,
  );

  const credentials = await task(
    'credentials',
    async () => {
      const found = await ensureTrunkCredentials(rest, input.phoneNumber, setup.password, resources);
      record({ credentialListSid: found.credentialListSid, credentialSid: found.credentialSid });
      return found;
    },
    (found) => words('office.taskUsername', { username: found.username }),
  );

  const access = await task(
    'ip-access',
    async () => {
      const found = await ensureIpAccess(rest, input, resources);
      record({ ipAccessControlListSid: found.ipAccessControlListSid, ipAddressSid: found.ipAddressSid });
      return found;
    },
    (found) => words('office.taskCallsFrom', { address: found.ipAddress }),
  );

  await task(
    'termination-auth',
    () => ensureTerminationAuth(rest, trunk, credentials.credentialListSid, access.ipAccessControlListSid),
    (added) => (added === 0 ? words('office.taskAuthAlreadyRequired') : words('office.taskAuthAdded', { added })),
  );

  await task(
    'number',
    async () => record(await moveNumberToTrunk(rest, input.numberSid, trunk.sid, resources)),
    () => words('office.taskNumberRouted', { phoneNumber: input.phoneNumber, sipUrl: origination.sipUrl }),
  );

  return {
    terminationDomain: trunk.domainName,
    username: credentials.username,
    originationUrl: origination.sipUrl,
    resources: { ...resources },
  };
}
