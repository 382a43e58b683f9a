import type { CallHandling } from '../../../shared/models/call-handling';
import { hostname } from 'node:os';
import type {
  NumberChoice,
  NumberSearch,
  RemovalReport,
  SetupState,
  SetupStep,
  TwilioCredentialsInput,
  TwilioEdge,
  TwilioProblem,
} from '../../../shared/models/twilio-setup';
import type { SetupProgressQueries } from '../../db/queries/setup-progress-queries';
import type { Logger } from '../../logging/logger';
import type { SecretStore } from '../../secrets/secret-store';
import type { TwilioEndpoints } from '../../twilio/endpoints';
import type { TwilioConnection } from '../../twilio/twilio-account-api';
import type { TwilioCredentials } from '../../twilio/twilio-credentials';
import { toTwilioProblem } from '../../twilio/twilio-problem';
import type { AccountService } from '../account-service';
import { AppFailure } from '../app-failure';
import type { EventBus } from '../event-bus';
import { freshSetupRecord, loadSetupRecord, pendingTasks, type SetupRecord } from './setup-record';
import { createSetupSecrets } from './setup-secrets';
import { changeRoutingChoices, routingChoicesOf, runProvision, type ProvisionDeps } from './setup-provision';
import { allowedCountriesOf } from './allowed-countries';
import { removeSetup } from './setup-removal';
import { requireNothingProvisioned, resolveNumberChoice, SetupProblem } from './setup-number-choice';
import type { SipProxyOverride } from './twilio-line-fields';

export interface SetupServiceDeps {
  progress: SetupProgressQueries;
  secrets: SecretStore;
  events: EventBus;
  accounts: AccountService;
  logger: Logger;
  endpoints: TwilioEndpoints;
  /** Tests only: register through the lab's registrar instead of Twilio's edge. */
  sipProxyOverride: SipProxyOverride | null;
  suggestedEdge: TwilioEdge;
  connect: (credentials: TwilioCredentials, endpoints: TwilioEndpoints) => Promise<TwilioConnection>;
  provision: Omit<ProvisionDeps, 'accounts' | 'sipProxyOverride'>;
}

const problemOf = (error: unknown): TwilioProblem =>
  error instanceof SetupProblem ? error.problem : toTwilioProblem(error);

/**
 * The first-run wizard in main: each step checks with Twilio, keeps the progress (restart resumes,
 * reruns find what exists) and pushes setup:changed. Twilio failures become state.problem.
 */
export function createSetupService(deps: SetupServiceDeps) {
  const { progress, events, logger } = deps;
  const secrets = createSetupSecrets(deps.secrets);
  let record = loadSetupRecord(progress, logger);
  let busy = false;
  let problem: TwilioProblem | null = null;

  const state = (): SetupState => ({
    step: record.step,
    dismissed: record.dismissed,
    account: record.account,
    suggestedEdge: deps.suggestedEdge,
    edge: record.edge,
    number: record.number,
    allowedCountries: allowedCountriesOf(record),
    voicemailGreeting: record.voicemailGreeting,
    callHandling: record.callHandling,
    tasks: record.tasks,
    accountId: record.accountId,
    busy,
    problem,
  });
  const publish = () => events.emit('setup:changed', state());
  const save = (change: Partial<SetupRecord>) => {
    record = { ...record, ...change };
    progress.write(record);
    publish();
  };

  const provisionDeps = (): ProvisionDeps => ({
    ...deps.provision,
    accounts: deps.accounts,
    sipProxyOverride: deps.sipProxyOverride,
  });

  async function api(): Promise<TwilioConnection> {
    const credentials = await secrets.credentials();
    if (!credentials) {
      throw new SetupProblem({
        code: null,
        message: 'Dialtone has no Twilio sign-in stored.',
        whatToDo: 'Go back to the credentials step and connect your Twilio account again.',
        moreInfo: null,
      });
    }
    return deps.connect(credentials, deps.endpoints);
  }

  /** One operation at a time; its Twilio failure lands in state.problem. */
  async function operate(name: string, work: () => Promise<void>): Promise<SetupState> {
    if (busy) throw new AppFailure('out-of-order', 'The setup is still working on the previous step. Wait for it.');
    busy = true;
    problem = null;
    publish();
    try {
      await work();
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      problem = problemOf(error);
      logger.warn('A setup step failed', { step: name, code: problem.code ?? 'none' });
    } finally {
      busy = false;
      publish();
    }
    return state();
  }

  /** A choice the routing holds: saved at once before the routing exists; after that, once Twilio has it. */
  async function changeChoice(
    change: { voicemailGreeting: string } | { allowedCountries: string[] } | { callHandling: CallHandling },
  ) {
    const { number } = record;
    if (number && record.resources.routingBaseUrl !== undefined) {
      const choices = { ...routingChoicesOf(record), ...change };
      await changeRoutingChoices(provisionDeps(), { api: await api(), number, record, secrets }, choices, save);
    }
    save(change);
  }

  const reachable = (step: SetupStep): boolean => {
    switch (step) {
      case 'welcome':
      case 'credentials':
        return true;
      case 'edge':
        return record.account !== null;
      case 'number':
        return record.account !== null && record.edge !== null;
      case 'provision':
        return record.number !== null && record.edge !== null;
      case 'finish':
        return record.accountId !== null;
    }
  };

  return {
    get: state,

    goTo(step: SetupStep): SetupState {
      if (!reachable(step)) {
        throw new AppFailure('out-of-order', 'That setup step needs the earlier ones first: go back and finish them.');
      }
      problem = null;
      save({ step, dismissed: false });
      return state();
    },

    dismiss(): SetupState {
      save({ dismissed: true });
      return state();
    },

    connectTwilio: (input: TwilioCredentialsInput) =>
      operate('credentials', async () => {
        const credentials: TwilioCredentials =
          input.kind === 'auth-token'
            ? { accountSid: input.accountSid, username: input.accountSid, password: input.authToken }
            : { accountSid: input.accountSid, username: input.apiKeySid, password: input.apiKeySecret };
        if (record.account && record.account.sid !== input.accountSid) requireNothingProvisioned(record);
        const info = await (await deps.connect(credentials, deps.endpoints)).fetchAccount();
        await secrets.saveCredentials(credentials);
        const sameAccount = record.account?.sid === info.sid;
        save({
          step: 'credentials',
          dismissed: false,
          account: { ...info, credential: input.kind },
          ...(sameAccount ? {} : { number: null, tasks: pendingTasks(), resources: {}, buyingNumber: null }),
        });
      }),

    createApiKey: () =>
      operate('api-key', async () => {
        const current = await secrets.credentials();
        if (!current || !record.account) throw new AppFailure('out-of-order', 'Connect a Twilio account first.');
        const friendlyName = `Dialtone on ${hostname()}`.slice(0, 64);
        const key = await (await api()).createApiKey(friendlyName);
        const withKey = { accountSid: current.accountSid, username: key.sid, password: key.secret };
        // The new key must work before the Auth Token is forgotten.
        await (await deps.connect(withKey, deps.endpoints)).fetchAccount();
        await secrets.saveCredentials(withKey);
        save({
          account: { ...record.account, credential: 'api-key' },
          createdApiKey: { sid: key.sid, friendlyName },
        });
      }),

    setEdge(edge: TwilioEdge): SetupState {
      if (!record.account) throw new AppFailure('out-of-order', 'Connect a Twilio account first.');
      problem = null;
      save({ edge, step: 'number' });
      return state();
    },

    async listOwnedNumbers() {
      try {
        return { items: await (await api()).listOwnedNumbers(), problem: null };
      } catch (error) {
        return { items: [], problem: problemOf(error) };
      }
    },

    async searchNumbers(search: NumberSearch) {
      try {
        return { items: await (await api()).searchNumbers(search), problem: null };
      } catch (error) {
        return { items: [], problem: problemOf(error) };
      }
    },

    chooseNumber: (choice: NumberChoice) =>
      operate('number', async () => {
        const markBuying = (buyingNumber: string) => save({ buyingNumber });
        const number = await resolveNumberChoice(await api(), choice, record, markBuying);
        // Another number: calls may go to its country until the person chooses otherwise.
        const sameNumber = number.phoneNumber === record.number?.phoneNumber;
        save({
          number,
          step: 'provision',
          buyingNumber: null,
          ...(sameNumber ? {} : { allowedCountries: null }),
        });
      }),

    provision: () =>
      operate('provision', async () => {
        const { number, edge } = record;
        if (!number || !edge) throw new AppFailure('out-of-order', 'Choose a number first.');
        const accountId = await runProvision(
          provisionDeps(),
          { api: await api(), number, edge, record, secrets },
          (change) => save(change),
        );
        save({ accountId, step: 'finish' });
      }),

    setAllowedCountries: (countries: readonly string[]) =>
      operate('allowed-countries', async () => {
        if (!record.number) throw new AppFailure('out-of-order', 'Choose a number first.');
        await changeChoice({ allowedCountries: [...countries] });
      }),

    setVoicemailGreeting: (greeting: string) =>
      operate('voicemail-greeting', () => changeChoice({ voicemailGreeting: greeting })),

    setCallHandling: (callHandling: CallHandling) => operate('call-handling', () => changeChoice({ callHandling })),

    async removeFromTwilio(releaseNumber: boolean): Promise<RemovalReport> {
      const report: Omit<RemovalReport, 'problem'> = { removed: [], leftInPlace: [] };
      const result = await operate('remove', async () => {
        await removeSetup(
          { api: await api(), record, accounts: deps.accounts, remove: deps.provision.remove },
          {
            releaseNumber,
            report,
          },
        );
        await secrets.forgetAll();
        // The greeting and the call handling are the person's own choices, not something on Twilio: a new
        // setup uses them again.
        record = {
          ...freshSetupRecord(),
          voicemailGreeting: record.voicemailGreeting,
          callHandling: record.callHandling,
        };
        progress.write(record);
      });
      return { ...report, problem: result.problem };
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
