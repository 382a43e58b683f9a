import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SetupState } from '../../../shared/models/twilio-setup';
import { err, ok, type Result } from '../../../shared/result';
import { words } from '../../../shared/text/words';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { authProblem, setupState, trialAccount } from './setup-fixtures';
import { initialSetupState, selectors, useSetupStore } from './setup.store';

const store = () => useSetupStore.getState();
const at = '2026-03-02T09:30:00.000Z';
const credentials = {
  kind: 'auth-token',
  accountSid: 'AC0123456789abcdef0123456789abcdef',
  authToken: '0123456789abcdef0123456789abcdef',
} as const;

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useSetupStore.setState(initialSetupState));
afterEach(() => vi.unstubAllGlobals());

describe('setup store: state from main', () => {
  it('loads the state with setup:get', async () => {
    useFake({ 'setup:get': () => ok(setupState({ step: 'edge' })) });
    expect(selectors.loaded(store())).toBe(false);
    await store().load();
    expect(store()).toMatchObject({ loaded: true, loadError: null });
    expect(selectors.step(store())).toBe('edge');
  });

  it('counts a failed load as loaded, keeping the message', async () => {
    useFake({ 'setup:get': () => err('internal', 'Setup is unavailable.') });
    await store().load();
    expect(store()).toMatchObject({ loaded: true, setup: null, loadError: 'Setup is unavailable.' });
    expect(selectors.step(store())).toBe('welcome');
  });
});

describe('setup store: requests that answer the whole state', () => {
  it('is busy while a request is on its way, then takes the answer', async () => {
    const answer = deferred<Result<SetupState>>();
    const fake = useFake({ 'setup:connect-twilio': () => answer.promise });
    const connecting = store().connect(credentials);
    expect(selectors.busy(store())).toBe(true);
    expect(selectors.pending(store())).toBe('connect');
    answer.resolve(ok(setupState({ step: 'credentials', account: trialAccount })));
    expect(await connecting).toBe(true);
    expect(fake.calls).toEqual([{ channel: 'setup:connect-twilio', payload: credentials }]);
    expect(store().setup?.account).toEqual(trialAccount);
    expect(selectors.busy(store())).toBe(false);
  });

  it('ignores a second request while one is on its way', async () => {
    const answer = deferred<Result<SetupState>>();
    const fake = useFake({ 'setup:provision': () => answer.promise });
    const first = store().provision();
    expect(await store().provision()).toBe(false);
    answer.resolve(ok(setupState({ step: 'finish' })));
    await first;
    expect(fake.calls).toHaveLength(1);
  });

  it('keeps a newer setup:changed when the answer it overtook arrives after it', async () => {
    const answer = deferred<Result<SetupState>>();
    useFake({ 'setup:set-voicemail-greeting': () => answer.promise });
    const saving = store().setVoicemailGreeting('Back on Monday.');
    const sent = setupState({ voicemailGreeting: 'Back on Monday.', routingSync: { status: 'sending', since: at } });
    const failed = {
      ...sent,
      routingSync: { status: 'not-live', at, problem: authProblem },
      revision: sent.revision + 1,
    } as const;
    store().receive(failed);
    answer.resolve(ok(sent));
    expect(await saving).toBe(true);
    expect(selectors.routingSync(store())).toEqual(failed.routingSync);
    store().receive({ ...sent, revision: failed.revision + 1 });
    expect(selectors.routingSync(store())).toEqual(sent.routingSync);
  });

  it("answers false when Twilio refused, with Twilio's problem in the state", async () => {
    useFake({ 'setup:connect-twilio': () => ok(setupState({ step: 'credentials', problem: authProblem })) });
    expect(await store().connect(credentials)).toBe(false);
    expect(selectors.problem(store())).toEqual(authProblem);
    expect(selectors.requestError(store())).toBeNull();
  });

  it('keeps a refused request as requestError and clears it on the next one', async () => {
    useFake({
      'setup:set-edge': () => err('invalid-request', 'The request setup:set-edge was refused.'),
      'setup:go-to': ({ step }) => ok(setupState({ step })),
    });
    store().receive(setupState({ step: 'edge' }));
    expect(await store().setEdge('dublin')).toBe(false);
    expect(store()).toMatchObject({ pending: null, requestError: 'The request setup:set-edge was refused.' });
    expect(selectors.step(store())).toBe('edge');
    await store().goTo('credentials');
    expect(store().requestError).toBeNull();
    expect(selectors.step(store())).toBe('credentials');
  });

  it('sends each step its channel and payload', async () => {
    const fake = useFake({
      'setup:create-api-key': () => ok(setupState()),
      'setup:set-edge': () => ok(setupState()),
      'setup:choose-number': () => ok(setupState()),
      'setup:provision': () => ok(setupState()),
      'setup:set-allowed-countries': ({ countries }) => ok(setupState({ allowedCountries: countries })),
      'setup:set-voicemail-greeting': ({ greeting }) => ok(setupState({ voicemailGreeting: greeting })),
    });
    await store().createApiKey();
    await store().setEdge('tokyo');
    await store().chooseNumber({ kind: 'buy', phoneNumber: '+15125550100', confirmPurchase: true });
    await store().provision();
    await store().setAllowedCountries(['US', 'CA']);
    expect(selectors.allowedCountries(store())).toEqual(['US', 'CA']);
    await store().setVoicemailGreeting('Leave a message for Sam.');
    expect(fake.calls).toEqual([
      { channel: 'setup:create-api-key', payload: undefined },
      { channel: 'setup:set-edge', payload: { edge: 'tokyo' } },
      {
        channel: 'setup:choose-number',
        payload: { kind: 'buy', phoneNumber: '+15125550100', confirmPurchase: true },
      },
      { channel: 'setup:provision', payload: undefined },
      { channel: 'setup:set-allowed-countries', payload: { countries: ['US', 'CA'] } },
      { channel: 'setup:set-voicemail-greeting', payload: { greeting: 'Leave a message for Sam.' } },
    ]);
    expect(selectors.voicemailGreeting(store())).toBe('Leave a message for Sam.');
  });
});

describe('setup store: whether the wizard shows', () => {
  it('closes the wizard on "Not now", even when main could not remember it', async () => {
    useFake({ 'setup:dismiss': () => err('internal', 'No answer.') });
    await store().dismiss();
    expect(selectors.presence(store())).toBe('closed');
  });

  it('opens the wizard at welcome from Settings', async () => {
    const fake = useFake({ 'setup:go-to': ({ step }) => ok(setupState({ step })) });
    useSetupStore.setState({ presence: 'closed', setup: setupState({ step: 'finish', dismissed: true }) });
    expect(await store().openWizard()).toBe(true);
    expect(fake.calls).toEqual([{ channel: 'setup:go-to', payload: { step: 'welcome' } }]);
    expect(store()).toMatchObject({ presence: 'open', setup: { step: 'welcome' } });
  });

  it('keeps the wizard open once shown, until it is closed', () => {
    store().keepOpen();
    expect(selectors.presence(store())).toBe('open');
    store().closeWizard();
    expect(selectors.presence(store())).toBe('closed');
  });
});

describe('setup store: number lists', () => {
  const owned = {
    sid: 'PN0123456789abcdef0123456789abcdef',
    phoneNumber: '+15125550100',
    friendlyName: '(512) 555-0100',
    capabilities: { voice: true, sms: true, mms: false },
    voiceUrl: null,
  };

  it('lists the numbers on the account', async () => {
    const answer = deferred<Result<{ items: (typeof owned)[]; problem: null }>>();
    useFake({ 'setup:list-owned-numbers': () => answer.promise });
    const listing = store().listOwnedNumbers();
    expect(store().owned.status).toBe('loading');
    answer.resolve(ok({ items: [owned], problem: null }));
    await listing;
    expect(store().owned).toEqual({ status: 'done', items: [owned], problem: null, message: null });
  });

  it("keeps Twilio's problem with a search, and main's refusal apart", async () => {
    const search = { country: 'US', type: 'local', areaCode: '512', voice: true, sms: false } as const;
    const fake = useFake({ 'setup:search-numbers': () => ok({ items: [], problem: authProblem }) });
    await store().searchNumbers(search);
    expect(fake.calls).toEqual([{ channel: 'setup:search-numbers', payload: search }]);
    expect(store().found).toMatchObject({ status: 'failed', problem: authProblem, message: null });

    useFake({ 'setup:search-numbers': () => err('invalid-request', 'Refused.') });
    await store().searchNumbers(search);
    expect(store().found).toEqual({ status: 'failed', items: [], problem: null, message: 'Refused.' });
  });
});

describe('setup store: removal from Twilio', () => {
  it('sends releaseNumber, keeps the report and asks for the state again', async () => {
    const report = {
      removed: [words('setup.removedSipDomain', { name: 'dialtone-1a2b.sip.twilio.com' })],
      leftInPlace: [],
      problem: null,
    };
    const fake = useFake({
      'setup:remove-from-twilio': () => ok(report),
      'setup:get': () => ok(setupState()),
    });
    await store().removeFromTwilio(true);
    expect(fake.calls.map((call) => call.channel)).toEqual(['setup:remove-from-twilio', 'setup:get']);
    expect(fake.calls[0]!.payload).toEqual({ releaseNumber: true });
    expect(store().removal).toEqual({ status: 'done', report });
    store().clearRemoval();
    expect(store().removal).toEqual({ status: 'idle' });
  });

  it('keeps the message when the removal was refused', async () => {
    useFake({ 'setup:remove-from-twilio': () => err('internal', 'No answer.') });
    await store().removeFromTwilio(false);
    expect(store().removal).toEqual({ status: 'failed', message: 'No answer.' });
  });
});
