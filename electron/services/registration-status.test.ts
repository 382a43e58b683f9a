import { describe, expect, it } from 'vitest';
import type { RegistrationState } from '../../shared/models/registration';
import { sampleAccountSummary, type RecordedEvent } from '../test-support/backend-fixture';
import { createEventBus } from './event-bus';
import { createRegistrationStatus, idleStateFor } from './registration-status';

const account = (id: string, enabled: boolean) => ({ ...sampleAccountSummary, id, enabled });

describe('idleStateFor', () => {
  it('is no-account without accounts or without an enabled one', () => {
    expect(idleStateFor([])).toEqual({ status: 'no-account' });
    expect(idleStateFor([account('a', false), account('b', false)])).toEqual({ status: 'no-account' });
  });

  it('is unregistered for the first enabled account', () => {
    expect(idleStateFor([account('a', false), account('b', true), account('c', true)])).toEqual({
      status: 'unregistered',
      accountId: 'b',
    });
  });
});

describe('registration status', () => {
  it('starts at the initial state and emits each change', () => {
    const events = createEventBus();
    const emitted: RecordedEvent[] = [];
    events.subscribe((event, payload) => void emitted.push({ event, payload }));
    const status = createRegistrationStatus(events, { status: 'no-account' });
    expect(status.get()).toEqual({ status: 'no-account' });
    expect(emitted).toEqual([]);
    const registered: RegistrationState = { status: 'registered', accountId: 'a', expiresInSeconds: 600 };
    status.set(registered);
    expect(status.get()).toEqual(registered);
    expect(emitted).toEqual([{ event: 'registration:state-changed', payload: registered }]);
  });
});
