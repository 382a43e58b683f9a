import type { DoubleAccount, TwilioDouble } from '../../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../../logging/logger';
import { generateSipPassword } from '../sip-password';
import { connectTwilio } from '../twilio-account-api';
import { provisionTrunk, type TrunkSetup } from './provision-trunk';
import { trunkInputSchema } from './trunk-input';
import type { TrunkResources } from './trunk-resources';

export const officeNumber = '+15125550100';
export const previousVoiceUrl = 'https://demo.twilio.com/welcome/voice/';

/** One account per test, so what the double holds is that test's alone. */
export function trunkAccount(n: number): DoubleAccount {
  return {
    sid: `AC${String(n).padStart(32, 'e')}`,
    authToken: `${String(n).padStart(2, '0')}${'f'.repeat(30)}`,
    friendlyName: `Trunk ${n}`,
    type: 'Full',
    balance: '20.00',
    currency: 'USD',
    ownedNumbers: [{ phoneNumber: officeNumber, voiceUrl: previousVoiceUrl }],
  };
}

/** A connection to the double as `who`, and the setup for an office PBX at 203.0.113.7:5061 over TLS. */
export async function trunkLab(double: TwilioDouble, who: DoubleAccount) {
  const logger = createMemoryLogger();
  const api = connectTwilio({ accountSid: who.sid, username: who.sid, password: who.authToken }, double.endpoints, {
    logger,
    retry: { maxRetries: 0, maxRetryDelayMs: 1 },
  });
  const number = await api.findOwnedNumber(officeNumber);
  const input = trunkInputSchema.parse({
    pbxAddress: '203.0.113.7',
    port: 5061,
    secure: true,
    numberSid: number!.sid,
    phoneNumber: officeNumber,
    friendlyName: 'Office PBX',
  });
  const setup: TrunkSetup = { input, password: generateSipPassword() };
  return { api, logger, setup, number: number! };
}

/** provisionTrunk with every report kept; a failure is returned, not thrown. */
export async function provisionReported(
  api: Parameters<typeof provisionTrunk>[0],
  setup: TrunkSetup,
  known: TrunkResources = {},
) {
  const tasks: string[] = [];
  let latest: TrunkResources = known;
  try {
    const result = await provisionTrunk(api, setup, known, (task, resources) => {
      tasks.push(`${task.id}:${task.status}`);
      latest = resources;
    });
    return { result, tasks, latest, error: null };
  } catch (error) {
    return { result: null, tasks, latest, error };
  }
}

/** What the double holds for one account that trunking makes. */
export function trunkHoldings(double: TwilioDouble, who: DoubleAccount) {
  const state = double.state();
  const mine = <T extends { accountSid: string }>(items: T[]) => items.filter((item) => item.accountSid === who.sid);
  return {
    trunks: mine(state.trunks),
    originationUrls: mine(state.originationUrls),
    credentialLists: mine(state.credentialLists),
    credentials: mine(state.credentials),
    ipAccessControlLists: mine(state.ipAccessControlLists),
    ipAddresses: mine(state.ipAddresses),
    trunkLinks: mine(state.trunkLinks),
    number: mine(state.numbers).find((n) => n.phoneNumber === officeNumber)!,
  };
}

/** How many requests the double answered while `work` ran, and how many of them created something (POST to a list). */
export async function countRequests<T>(double: TwilioDouble, work: () => Promise<T>) {
  const before = double.requests().length;
  const value = await work();
  const made = double.requests().slice(before);
  const creates = made.filter(
    (r) => r.method === 'POST' && !/\/(TK|OU|CL|AL|CR|IP|PN)[0-9a-f]{32}(\.json)?$/.test(r.path),
  );
  return { value, total: made.length, creates: creates.length };
}
