import type { Logger } from '../logging/logger';
import { toSipAccount } from '../sip/engine/account-to-sip';
import type { SipAccount } from '../sip/engine/sip-account';
import type { AccountService } from './account-service';
import type { EventBus } from './event-bus';
import type { LineService } from './line-service';
import { idleStateFor, type RegistrationStatus } from './registration-status';

/**
 * Runs the line for the first enabled account that has a password, and follows account edits:
 * a changed account reconnects, an unchanged one is left alone.
 */
export function followActiveAccount(deps: {
  accounts: AccountService;
  line: LineService;
  registration: RegistrationStatus;
  events: EventBus;
  logger: Logger;
}) {
  const { accounts, line, registration, events } = deps;
  let current: string | undefined;
  let queue = Promise.resolve();

  async function choose(): Promise<SipAccount | undefined> {
    for (const account of await accounts.list()) {
      if (!account.enabled) continue;
      const password = await accounts.password(account.id);
      if (password !== undefined) return toSipAccount(account, password);
    }
    return undefined;
  }

  function refresh(): void {
    queue = queue
      .then(async () => {
        const next = await choose();
        const fingerprint = next && JSON.stringify(next);
        if (fingerprint === current) return;
        current = fingerprint;
        if (!next) registration.set(idleStateFor(await accounts.list()));
        await line.use(next);
      })
      .catch((error: unknown) => deps.logger.error('Could not switch the phone line', { error: String(error) }));
  }

  const unsubscribe = events.subscribe((event) => {
    if (event === 'accounts:changed') refresh();
  });
  refresh();
  return { stop: unsubscribe, settled: () => queue };
}
