import { z } from 'zod';
import {
  officeTrunkInputSchema,
  officeTrunkTaskSchema,
  type OfficeTrunkTask,
} from '../../../shared/models/office-trunk';
import { officeTrunkTaskIds } from '../../../shared/models/office-trunk-names';
import { twilioEdges } from '../../../shared/models/twilio-setup-names';
import type { OfficeTrunkQueries } from '../../db/queries/office-trunk-queries';
import type { Logger } from '../../logging/logger';
import { trunkTaskIds } from '../../twilio/trunking/provision-trunk';
import type { TrunkResources } from '../../twilio/trunking/trunk-resources';

// The contract's task ids are the trunking engine's, in the same order.
const sameTaskIds: typeof officeTrunkTaskIds = trunkTaskIds;

const sid = z.string().max(64).optional();
const previousUrl = z.string().max(4000).nullable().optional();

/** electron/twilio/trunking TrunkResources: the sids of what was made, to find it again. */
const trunkResourcesSchema = z.object({
  trunkSid: sid,
  trunkDomainName: z.string().max(100).optional(),
  originationUrlSid: sid,
  credentialListSid: sid,
  credentialSid: sid,
  ipAccessControlListSid: sid,
  ipAddressSid: sid,
  numberSid: sid,
  phoneNumber: z.string().max(16).optional(),
  previousVoiceUrl: previousUrl,
  previousSmsUrl: previousUrl,
  previousVoiceApplicationSid: z.string().max(64).nullable().optional(),
}) satisfies z.ZodType<TrunkResources>;

/** What survives a restart: the office state without the transient busy / problem. */
export const officeTrunkRecordSchema = z.object({
  input: officeTrunkInputSchema.nullable(),
  /** The Twilio edge the firewall notes are for: the phone line's, else the one suggested here. */
  edge: z.enum(twilioEdges).nullable(),
  resources: trunkResourcesSchema,
  tasks: z.array(officeTrunkTaskSchema).max(officeTrunkTaskIds.length),
  terminationDomain: z.string().max(100).nullable(),
  username: z.string().max(32).nullable(),
  /** The account saved so Dialtone registers to the PBX as its extension (Asterisk). */
  phoneAccountId: z.string().max(64).nullable(),
});
export type OfficeTrunkRecord = z.infer<typeof officeTrunkRecordSchema>;

export const pendingOfficeTasks = (): OfficeTrunkTask[] =>
  sameTaskIds.map((id) => ({ id, status: 'pending', detail: null }));

export const freshOfficeTrunkRecord = (): OfficeTrunkRecord => ({
  input: null,
  edge: null,
  resources: {},
  tasks: pendingOfficeTasks(),
  terminationDomain: null,
  username: null,
  phoneAccountId: null,
});

export const isOfficeTrunkReady = (record: OfficeTrunkRecord): boolean =>
  record.terminationDomain !== null && record.tasks.every((task) => task.status === 'done');

/** The saved trunk; a damaged row starts over, logged, rather than blocking the app (removal still finds by name). */
export function loadOfficeTrunkRecord(queries: OfficeTrunkQueries, logger: Logger): OfficeTrunkRecord {
  const stored = queries.read();
  if (stored === undefined) return freshOfficeTrunkRecord();
  const parsed = officeTrunkRecordSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  logger.warn('The saved office trunk was unreadable; it starts over');
  return freshOfficeTrunkRecord();
}
