import type { RegistrationState } from '../../shared/models/registration';
import { words } from '../../shared/text/words';
import type { Logger } from '../logging/logger';
import { registrationUnreachable, type PhoneRegistration } from '../sip/engine/registration-outcome';
import type { SipAccount } from '../sip/engine/sip-account';
import type { SipCall } from '../sip/engine/sip-call';
import type { SipPhone, SipPhoneDeps } from '../sip/engine/sip-phone';
import { AppFailure } from './app-failure';
import { reconnectDelayMs } from './reconnect-backoff';
import type { RegistrationStatus } from './registration-status';

export interface LineServiceDeps {
  registration: RegistrationStatus;
  logger: Logger;
  startPhone(deps: SipPhoneDeps): Promise<SipPhone>;
  createMedia: SipPhoneDeps['createMedia'];
  onIncomingCall(call: SipCall): void;
  random?: () => number;
}

/** Failures a retry cannot mend: wrong password, unknown address, untrusted certificate. */
const retryable = (state: PhoneRegistration) =>
  state.status === 'failed' && (state.reason === 'unreachable' || state.reason === 'server-error');

/**
 * Keeps the active account's phone line up: starts it, maps its registration into the app's
 * state, and reconnects after losses with backoff, or at once when the network changes.
 */
export function createLineService(deps: LineServiceDeps) {
  const { registration, logger } = deps;
  let phone: SipPhone | undefined;
  let account: SipAccount | undefined;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let generation = 0;

  function report(accountId: string, state: PhoneRegistration): void {
    const next: RegistrationState =
      state.status === 'registered'
        ? { status: 'registered', accountId, expiresInSeconds: state.expiresInSeconds }
        : state.status === 'failed'
          ? { ...state, accountId }
          : { status: state.status, accountId };
    registration.set(next);
  }

  function scheduleRetry(run: number): void {
    clearTimeout(retryTimer);
    const delay = reconnectDelayMs(attempt++, deps.random);
    logger.info('Reconnecting the phone line later', { delayMs: delay, attempt });
    retryTimer = setTimeout(() => void connect(run), delay);
  }

  async function connect(run: number): Promise<void> {
    if (run !== generation || !account) return;
    const outcome = phone ? await phone.reconnect() : await startFresh(account, run);
    if (run !== generation) return;
    if (outcome.status === 'registered') attempt = 0;
    else if (retryable(outcome)) scheduleRetry(run);
  }

  async function startFresh(current: SipAccount, run: number): Promise<PhoneRegistration> {
    try {
      const started = await deps.startPhone({
        account: current,
        logger: logger.child('sip'),
        createMedia: deps.createMedia,
        onRegistration: (state) => run === generation && report(current.id, state),
        onIncomingCall: deps.onIncomingCall,
        onConnectionLost: () => run === generation && scheduleRetry(run),
      });
      if (run !== generation) {
        await started.stop();
        return { status: 'unregistered' };
      }
      phone = started;
      return started.initial;
    } catch (error) {
      return registrationUnreachable(error);
    }
  }

  async function stop(): Promise<void> {
    generation++;
    clearTimeout(retryTimer);
    const stopping = phone;
    phone = undefined;
    await stopping?.stop();
  }

  return {
    /** Brings the line up for this account (or takes it down with undefined). */
    async use(next: SipAccount | undefined): Promise<void> {
      await stop();
      account = next;
      attempt = 0;
      if (next) await connect(generation);
    },
    /** The network changed or the machine resumed: try now instead of waiting out the backoff. */
    networkChanged(): void {
      if (!account) return;
      attempt = 0;
      clearTimeout(retryTimer);
      void connect(generation);
    },
    phone(): SipPhone {
      if (!phone) throw new AppFailure('no-line', words('calls.noLine'));
      return phone;
    },
    stop,
  };
}

export type LineService = ReturnType<typeof createLineService>;
