import { accountRoutes } from './api-2010/accounts';
import { callRecordingRoutes } from './api-2010/call-recordings';
import { callRoutes } from './api-2010/calls';
import { callsLab, type CallsLab } from './calls-lab';
import { messageMediaRoutes } from './api-2010/message-media';
import { messageRoutes } from './api-2010/messages';
import { newNumber, numberRoutes } from './api-2010/numbers';
import { recordingRoutes } from './api-2010/recordings';
import { sipRoutes } from './api-2010/sip';
import { ipAccessRoutes } from './api-2010/sip-ip-access';
import { transcriptionRoutes } from './api-2010/transcriptions';
import { defaultCatalogue, type CatalogueNumber } from './catalogue';
import { lookupRoutes, lookupsLab, type LookupsLab } from './lookups';
import { messagingLab, type MessagingLab } from './messaging-lab';
import { mediaContentPath, startPrism } from './prism';
import { pricingRoutes, voicePricingRoutes } from './pricing';
import { serverlessRoutes } from './serverless/routes';
import { serveDomains } from './serverless/served-domain';
import { trunkingRoutes } from './trunking/routes';
import { DoubleServer, type AnswerFault, type FailRule, type RequestRecord } from './server';
import { Store, type DoubleAccount, type DoubleState, type SipCredentialEvent } from './state';
import { uploadRoutes } from './upload';
import { voicemailLab, type VoicemailLab } from './voicemail-lab';

export type { CatalogueNumber } from './catalogue';
export type { AnswerFault, FailRule, RequestRecord } from './server';
export type { CallInProgress, CallsLab } from './calls-lab';
export type { InboundMessage, MessagingLab } from './messaging-lab';
export type { LineType, LookupsLab } from './lookups';
export type { DestinationFault, DoubleAccount, DoubleState, SipCredentialEvent } from './state';
export type { SeededVoicemail, VoicemailLab } from './voicemail-lab';

export interface TwilioDouble {
  /**
   * Base URLs. api, serverless, trunking and pricing go through Prism (validating both ways); serverlessUpload,
   * lookups and pricing's v1 paths (not in the spec) are the double itself.
   */
  endpoints: {
    api: string;
    serverless: string;
    serverlessUpload: string;
    pricing: string;
    lookups: string;
    trunking: string;
  };
  accounts: DoubleAccount[];
  /** Where the deployed environments' public Assets are served: {servedDomains}/{domain_name}{path}. */
  servedDomains: string;
  /** The next matching request(s) get this Twilio error instead of being handled. */
  failNext(rule: FailRule): void;
  /** The next matching answer(s) carry these values instead (null, or something no client expects). */
  corruptNext(fault: AnswerFault): void;
  /** Every request the double answered (not those Prism refused before they reached it). */
  requests(): RequestRecord[];
  state(): DoubleState;
  /** Voicemail calls, recordings and transcriptions, as the routing's <Record transcribe> leaves them. */
  voicemail: VoicemailLab;
  /** Inbound messages, delivery progress and failures by destination. */
  messaging: MessagingLab;
  /** What Lookup says a number's line is. */
  lookups: LookupsLab;
  /** Calls in progress (a caller on the line, or Dialtone's call through the SIP domain) and their end. */
  calls: CallsLab;
  /** Everything Prism found wrong with a request or a response, and routes the double does not implement. */
  validationErrors(): string[];
  assertNoValidationErrors(): void;
  stop(): Promise<void>;
}

export const defaultAccount: DoubleAccount = {
  sid: 'ACd1a17000000000000000000000000001',
  authToken: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  friendlyName: 'Dialtone Test Account',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
};

export async function startTwilioDouble(
  options: { accounts?: DoubleAccount[]; onSipCredential?: (credential: SipCredentialEvent) => void } = {},
): Promise<TwilioDouble> {
  const store = new Store(options.onSipCredential);
  store.accounts = (options.accounts ?? [defaultAccount]).map((account) => ({ ...account }));
  for (const account of store.accounts) {
    for (const owned of account.ownedNumbers ?? []) {
      const catalogue: CatalogueNumber = [...(account.availableNumbers ?? []), ...defaultCatalogue].find(
        (n) => n.phoneNumber === owned.phoneNumber,
      ) ?? { phoneNumber: owned.phoneNumber, isoCountry: 'US', type: 'local' };
      const record = newNumber(account.sid, catalogue);
      record.friendlyName = owned.friendlyName ?? record.friendlyName;
      record.fields.voice_url = owned.voiceUrl ?? null;
      store.numbers.push(record);
    }
  }
  const server = new DoubleServer(store, [
    ...accountRoutes,
    ...numberRoutes,
    ...sipRoutes,
    ...ipAccessRoutes,
    ...trunkingRoutes,
    ...callRoutes,
    ...callRecordingRoutes,
    ...recordingRoutes,
    ...transcriptionRoutes,
    ...messageRoutes,
    ...messageMediaRoutes,
    ...serverlessRoutes,
    ...uploadRoutes,
    ...pricingRoutes,
    ...voicePricingRoutes,
    ...lookupRoutes,
  ]);
  const [apiUpstream, serverlessUpstream, serverlessUpload, pricingUpstream, lookups, trunkingUpstream] =
    await Promise.all(
      (['api', 'serverless', 'upload', 'pricing', 'lookups', 'trunking'] as const).map((host) => server.listen(host)),
    );
  const problems: string[] = [];
  const report = (problem: string) => problems.push(problem);
  const prisms = await Promise.allSettled([
    startPrism('twilio_api_v2010.json', apiUpstream!, report, mediaContentPath),
    startPrism('twilio_serverless_v1.json', serverlessUpstream!, report),
    startPrism('twilio_trunking_v1.json', trunkingUpstream!, report),
  ]);
  // Pricing's small spec starts once those listen, so that it does not slow the large api spec's start on a busy machine.
  if (prisms.every((result) => result.status === 'fulfilled')) {
    prisms.push(
      ...(await Promise.allSettled([startPrism('twilio_pricing_v2.json', pricingUpstream!, report, /^\/v1\//)])),
    );
  }
  const started = prisms.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = prisms.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((prism) => prism.stop()));
    await server.close();
    throw (failed as PromiseRejectedResult).reason;
  }
  const [api, serverless, trunking, pricing] = started;
  const domains = await serveDomains(store);
  const validationErrors = () => [...problems, ...server.unknownRoutes];
  return {
    endpoints: {
      api: api!.url,
      serverless: serverless!.url,
      serverlessUpload: serverlessUpload!,
      pricing: pricing!.url,
      lookups: lookups!,
      trunking: trunking!.url,
    },
    accounts: store.accounts,
    servedDomains: domains.url,
    failNext: (rule) => server.failNext(rule),
    corruptNext: (fault) => server.corruptNext(fault),
    requests: () => server.log.map((record) => ({ ...record })),
    state: () => store.snapshot(),
    voicemail: voicemailLab(store),
    messaging: messagingLab(store),
    lookups: lookupsLab(store),
    calls: callsLab(store),
    validationErrors,
    assertNoValidationErrors() {
      const errors = validationErrors();
      if (errors.length > 0) throw new Error(`Twilio contract violations (${errors.length}):\n${errors.join('\n')}`);
    },
    async stop() {
      await Promise.all(started.map((prism) => prism.stop()));
      await Promise.all([server.close(), domains.close()]);
    },
  };
}
