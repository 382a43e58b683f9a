import type { SetupState } from '../../../shared/models/twilio-setup';
import { defaultVoicemailGreeting } from '../../../shared/models/twilio-setup-names';
import { defaultCallHandling } from '../../../shared/models/call-handling';
import { emptyTeam } from '../../../shared/models/team';

/** A setup state for tests: a fresh first run unless told otherwise. */
export function setupState(change: Partial<SetupState> = {}): SetupState {
  return {
    step: 'welcome',
    dismissed: false,
    account: null,
    suggestedEdge: 'dublin',
    edge: null,
    number: null,
    allowedCountries: [],
    voicemailGreeting: defaultVoicemailGreeting,
    callHandling: defaultCallHandling,
    team: emptyTeam,
    routingSync: { status: 'none' },
    routingCheck: null,
    tasks: [],
    accountId: null,
    busy: false,
    problem: null,
    revision: 1,
    ...change,
  };
}

export const trialAccount = {
  sid: 'AC0123456789abcdef0123456789abcdef',
  friendlyName: 'Acme',
  isTrial: true,
  balance: '15.50',
  currency: 'USD',
  credential: 'auth-token',
} as const;

export const authProblem = {
  code: 20003,
  message: 'Authenticate',
  whatToDo: 'Check the Account SID and Auth Token in the Twilio Console, then try again.',
  moreInfo: 'https://www.twilio.com/docs/errors/20003',
};
