import type { CallHandling } from '../../../shared/models/call-handling';
import { create } from 'zustand';
import type {
  AvailableNumber,
  NumberChoice,
  NumberSearch,
  OwnedNumber,
  RemovalReport,
  SetupState,
  SetupStep,
  TwilioCredentialsInput,
  TwilioEdge,
  TwilioProblem,
} from '../../../shared/models/twilio-setup';
import type { Result } from '../../../shared/result';
import { invoke } from '../../ipc/bridge';

/** What the wizard asked main to do, while the answer is on its way. */
export type SetupRequest =
  | 'go-to'
  | 'dismiss'
  | 'connect'
  | 'create-api-key'
  | 'set-edge'
  | 'choose-number'
  | 'provision'
  | 'allowed-countries'
  | 'voicemail-greeting'
  | 'call-handling';

/** A list of numbers from Twilio: a Twilio problem comes as `problem`, a refused request as `message`. */
export interface NumberList<T> {
  status: 'idle' | 'loading' | 'done' | 'failed';
  items: readonly T[];
  problem: TwilioProblem | null;
  message: string | null;
}

export type Removal =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; report: RemovalReport }
  | { status: 'failed'; message: string };

/**
 * Whether the full-window wizard shows: 'auto' decides from the setup state and the accounts
 * (first run, or a setup left half-way); 'open' and 'closed' are what the person chose this session.
 */
export type WizardPresence = 'auto' | 'open' | 'closed';

export interface SetupStoreState {
  /** Main's setup state; null until it answered (or when it could not). */
  setup: SetupState | null;
  /** setup:get has answered, one way or the other. */
  loaded: boolean;
  loadError: string | null;
  pending: SetupRequest | null;
  /** A request main refused or could not answer (Twilio's own failures are in setup.problem). */
  requestError: string | null;
  presence: WizardPresence;
  owned: NumberList<OwnedNumber>;
  found: NumberList<AvailableNumber>;
  removal: Removal;
}

export interface SetupActions {
  load(): Promise<void>;
  /** setup:changed, or any answer that carries the whole state. */
  receive(setup: SetupState): void;
  goTo(step: SetupStep): Promise<boolean>;
  /** "Not now": main remembers it, and the wizard closes. */
  dismiss(): Promise<void>;
  connect(input: TwilioCredentialsInput): Promise<boolean>;
  createApiKey(): Promise<boolean>;
  setEdge(edge: TwilioEdge): Promise<boolean>;
  listOwnedNumbers(): Promise<void>;
  searchNumbers(search: NumberSearch): Promise<void>;
  chooseNumber(choice: NumberChoice): Promise<boolean>;
  provision(): Promise<boolean>;
  /** The countries the line may call; true once main saved them (setup.routingSync: whether Twilio has them). */
  setAllowedCountries(countries: string[]): Promise<boolean>;
  /** What callers hear before the beep; true once main saved it (setup.routingSync: whether Twilio has it). */
  setVoicemailGreeting(greeting: string): Promise<boolean>;
  /** Do not disturb, forwarding and the rest; true once main saved them (setup.routingSync: whether Twilio has them). */
  setCallHandling(handling: CallHandling): Promise<boolean>;
  /** "Try again": main sends the saved choices to Twilio; the outcome comes with setup:changed. */
  sendRoutingAgain(): Promise<void>;
  /** "Check with Twilio": the settings that differ land in setup.routingCheck. */
  checkRouting(): Promise<void>;
  removeFromTwilio(releaseNumber: boolean): Promise<void>;
  clearRemoval(): void;
  /** Settings' "Set up a Twilio phone line": back to welcome (clears dismissed) and show the wizard. */
  openWizard(): Promise<boolean>;
  /** The wizard is on screen: it stays there until closed, even once the setup has made an account. */
  keepOpen(): void;
  closeWizard(): void;
}

const emptyList = { status: 'idle', items: [], problem: null, message: null } satisfies NumberList<never>;

type ListAnswer<T> = Result<{ items: T[]; problem: TwilioProblem | null }>;

/** A list's state once Twilio (or main) answered. */
function listed<T>(result: ListAnswer<T>): NumberList<T> {
  if (!result.ok) return { status: 'failed', items: [], problem: null, message: result.error.message };
  const { items, problem } = result.value;
  return { status: problem ? 'failed' : 'done', items, problem, message: null };
}

const loadingList = <T>(list: NumberList<T>): NumberList<T> => ({
  ...list,
  status: 'loading',
  problem: null,
  message: null,
});

export const initialSetupState: SetupStoreState = {
  setup: null,
  loaded: false,
  loadError: null,
  pending: null,
  requestError: null,
  presence: 'auto',
  owned: emptyList,
  found: emptyList,
  removal: { status: 'idle' },
};

type Store = SetupStoreState & SetupActions;

export const useSetupStore = create<Store>()((set, get) => {
  /** Main's state, unless a newer one is already here: an answer can arrive after setup:changed overtook it. */
  function newest(incoming: SetupState): SetupState {
    const shown = get().setup;
    return shown !== null && shown.revision > incoming.revision ? shown : incoming;
  }

  /** Runs one request that answers the whole state; true when main answered it (problem or not). */
  async function run(request: SetupRequest, send: () => Promise<Result<SetupState>>): Promise<boolean> {
    if (get().pending !== null) return false;
    set({ pending: request, requestError: null });
    const result = await send();
    if (!result.ok) {
      set({ pending: null, requestError: result.error.message });
      return false;
    }
    set({ pending: null, setup: newest(result.value), loaded: true, loadError: null });
    return result.value.problem === null;
  }

  return {
    ...initialSetupState,

    async load() {
      const result = await invoke('setup:get');
      if (result.ok) set({ setup: newest(result.value), loaded: true, loadError: null });
      else set({ loaded: true, loadError: result.error.message });
    },

    receive(setup) {
      set({ setup: newest(setup), loaded: true, loadError: null });
    },

    goTo: (step) => run('go-to', () => invoke('setup:go-to', { step })),

    async dismiss() {
      await run('dismiss', () => invoke('setup:dismiss'));
      // Closed even when main could not remember it: the wizard then comes back at the next start.
      set({ presence: 'closed' });
    },

    connect: (input) => run('connect', () => invoke('setup:connect-twilio', input)),
    createApiKey: () => run('create-api-key', () => invoke('setup:create-api-key')),
    setEdge: (edge) => run('set-edge', () => invoke('setup:set-edge', { edge })),
    async listOwnedNumbers() {
      set({ owned: loadingList(get().owned) });
      set({ owned: listed(await invoke('setup:list-owned-numbers')) });
    },

    async searchNumbers(search) {
      set({ found: loadingList(get().found) });
      set({ found: listed(await invoke('setup:search-numbers', search)) });
    },

    chooseNumber: (choice) => run('choose-number', () => invoke('setup:choose-number', choice)),
    provision: () => run('provision', () => invoke('setup:provision')),
    setAllowedCountries: (countries) =>
      run('allowed-countries', () => invoke('setup:set-allowed-countries', { countries })),
    setVoicemailGreeting: (greeting) =>
      run('voicemail-greeting', () => invoke('setup:set-voicemail-greeting', { greeting })),
    setCallHandling: (handling) => run('call-handling', () => invoke('setup:set-call-handling', handling)),

    // Not through run(): a send or a check may take a while, and changes made meanwhile must not wait for it.
    async sendRoutingAgain() {
      const result = await invoke('setup:send-routing-again');
      if (result.ok) get().receive(result.value);
      else set({ requestError: result.error.message });
    },

    async checkRouting() {
      const result = await invoke('setup:check-routing');
      if (result.ok) get().receive(result.value);
      else set({ requestError: result.error.message });
    },

    async removeFromTwilio(releaseNumber) {
      if (get().removal.status === 'busy') return;
      set({ removal: { status: 'busy' } });
      const result = await invoke('setup:remove-from-twilio', { releaseNumber });
      set({
        removal: result.ok
          ? { status: 'done', report: result.value }
          : { status: 'failed', message: result.error.message },
      });
      // What is left on the account changed: the next screens ask main again.
      if (result.ok) await get().load();
    },

    clearRemoval: () => set({ removal: { status: 'idle' } }),

    async openWizard() {
      const opened = await get().goTo('welcome');
      if (opened) set({ presence: 'open', owned: emptyList, found: emptyList });
      return opened;
    },

    keepOpen() {
      if (get().presence !== 'open') set({ presence: 'open' });
    },

    closeWizard: () => set({ presence: 'closed', requestError: null }),
  };
});

export const selectors = {
  setup: (state: Store) => state.setup,
  loaded: (state: Store) => state.loaded,
  loadError: (state: Store) => state.loadError,
  step: (state: Store) => state.setup?.step ?? 'welcome',
  /** Main is working, or a request is on its way: buttons wait. */
  busy: (state: Store) => state.pending !== null || state.setup?.busy === true,
  pending: (state: Store) => state.pending,
  problem: (state: Store) => state.setup?.problem ?? null,
  allowedCountries: (state: Store) => state.setup?.allowedCountries ?? [],
  voicemailGreeting: (state: Store) => state.setup?.voicemailGreeting ?? null,
  callHandling: (state: Store) => state.setup?.callHandling ?? null,
  routingSync: (state: Store) => state.setup?.routingSync ?? null,
  routingCheck: (state: Store) => state.setup?.routingCheck ?? null,
  /** The setup made a Twilio phone line (its routing answers the number's calls). */
  hasTwilioLine: (state: Store) => state.setup?.accountId != null,
  requestError: (state: Store) => state.requestError,
  presence: (state: Store) => state.presence,
  owned: (state: Store) => state.owned,
  found: (state: Store) => state.found,
  removal: (state: Store) => state.removal,
};
