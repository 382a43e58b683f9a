import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegistrationState } from '../../shared/models/registration';
import { createMemoryLogger } from '../logging/logger';
import type { PhoneRegistration } from '../sip/engine/registration-outcome';
import type { SipAccount } from '../sip/engine/sip-account';
import type { SipPhone, SipPhoneDeps } from '../sip/engine/sip-phone';
import { createEventBus } from './event-bus';
import { createLineService } from './line-service';
import { createRegistrationStatus } from './registration-status';

const account = { id: 'a1', sipAddress: 'alice@example.com' } as SipAccount;

/** A phone whose outcomes the test scripts: the policy under test is the service's, not sip.js's. */
function scriptedPhones(outcomes: PhoneRegistration[]) {
  const started: SipPhoneDeps[] = [];
  const reconnects: number[] = [];
  const startPhone = async (deps: SipPhoneDeps): Promise<SipPhone> => {
    started.push(deps);
    const next = () => outcomes.shift() ?? { status: 'registered', expiresInSeconds: 300 };
    const initial = next();
    deps.onRegistration(initial);
    return {
      initial,
      localAddress: '127.0.0.1',
      reconnect: async () => {
        reconnects.push(Date.now());
        const outcome = next();
        deps.onRegistration(outcome);
        return outcome;
      },
      dial: () => {
        throw new Error('not used');
      },
      stop: async () => deps.onRegistration({ status: 'unregistered' }),
    } as unknown as SipPhone;
  };
  return { startPhone, started, reconnects };
}

describe('line service', () => {
  let states: RegistrationState[];
  const unreachable: PhoneRegistration = { status: 'failed', reason: 'unreachable', message: 'down' };

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  function service(outcomes: PhoneRegistration[]) {
    const events = createEventBus();
    events.subscribe((event, payload) => {
      if (event === 'registration:state-changed') states.push(payload as RegistrationState);
    });
    const phones = scriptedPhones(outcomes);
    const line = createLineService({
      registration: createRegistrationStatus(events, { status: 'no-account' }),
      logger: createMemoryLogger(),
      startPhone: phones.startPhone,
      createMedia: () => Promise.reject(new Error('not used')),
      onIncomingCall: () => undefined,
      random: () => 0.5,
    });
    return { line, phones };
  }

  it('maps the phone registration into the app state, with the account id', async () => {
    const { line } = service([{ status: 'registered', expiresInSeconds: 120 }]);
    await line.use(account);
    expect(states.at(-1)).toEqual({ status: 'registered', accountId: 'a1', expiresInSeconds: 120 });
  });

  it('retries an unreachable server after 1, 2, 4 s and stops once registered', async () => {
    const { line, phones } = service([unreachable, unreachable, unreachable]);
    await line.use(account);
    await vi.advanceTimersByTimeAsync(999);
    expect(phones.reconnects).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(phones.reconnects).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(phones.reconnects).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4000);
    expect(phones.reconnects).toHaveLength(3);
    expect(states.at(-1)).toMatchObject({ status: 'registered' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(phones.reconnects).toHaveLength(3);
  });

  it('does not retry a wrong password', async () => {
    const { line, phones } = service([{ status: 'failed', reason: 'bad-credentials', message: 'no' }]);
    await line.use(account);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(phones.reconnects).toHaveLength(0);
    expect(states.at(-1)).toMatchObject({ status: 'failed', reason: 'bad-credentials' });
  });

  it('reconnects at once when the network changes, and after a connection loss with backoff', async () => {
    const { line, phones } = service([unreachable]);
    await line.use(account);
    line.networkChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(phones.reconnects).toHaveLength(1);
    expect(states.at(-1)).toMatchObject({ status: 'registered' });
    phones.started[0]!.onConnectionLost(new Error('reset'));
    await vi.advanceTimersByTimeAsync(999);
    expect(phones.reconnects).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(phones.reconnects).toHaveLength(2);
  });

  it('stops retrying once the account is taken away', async () => {
    const { line, phones } = service([unreachable]);
    await line.use(account);
    await line.use(undefined);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(phones.reconnects).toHaveLength(0);
    expect(() => line.phone()).toThrow(/no phone line/i);
    expect(() => line.phone()).toThrow(expect.objectContaining({ code: 'no-line', words: { id: 'calls.noLine' } }));
  });
});
