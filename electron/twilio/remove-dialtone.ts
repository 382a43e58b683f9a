import type { ProvisionedResources } from './provision-phone-line';
import type { ProvisioningApi } from './provisioning-api';
import { findRoutingService } from './routing-deploy';
import { findCredentialList, findSipDomain, unlessGone } from './sip-resources';
import { removalSteps } from './removal-steps';
import { words, type Words } from '../../shared/text/words';

type PhoneNumberRef = { sid: string; phoneNumber: string };

interface MappingList {
  (sid: string): { remove(): Promise<boolean> };
  list(options: { pageSize: number }): Promise<{ sid: string }[]>;
}

/** Routing Dialtone set (a *.twil.io Function of ours) that should not stay on a number left behind. */
const pointsAtDialtone = (url: string | null | undefined, base: string | undefined) =>
  !!url &&
  ((base !== undefined && url.startsWith(`${base}/`)) || /^https:\/\/dialtone-\d+[-\w]*\.twil\.io\//.test(url));

async function restoreNumber(api: ProvisioningApi, resources: ProvisionedResources, number: PhoneNumberRef) {
  const context = api.rest.incomingPhoneNumbers(number.sid);
  const current = await unlessGone(() => context.fetch());
  if (!current) return null;
  const remembered = resources.previousVoiceUrl !== undefined;
  const restored = (now: string | null, before: string | null | undefined) =>
    remembered ? (before ?? '') : pointsAtDialtone(now, resources.routingBaseUrl) ? '' : (now ?? '');
  const voiceUrl = restored(current.voiceUrl, resources.previousVoiceUrl);
  const smsUrl = restored(current.smsUrl, resources.previousSmsUrl);
  // Only what differs; an empty URL is how Twilio clears one (twilio-cli-core PR #57), though the spec says "uri".
  const changes = {
    ...(voiceUrl !== (current.voiceUrl ?? '') ? { voiceUrl } : {}),
    ...(smsUrl !== (current.smsUrl ?? '') ? { smsUrl } : {}),
  };
  if (Object.keys(changes).length === 0) return null;
  const updated = await unlessGone(() => context.update(changes));
  return updated ? words('setup.removedNumberRouting', { phoneNumber: number.phoneNumber }) : null;
}

/**
 * Deletes what Dialtone made on the account: the auth mappings, the credential list (and its
 * credential), the SIP domain and the routing service; puts the number's routing back, or releases it
 * when asked. Finds things by name when sids are missing; something already gone (20404) is fine.
 * Returns what it removed, in words.
 */
export async function removeDialtone(
  api: ProvisioningApi,
  resources: ProvisionedResources,
  number: PhoneNumberRef | null,
  options: { releaseNumber: boolean },
): Promise<Words[]> {
  const { rest } = api;
  const { remove, removed } = removalSteps<Words>(api);
  const phoneNumber = number?.phoneNumber ?? '';
  const gone = async (request: () => Promise<unknown>) => (await unlessGone(request)) !== null;

  if (number && !options.releaseNumber) await remove('number-routing', () => restoreNumber(api, resources, number));

  const canFind = (sid: string | undefined) => sid !== undefined || number !== null;
  await remove('sip-domain', async () => {
    if (!canFind(resources.sipDomainSid)) return null;
    const domain = await findSipDomain(rest, phoneNumber, resources.sipDomainSid);
    if (!domain) return null;
    const auth = rest.sip.domains(domain.sid).auth;
    const kinds: MappingList[] = [auth.calls.credentialListMappings, auth.registrations.credentialListMappings];
    for (const mappings of kinds) {
      for (const mapping of await mappings.list({ pageSize: 100 })) await gone(() => mappings(mapping.sid).remove());
    }
    return (await gone(() => rest.sip.domains(domain.sid).remove()))
      ? words('setup.removedSipDomain', { name: domain.domainName })
      : null;
  });

  await remove('credential-list', async () => {
    if (!canFind(resources.credentialListSid)) return null;
    const list = await findCredentialList(rest, phoneNumber, resources.credentialListSid);
    if (!list) return null;
    const credentials = rest.sip.credentialLists(list.sid).credentials;
    for (const credential of await credentials.list({ pageSize: 100 }))
      await gone(() => credentials(credential.sid).remove());
    return (await gone(() => rest.sip.credentialLists(list.sid).remove()))
      ? words('setup.removedCredentials', { name: list.friendlyName ?? list.sid })
      : null;
  });

  await remove('routing', async () => {
    if (!canFind(resources.serviceSid)) return null;
    const service = await findRoutingService(api.serverless, phoneNumber, resources.serviceSid);
    if (!service) return null;
    const deleted = await gone(() => api.serverless.sapi.request('delete', `Services/${service.sid}`));
    return deleted ? words('setup.removedRoutingService', { name: service.unique_name ?? service.sid }) : null;
  });

  if (number && options.releaseNumber) {
    await remove('release-number', async () =>
      (await gone(() => rest.incomingPhoneNumbers(number.sid).remove()))
        ? words('setup.removedNumberReleased', { phoneNumber: number.phoneNumber })
        : null,
    );
  }
  return removed;
}
