import type { CallHandling } from '../../../shared/models/call-handling';
import { hostname } from 'node:os';
import type {
  NumberChoice,
  RoutingCheck,
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
import type { AccountService } from '../account-service';
import { AppFailure } from '../app-failure';
import type { EventBus } from '../event-bus';
import { freshSetupRecord, loadSetupRecord, pendingTasks, type SetupRecord } from './setup-record';
import { createSetupSecrets } from './setup-secrets';
import { memberPasswordKey, teamLineOf, teamRecordOf, type TeamChange, type TeamChangeContext } from './team-change';
import type { TeamLine } from '../../twilio/team-member-resources';
import {
  changeRoutingChoices,
  choicesFingerprint,
  routingChoicesDifferences,
  routingChoicesOf,
  runProvision,
  type ProvisionDeps,
} from './setup-provision';
import { createRoutingSync, resumedSync } from './setup-routing-sync';
import { allowedCountriesOf } from './allowed-countries';
import { removeSetup } from './setup-removal';
import { problemOf, requireNothingProvisioned, resolveNumberChoice, SetupProblem } from './setup-number-choice';
import type { SipProxyOverride } from './twilio-line-fields';
import { words } from '../../../shared/text/words';
import { problemInWords } from '../../twilio/twilio-problem';

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

const noRoutingYet = words('setup.noRoutingYet');

const routingNotFound: TwilioProblem = problemInWords(
  words('setup.routingNotFound'),
  words('setup.routingNotFoundAdvice'),
);

/**
 * The first-run wizard in main: each step checks with Twilio, keeps the progress (restart resumes,
 * reruns find what exists) and pushes setup:changed. Twilio failures become state.problem.
 */
export function createSetupService(deps: SetupServiceDeps) {
  const { progress, events, logger } = deps;
  const secrets = createSetupSecrets(deps.secrets);
  const loaded = loadSetupRecord(progress, logger);
  const unsent = loaded.liveChoices !== null && choicesFingerprint(routingChoicesOf(loaded)) !== loaded.liveChoices;
  let record: SetupRecord = { ...loaded, routingSync: resumedSync(loaded.routingSync, unsent) };
  let busy = false;
  let problem: TwilioProblem | null = null;
  let routingCheck: RoutingCheck | null = null;
  let revision = 0;
  // Operations and sends to Twilio take turns: a send never runs alongside a provision or a removal.
  let turn: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const mine = turn.then(work);
    turn = mine.catch(() => undefined);
    return mine;
  };

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
    team: record.team,
    routingSync: record.routingSync,
    routingCheck,
    tasks: record.tasks,
    accountId: record.accountId,
    busy,
    problem,
    revision,
  });
  const publish = () => {
    revision += 1;
    events.emit('setup:changed', state());
  };
  // Once the backend closes, a send still on its way changes nothing more on disk: the next start finds it
  // unfinished and says so (resumedSync).
  let stopped = false;
  const save = (change: Partial<SetupRecord>) => {
    if (stopped) return;
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
      throw new SetupProblem(problemInWords(words('setup.noSignInStored'), words('setup.noSignInStoredAdvice')));
    }
    return deps.connect(credentials, deps.endpoints);
  }

  /** One operation at a time; its Twilio failure lands in state.problem. */
  async function operate(name: string, work: () => Promise<void>): Promise<SetupState> {
    if (busy) throw new AppFailure('out-of-order', words('setup.stillWorking'));
    busy = true;
    problem = null;
    publish();
    try {
      await exclusive(work);
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

  const routingExists = () => record.number !== null && record.resources.routingBaseUrl !== undefined;

  /** Gives the routing on Twilio the choices saved at this moment (variables, or a new build if needed). */
  async function sendChoices(): Promise<void> {
    const { number } = record;
    if (!number || !routingExists()) return;
    const choices = routingChoicesOf(record);
    await changeRoutingChoices(provisionDeps(), { api: await api(), number, record, secrets }, choices, save);
    save({ liveChoices: choicesFingerprint(choices) });
  }

  const sync = createRoutingSync({
    send: () => exclusive(sendChoices),
    record: (routingSync) => {
      // What a check found no longer holds once a change is on its way.
      if (routingSync.status === 'sending') routingCheck = null;
      // Removed from Twilio meanwhile: there is nothing there to be live.
      save({ routingSync: routingExists() ? routingSync : { status: 'none' } });
    },
    problemOf,
    now: () => new Date(),
    logger,
  });

  /** A choice the routing holds: always saved here first; once the routing exists, then sent to Twilio. */
  function changeChoice(
    change:
      { voicemailGreeting: string } | { allowedCountries: string[] } | { callHandling: CallHandling } | TeamChange,
  ): SetupState {
    save(change);
    if (routingExists()) void sync.request();
    return state();
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

    /** The line the team shares; null before the setup made it. */
    teamLine: (): TeamLine | null => teamLineOf(record),

    /** Before the database closes. */
    stop(): void {
      stopped = true;
    },

    goTo(step: SetupStep): SetupState {
      if (!reachable(step)) {
        throw new AppFailure('out-of-order', words('setup.earlierStepsFirst'));
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
        if (!current || !record.account) throw new AppFailure('out-of-order', words('setup.connectAccountFirst'));
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
      if (!record.account) throw new AppFailure('out-of-order', words('setup.connectAccountFirst'));
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
        if (!number || !edge) throw new AppFailure('out-of-order', words('setup.chooseNumberFirst'));
        const deployed = routingChoicesOf(record);
        const accountId = await runProvision(
          provisionDeps(),
          { api: await api(), number, edge, record, secrets },
          (change) => save(change),
        );
        const liveChoices = choicesFingerprint(deployed);
        save({ accountId, step: 'finish', liveChoices, routingSync: { status: 'live', at: new Date().toISOString() } });
        // A choice made while the routing was being built is not in it yet.
        if (choicesFingerprint(routingChoicesOf(record)) !== liveChoices) void sync.request();
      }),

    setAllowedCountries(countries: readonly string[]): SetupState {
      if (!record.number) throw new AppFailure('out-of-order', words('setup.chooseNumberFirst'));
      return changeChoice({ allowedCountries: [...countries] });
    },

    setVoicemailGreeting: (greeting: string): SetupState => changeChoice({ voicemailGreeting: greeting }),

    setCallHandling: (callHandling: CallHandling): SetupState => changeChoice({ callHandling }),

    /**
     * A change to the line's people: `work` does what Twilio needs (in turn with sends and operations), and the
     * team it gives back is saved, then sent to the routing like any other choice.
     */
    async changeTeam(work: (context: TeamChangeContext) => Promise<TeamChange>): Promise<SetupState> {
      const line = teamLineOf(record);
      if (!line) throw new AppFailure('out-of-order', noRoutingYet);
      const changed = await exclusive(async () => work({ api: await api(), line, ...teamRecordOf(record) }));
      return changeChoice(changed);
    },

    /** The state once every saved change has been sent (or has failed): routingSync says which. */
    async untilSent(): Promise<SetupState> {
      await sync.idle();
      return state();
    },

    /** "Try again": sends what is saved here. */
    sendAgain(): SetupState {
      if (!routingExists()) throw new AppFailure('out-of-order', noRoutingYet);
      void sync.request();
      return state();
    },

    /** "Check with Twilio": reads the deployed routing's variables and lists the settings that differ. */
    async checkWithTwilio(): Promise<SetupState> {
      if (!routingExists()) throw new AppFailure('out-of-order', noRoutingYet);
      routingCheck = { status: 'checking' };
      publish();
      try {
        const differences = await exclusive(async () => {
          const { serviceSid, environmentSid } = record.resources;
          if (!serviceSid || !environmentSid) throw new SetupProblem(routingNotFound);
          return routingChoicesDifferences(await api(), { serviceSid, environmentSid }, routingChoicesOf(record));
        });
        routingCheck = { status: 'done', at: new Date().toISOString(), differences };
      } catch (error) {
        routingCheck = { status: 'failed', at: new Date().toISOString(), problem: problemOf(error) };
      }
      publish();
      return state();
    },

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
        await Promise.all(record.team.members.map((member) => deps.secrets.delete(memberPasswordKey(member.username))));
        // The greeting and the call handling are the person's own choices, not something on Twilio: a new
        // setup uses them again.
        routingCheck = null;
        record = {
          ...freshSetupRecord(),
          voicemailGreeting: record.voicemailGreeting,
          callHandling: record.callHandling,
        };
        if (!stopped) progress.write(record);
      });
      return { ...report, problem: result.problem };
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
