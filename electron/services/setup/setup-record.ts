import { callHandlingSchema, defaultCallHandling } from '../../../shared/models/call-handling';
import { z } from 'zod';
import {
  allowedCountriesLimit,
  defaultVoicemailGreeting,
  provisionTaskIds,
  provisionTaskSchema,
  routingSyncSchema,
  setupNumberSchema,
  setupSteps,
  twilioAccountInfoSchema,
  twilioEdges,
  voicemailGreetingSchema,
  type ProvisionTask,
} from '../../../shared/models/twilio-setup';
import { emptyTeam, teamSchema } from '../../../shared/models/team';
import type { SetupProgressQueries } from '../../db/queries/setup-progress-queries';
import type { Logger } from '../../logging/logger';

const sid = z.string().max(64);

/** The sids and URLs of what the setup made on the Twilio account (electron/twilio ProvisionedResources). */
const resourcesSchema = z.object({
  sipDomainSid: sid.optional(),
  sipDomainName: z.string().max(300).optional(),
  credentialListSid: sid.optional(),
  credentialSid: sid.optional(),
  serviceSid: sid.optional(),
  environmentSid: sid.optional(),
  routingBaseUrl: z.string().max(300).optional(),
  routingFingerprint: z.string().max(64).optional(),
  previousVoiceUrl: z.string().max(4000).nullable().optional(),
  previousSmsUrl: z.string().max(4000).nullable().optional(),
});

/** What the team's people have on Twilio (electron/twilio MemberResources), to undo exactly that. */
const memberResourcesSchema = z.object({
  username: z.string().max(32),
  credentialSid: sid,
  numberSid: sid.nullable(),
  previousVoiceUrl: z.string().max(4000).nullable(),
});

/** The ring groups' numbers as Dialtone pointed them at the routing (electron/twilio RingGroupNumber). */
const ringGroupNumberSchema = z.object({
  phoneNumber: z.string().max(16),
  numberSid: sid,
  previousVoiceUrl: z.string().max(4000).nullable(),
});

/** What survives a restart: the setup state without the transient busy / problem / suggestion. */
export const setupRecordSchema = z.object({
  step: z.enum(setupSteps),
  dismissed: z.boolean(),
  account: twilioAccountInfoSchema.nullable(),
  edge: z.enum(twilioEdges).nullable(),
  number: setupNumberSchema.nullable(),
  tasks: z.array(provisionTaskSchema),
  accountId: z.string().max(64).nullable(),
  resources: resourcesSchema,
  /** The countries the person chose to call; null until they do (then their number's own country). */
  allowedCountries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(allowedCountriesLimit)
    .nullable()
    .default(null),
  /** Progress saved before Dialtone had greetings (or a damaged greeting) keeps the rest, with the default greeting. */
  voicemailGreeting: voicemailGreetingSchema.catch(defaultVoicemailGreeting),
  /** Do not disturb and blocked callers; a damaged value falls back to none of either. */
  callHandling: callHandlingSchema.catch(defaultCallHandling),
  /** A purchase asked for and not yet confirmed: if the number turns up on the account, Dialtone bought it. */
  buyingNumber: z.string().max(16).nullable().default(null),
  /** Whether Twilio has the routing choices saved here; progress from before Dialtone kept track: not known. */
  routingSync: routingSyncSchema.catch({ status: 'none' }),
  /** The fingerprint of the routing choices Twilio last confirmed (setup-provision.ts choicesFingerprint). */
  liveChoices: z.string().max(64).nullable().catch(null),
  /** The people sharing the line's SIP domain; progress from before teams: only the person who set it up. */
  team: teamSchema.catch(emptyTeam),
  teamMembers: z.array(memberResourcesSchema).max(50).catch([]),
  ringGroupNumbers: z.array(ringGroupNumberSchema).max(10).catch([]),
  /** The API key the setup made (a Standard key cannot delete itself: removal says where to). */
  createdApiKey: z
    .object({ sid: sid, friendlyName: z.string().max(64) })
    .nullable()
    .default(null),
});
export type SetupRecord = z.infer<typeof setupRecordSchema>;

export const pendingTasks = (): ProvisionTask[] =>
  provisionTaskIds.map((id) => ({ id, status: 'pending', detail: null }));

export const freshSetupRecord = (): SetupRecord => ({
  step: 'welcome',
  dismissed: false,
  account: null,
  edge: null,
  number: null,
  tasks: pendingTasks(),
  accountId: null,
  resources: {},
  allowedCountries: null,
  voicemailGreeting: defaultVoicemailGreeting,
  callHandling: defaultCallHandling,
  buyingNumber: null,
  createdApiKey: null,
  team: emptyTeam,
  teamMembers: [],
  ringGroupNumbers: [],
  routingSync: { status: 'none' },
  liveChoices: null,
});

/** Loads the saved progress; a damaged or unreadable row starts over rather than blocking the app. */
export function loadSetupRecord(queries: SetupProgressQueries, logger: Logger): SetupRecord {
  const stored = queries.read();
  if (stored === undefined) return freshSetupRecord();
  const parsed = setupRecordSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  logger.warn('The saved setup progress was unreadable; the setup starts over');
  return freshSetupRecord();
}
