import type { SetupState } from '../../../shared/models/twilio-setup';
import type { TwilioEndpoints } from '../../twilio/endpoints';
import type { InboxApi } from '../../twilio/inbox-api';
import type { TwilioCredentials } from '../../twilio/twilio-credentials';
import type { InboxLineSource } from './inbox-line';

export interface TwilioInboxLineDeps {
  setupState(): SetupState;
  credentials(): Promise<TwilioCredentials | undefined>;
  connect(credentials: TwilioCredentials, endpoints: TwilioEndpoints): Promise<InboxApi>;
  endpoints: TwilioEndpoints;
}

const sameCredentials = (a: TwilioCredentials, b: TwilioCredentials) =>
  a.accountSid === b.accountSid && a.username === b.username && a.password === b.password;

/** The phone line the Twilio setup made, with a REST connection kept until the sign-in changes. */
export function twilioInboxLine(deps: TwilioInboxLineDeps): InboxLineSource {
  let connected: { credentials: TwilioCredentials; api: InboxApi } | null = null;
  return async () => {
    const { accountId, number } = deps.setupState();
    if (accountId === null || number === null) return null;
    const credentials = await deps.credentials();
    if (!credentials) return null;
    if (!connected || !sameCredentials(connected.credentials, credentials)) {
      connected = { credentials, api: await deps.connect(credentials, deps.endpoints) };
    }
    return { api: connected.api, number: number.phoneNumber };
  };
}
