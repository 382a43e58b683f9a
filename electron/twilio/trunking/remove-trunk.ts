import { inEnglish, words, type Words } from '../../../shared/text/words';
import type { ProvisioningApi } from '../provisioning-api';
import { removalSteps } from '../removal-steps';
import { unlessGone } from '../sip-resources';
import { findIpAccessList, findTrunk, findTrunkCredentialList } from './trunk-lookup';
import { restoreNumber } from './trunk-number';
import type { TrunkResources } from './trunk-resources';

/**
 * Deletes what provisionTrunk made: takes the number off the trunk and gives back its routing, then deletes the
 * trunk (with its origination URL and associations), the credential list and the IP access control list. Finds
 * them by name when sids are missing; something already gone (20404) is fine, so running it twice is too.
 * Returns what it removed, in words.
 */
export async function removeTrunk(
  api: Pick<ProvisioningApi, 'rest' | 'step'>,
  known: TrunkResources,
): Promise<Words[]> {
  const { rest } = api;
  const steps = removalSteps(api);
  const { find } = steps;
  const removed: Words[] = [];
  // removalSteps keeps the English, which a removal stopped part way reports; the words are for the app.
  const remove = (name: string, work: () => Promise<Words | null>) =>
    steps.remove(name, async () => {
      const what = await work();
      if (what) removed.push(what);
      return what && inEnglish(what);
    });
  const { phoneNumber, numberSid } = known;
  const found = await find('find-trunk', () => findTrunk(rest, phoneNumber, known.trunkSid));

  if (numberSid) {
    await remove('trunk-number', () => restoreNumber(rest, { ...known, numberSid, trunkSid: found?.sid }));
  }

  await remove('trunk', async () => {
    if (!found) return null;
    const deleted = await unlessGone(() => rest.trunking.v1.trunks(found.sid).remove());
    return deleted ? words('office.removedTrunk', { domain: found.domainName }) : null;
  });

  await remove('trunk-credentials', async () => {
    const list = await findTrunkCredentialList(rest, phoneNumber, known.credentialListSid);
    if (!list) return null;
    const deleted = await unlessGone(() => rest.sip.credentialLists(list.sid).remove());
    return deleted ? words('office.removedCredentials', { name: list.friendlyName ?? list.sid }) : null;
  });

  await remove('trunk-ip-access', async () => {
    const list = await findIpAccessList(rest, phoneNumber, known.ipAccessControlListSid);
    if (!list) return null;
    const deleted = await unlessGone(() => rest.sip.ipAccessControlLists(list.sid).remove());
    return deleted ? words('office.removedAddresses', { name: list.friendlyName ?? list.sid }) : null;
  });

  return removed;
}
