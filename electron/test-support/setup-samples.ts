import { defaultCallHandling } from '../../shared/models/call-handling';
import type {
  AvailableNumber,
  OwnedNumber,
  SetupState,
  TwilioCredentialsInput,
  TwilioProblem,
} from '../../shared/models/twilio-setup';

/** Test samples for the setup:* channels; every optional string set, so leaf-walking tests reach them all. */
export const sampleTwilioAccountSid = 'AC0123456789abcdef0123456789abcdef';

export const sampleTwilioCredentials: TwilioCredentialsInput = {
  kind: 'auth-token',
  accountSid: sampleTwilioAccountSid,
  authToken: '0123456789abcdef0123456789abcdef',
};

export const sampleTwilioProblem: TwilioProblem = {
  code: 21631,
  message: 'Phone Number Requires an Address',
  whatToDo: 'Add an address in the Twilio Console, then try again.',
  moreInfo: 'https://www.twilio.com/docs/errors/21631',
};

export const sampleOwnedNumber: OwnedNumber = {
  sid: 'PN0123456789abcdef0123456789abcdef',
  phoneNumber: '+15125550100',
  friendlyName: '(512) 555-0100',
  capabilities: { voice: true, sms: true, mms: false },
  voiceUrl: 'https://demo.twilio.com/welcome/voice/',
};

export const sampleAvailableNumber: AvailableNumber = {
  phoneNumber: '+15125550199',
  friendlyName: '(512) 555-0199',
  locality: 'Austin',
  region: 'TX',
  isoCountry: 'US',
  addressRequirements: 'none',
  capabilities: { voice: true, sms: true, mms: true },
  monthlyPrice: '1.15',
  priceUnit: 'USD',
};

export const sampleSetupState: SetupState = {
  step: 'provision',
  dismissed: false,
  account: {
    sid: sampleTwilioAccountSid,
    friendlyName: 'My first Twilio account',
    isTrial: true,
    balance: '15.50',
    currency: 'USD',
    credential: 'api-key',
  },
  suggestedEdge: 'dublin',
  edge: 'frankfurt',
  number: { sid: sampleOwnedNumber.sid, phoneNumber: sampleOwnedNumber.phoneNumber, purchased: true },
  allowedCountries: ['US'],
  voicemailGreeting: 'Hi, this is Sam. Leave a message and I will call you back.',
  callHandling: {
    ...defaultCallHandling,
    blockedCallers: ['+447700900123'],
    forwarding: { mode: 'no-answer', numbers: ['+447700900124'] },
    quietHours: [{ days: [1, 2], from: '22:00', to: '07:00' }],
    timeZone: 'Europe/Berlin',
  },
  team: {
    members: [{ username: 'sam', displayName: 'Sam', phoneNumber: null, extension: '101' }],
    ringGroups: [],
    defaultCallerId: '+15125550100',
  },
  routingSync: { status: 'not-live', at: '2026-03-02T09:30:00.000Z', problem: sampleTwilioProblem },
  routingCheck: {
    status: 'done',
    at: '2026-03-02T09:31:00.000Z',
    differences: [{ id: 'setup.settingDoNotDisturb' }, { id: 'setup.settingForwarding' }],
  },
  tasks: [
    { id: 'sip-domain', status: 'done', detail: 'dialtone-15125550100-k3x9.sip.twilio.com' },
    { id: 'credential-list', status: 'failed', detail: 'Dialtone +15125550100' },
  ],
  accountId: '6f1c2a3e-8d4b-4c1a-9e2f-1a2b3c4d5e6f',
  busy: false,
  problem: sampleTwilioProblem,
  revision: 7,
};
