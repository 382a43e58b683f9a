import type { AccountSummary } from '../../shared/models/account';
import type { RegistrationState } from '../../shared/models/registration';
import type { EventBus } from './event-bus';

/** Until the SIP engine has tried, an account's line is simply not registered yet. */
export function idleStateFor(accounts: readonly AccountSummary[]): RegistrationState {
  const active = accounts.find((account) => account.enabled);
  return active ? { status: 'unregistered', accountId: active.id } : { status: 'no-account' };
}

/**
 * The one place that knows the phone line's registration state. The SIP engine reports into it;
 * the tray and the renderer follow it through the 'registration:state-changed' event.
 */
export function createRegistrationStatus(events: EventBus, initial: RegistrationState) {
  let current = initial;
  return {
    get: (): RegistrationState => current,
    set(next: RegistrationState): void {
      current = next;
      events.emit('registration:state-changed', next);
    },
  };
}

export type RegistrationStatus = ReturnType<typeof createRegistrationStatus>;
