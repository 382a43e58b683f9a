import type { SetupState } from '../../../shared/models/twilio-setup';
import type { TwilioEndpoints } from '../../twilio/endpoints';
import type { InboxApi } from '../../twilio/inbox-api';
import type { TwilioCredentials } from '../../twilio/twilio-credentials';
import type { InboxLine } from './inbox-line';

export interface TwilioInboxLineDeps {
  setupState(): SetupState;
  credentials(): Promise<TwilioCredentials | undefined>;
  connect(credentials: TwilioCredentials, endpoints: TwilioEndpoints): Promise<InboxApi>;
  endpoints: TwilioEndpoints;
}

/**
 * The phone line the Twilio setup made, with its REST connection. The sign-in is read from the
 * secret store once, not on every 10 s poll; forget() after the setup changed makes the next
 * line() read it again (a new API key, another account, the setup removed).
 */
export function twilioInboxLine(deps: TwilioInboxLineDeps) {
  let connected: Promise<InboxApi | null> | null = null;
  const connect = async (): Promise<InboxApi | null> => {
    const credentials = await deps.credentials();
    return credentials ? deps.connect(credentials, deps.endpoints) : null;
  };
  return {
    async line(): Promise<InboxLine | null> {
      const { accountId, number } = deps.setupState();
      if (accountId === null || number === null) return null;
      const pending = (connected ??= connect());
      const api = await pending.catch((error: unknown) => {
        connected = null;
        throw error;
      });
      return api ? { api, number: number.phoneNumber } : null;
    },
    forget(): void {
      connected = null;
    },
  };
}
