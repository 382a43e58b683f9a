import {
  officeConfigFileNameSchema,
  type OfficeConfigFile,
  type OfficeConfigFileName,
  type OfficeTrunkInput,
  type OfficeTrunkRemoval,
  type OfficeTrunkState,
} from '../../../shared/models/office-trunk';
import type { SetupState, TwilioProblem } from '../../../shared/models/twilio-setup';
import { words, type Words } from '../../../shared/text/words';
import type { OfficeTrunkQueries } from '../../db/queries/office-trunk-queries';
import type { Logger } from '../../logging/logger';
import { pbxConfigFiles, type PbxConfigFile } from '../../pbx/pbx-config-files';
import { pbxPasswordPlaceholder, previewPbxPasswords, type PbxPasswords } from '../../pbx/pbx-config-input';
import type { SecretStore } from '../../secrets/secret-store';
import type { TwilioEndpoints } from '../../twilio/endpoints';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { TwilioCredentials } from '../../twilio/twilio-credentials';
import type { provisionTrunk as ProvisionTrunk } from '../../twilio/trunking/provision-trunk';
import type { removeTrunk as RemoveTrunk } from '../../twilio/trunking/remove-trunk';
import { problemInWords } from '../../twilio/twilio-problem';
import type { AccountService } from '../account-service';
import { AppFailure } from '../app-failure';
import type { EventBus } from '../event-bus';
import { problemOf, SetupProblem } from '../setup/setup-number-choice';
import { createSetupSecrets } from '../setup/setup-secrets';
import {
  dialtoneExtensionOf,
  dialtonePhoneFields,
  pbxConfigInputOf,
  requireExtensionWhereNeeded,
  trunkInputOf,
} from './office-trunk-config';
import {
  freshOfficeTrunkRecord,
  isOfficeTrunkReady,
  loadOfficeTrunkRecord,
  pendingOfficeTasks,
  type OfficeTrunkRecord,
} from './office-trunk-record';
import { createOfficeTrunkSecrets } from './office-trunk-secrets';

export interface OfficeTrunkServiceDeps {
  queries: OfficeTrunkQueries;
  secrets: SecretStore;
  events: EventBus;
  accounts: AccountService;
  logger: Logger;
  endpoints: TwilioEndpoints;
  /** The phone line's setup: its Twilio account (whose credentials this reuses), edge, number and team. */
  setup: () => SetupState;
  connect: (credentials: TwilioCredentials, endpoints: TwilioEndpoints) => Promise<TwilioConnection>;
  provisionTrunk: (...args: Parameters<typeof ProvisionTrunk>) => ReturnType<typeof ProvisionTrunk>;
  removeTrunk: (...args: Parameters<typeof RemoveTrunk>) => ReturnType<typeof RemoveTrunk>;
  generatePassword: () => string;
}

const notOnAccount = (phoneNumber: string): TwilioProblem =>
  problemInWords(words('office.notOnAccount', { phoneNumber }), words('office.notOnAccountAdvice'));

/** The generators name their files from officeConfigFileNameSchema's list; the contract checks it again. */
const asContractFile = ({ fileName, description, content, notes }: PbxConfigFile): OfficeConfigFile => ({
  fileName: officeConfigFileNameSchema.parse(fileName),
  description,
  content,
  notes: notes === null ? null : notes.map((paragraph) => [...paragraph]),
});

/**
 * An office PBX connected to Twilio through an Elastic SIP trunk, on the Twilio account the phone-line setup
 * connected: provisioned with progress (office:changed), resumed after a restart, its config files previewed with
 * placeholders and saved with the real passwords, and removed again.
 */
export function createOfficeTrunkService(deps: OfficeTrunkServiceDeps) {
  const { queries, events, logger } = deps;
  const passwords = createOfficeTrunkSecrets(deps.secrets, deps.generatePassword);
  let record = loadOfficeTrunkRecord(queries, logger);
  let busy = false;
  let problem: TwilioProblem | null = null;
  let revision = 0;

  function configFiles(filled: PbxPasswords): PbxConfigFile[] {
    const { input, terminationDomain, username, edge } = record;
    if (!input || !terminationDomain || !username || !isOfficeTrunkReady(record)) return [];
    const made = { terminationDomain, username, edge: edge ?? deps.setup().suggestedEdge };
    return pbxConfigFiles(pbxConfigInputOf(input, made), filled);
  }

  function previews(): OfficeConfigFile[] {
    try {
      return configFiles(previewPbxPasswords).map(asContractFile);
    } catch (error) {
      logger.warn('The office config files could not be generated', { error: (error as Error).name });
      return [];
    }
  }

  const state = (): OfficeTrunkState => ({
    input: record.input,
    tasks: record.tasks,
    terminationDomain: record.terminationDomain,
    username: record.username,
    ready: isOfficeTrunkReady(record),
    files: previews(),
    dialtonePhone: record.phoneAccountId !== null,
    busy,
    problem,
    revision,
  });
  const publish = () => {
    revision += 1;
    events.emit('office:changed', state());
  };
  // Once the backend closes, a provision still on its way writes nothing more: the next start resumes it.
  let stopped = false;
  const save = (change: Partial<OfficeTrunkRecord>) => {
    if (stopped) return;
    record = { ...record, ...change };
    queries.write(record);
    publish();
  };

  async function api(): Promise<TwilioConnection> {
    const credentials = await createSetupSecrets(deps.secrets).credentials();
    if (!credentials || !deps.setup().account) {
      throw new AppFailure('out-of-order', words('office.connectAccountFirst'));
    }
    return deps.connect(credentials, deps.endpoints);
  }

  /** One operation at a time; its Twilio failure lands in state.problem. */
  async function operate(name: string, work: () => Promise<void>): Promise<void> {
    if (busy) throw new AppFailure('out-of-order', words('office.stillWorking'));
    busy = true;
    problem = null;
    publish();
    try {
      await work();
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      problem = problemOf(error);
      logger.warn('An office trunk step failed', { step: name, code: problem.code ?? 'none' });
    } finally {
      busy = false;
      publish();
    }
  }

  /** Refuses a number the phone line, a person of its team or a ring group already answers on, and a second trunk. */
  function requireNumberFree(phoneNumber: string): void {
    const setup = deps.setup();
    if (setup.number?.phoneNumber === phoneNumber) {
      throw new AppFailure('invalid-request', words('office.numberIsLine', { phoneNumber }));
    }
    const { members, ringGroups } = setup.team;
    if ([...members, ...ringGroups].some((held) => held.phoneNumber === phoneNumber)) {
      throw new AppFailure('invalid-request', words('office.numberRingsTeam', { phoneNumber }));
    }
    const current = record.input?.phoneNumber;
    if (current !== undefined && current !== phoneNumber && Object.keys(record.resources).length > 0) {
      throw new AppFailure('out-of-order', words('office.trunkUsesOtherNumber', { current }));
    }
  }

  /** Asterisk: an account so Dialtone registers to the PBX as its extension; updated on a rerun. */
  async function saveDialtonePhone(input: OfficeTrunkInput): Promise<string | null> {
    if (input.pbx !== 'asterisk' || !input.addDialtonePhone || input.dialtoneExtension === null) return null;
    const { username } = dialtoneExtensionOf(input.dialtoneExtension);
    const known = (await deps.accounts.list()).some((account) => account.id === record.phoneAccountId);
    const saved = await deps.accounts.save({
      ...(known && record.phoneAccountId ? { id: record.phoneAccountId } : {}),
      fields: dialtonePhoneFields(input, username),
      password: await passwords.extension(),
    });
    return saved.id;
  }

  return {
    get: state,

    /** Before the database closes. */
    stop(): void {
      stopped = true;
    },

    async provision(input: OfficeTrunkInput): Promise<OfficeTrunkState> {
      requireExtensionWhereNeeded(input);
      requireNumberFree(input.phoneNumber);
      await operate('provision', async () => {
        const connection = await api();
        const owned = await connection.findOwnedNumber(input.phoneNumber);
        if (!owned) throw new SetupProblem(notOnAccount(input.phoneNumber));
        const trunkInput = trunkInputOf(input, owned.sid);
        const edge = deps.setup().edge ?? deps.setup().suggestedEdge;
        const fresh = record.input === null ? { tasks: pendingOfficeTasks() } : {};
        save({ input, edge, ...fresh });
        const made = await deps.provisionTrunk(
          connection,
          { input: trunkInput, password: await passwords.termination() },
          record.resources,
          (task, resources) =>
            save({ resources, tasks: record.tasks.map((known) => (known.id === task.id ? task : known)) }),
        );
        if (input.pbx === 'asterisk') await passwords.extension();
        save({
          resources: made.resources,
          terminationDomain: made.terminationDomain,
          username: made.username,
          phoneAccountId: (await saveDialtonePhone(input)) ?? record.phoneAccountId,
        });
      });
      return state();
    },

    /** One file with the real passwords, for Save; only ever on that explicit request. */
    async fileToSave(fileName: OfficeConfigFileName): Promise<OfficeConfigFile> {
      const stored = await passwords.stored();
      if (!isOfficeTrunkReady(record) || stored.termination === undefined) {
        throw new AppFailure('out-of-order', words('office.connectOfficeFirst'));
      }
      const filled = { termination: stored.termination, extension: stored.extension ?? pbxPasswordPlaceholder };
      const file = configFiles(filled).find((candidate) => candidate.fileName === fileName);
      if (!file) throw new AppFailure('not-found', words('office.noSuchFile', { fileName }));
      return asContractFile(file);
    },

    /** Deletes the trunk and its lists on Twilio, gives the number back, then forgets the trunk and its secrets. */
    async remove(): Promise<OfficeTrunkRemoval> {
      let removed: Words[] = [];
      const { input } = record;
      if (input === null) return { removed, problem: null };
      await operate('remove', async () => {
        const known = { ...record.resources, phoneNumber: input.phoneNumber };
        removed = await deps.removeTrunk(await api(), known);
        await passwords.forget();
        if (!stopped) queries.clear();
        record = freshOfficeTrunkRecord();
      });
      return { removed, problem };
    },
  };
}

export type OfficeTrunkService = ReturnType<typeof createOfficeTrunkService>;
