import type { RemovalReport } from '../../../shared/models/twilio-setup';
import { TwilioRemovalError } from '../../twilio/twilio-problem';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { AccountService } from '../account-service';
import type { ProvisionDeps } from './setup-provision';
import type { SetupRecord } from './setup-record';
import { teamLineOf } from './team-change';
import { removeMember } from '../../twilio/team-member-resources';
import { restoreRingGroupNumber } from '../../twilio/team-number-routing';
import { words, type Words } from '../../../shared/text/words';

interface RemovalContext {
  api: TwilioConnection;
  record: SetupRecord;
  accounts: AccountService;
  remove: ProvisionDeps['remove'];
}

/**
 * Deletes what the setup made on the Twilio account, then the phone line in Dialtone. Fills `report`
 * as it goes, so a failure part way still says what is gone. Only a number Dialtone bought is released.
 */
export async function removeSetup(
  context: RemovalContext,
  options: { releaseNumber: boolean; report: Omit<RemovalReport, 'problem'> },
): Promise<void> {
  const { api, record, accounts, remove } = context;
  const { report } = options;
  const releaseNumber = options.releaseNumber && record.number?.purchased === true;
  await removeTeam(api, record, report);
  try {
    report.removed.push(...(await remove(api, record.resources, record.number, { releaseNumber })));
  } catch (error) {
    if (error instanceof TwilioRemovalError) report.removed.push(...(error as TwilioRemovalError<Words>).removed);
    throw error;
  }
  if (record.accountId && (await accounts.list()).some((account) => account.id === record.accountId)) {
    await accounts.remove(record.accountId);
    report.removed.push(words('setup.removedLine'));
  }
  if (record.createdApiKey) {
    const { friendlyName, sid } = record.createdApiKey;
    // Keys made through the API are Standard keys, which may not manage keys (twilio.com/docs/iam/api-keys).
    report.leftInPlace.push(words('setup.leftApiKey', { friendlyName, sid }));
  }
}

/**
 * The team's people and ring groups first: their numbers get their old routing back (the credentials go with the
 * list).
 */
async function removeTeam(api: TwilioConnection, record: SetupRecord, report: Omit<RemovalReport, 'problem'>) {
  const line = teamLineOf(record);
  if (!line) return;
  for (const group of record.ringGroupNumbers) {
    await restoreRingGroupNumber(api, group);
    report.removed.push(words('setup.removedRingGroup', { phoneNumber: group.phoneNumber }));
  }
  for (const member of record.teamMembers) {
    await removeMember(api, line, member);
    const { username } = member;
    report.removed.push(words(member.numberSid ? 'setup.removedMemberAndNumber' : 'setup.removedMember', { username }));
  }
}
