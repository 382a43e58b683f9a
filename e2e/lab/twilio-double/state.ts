import type { CatalogueNumber } from './catalogue';
import { newSid } from './sids';
import type {
  IpAccessControlListRecord,
  IpAddressRecord,
  OriginationUrlRecord,
  TrunkLinkRecord,
  TrunkRecord,
} from './trunking/trunk-records';

export interface DoubleAccount {
  sid: string;
  authToken: string;
  friendlyName: string;
  type: 'Full' | 'Trial';
  balance: string;
  currency: string;
  ownedNumbers?: Array<{ phoneNumber: string; friendlyName?: string; voiceUrl?: string }>;
  /** What this account's AvailablePhoneNumbers searches offer; the default catalogue when absent. */
  availableNumbers?: CatalogueNumber[];
}

export interface SipCredentialEvent {
  username: string;
  password: string;
  domainName: string;
}

interface Resource {
  sid: string;
  accountSid: string;
  dateCreated: Date;
  dateUpdated: Date;
}

/** A new resource's sid (with its two-letter prefix), owner and dates. */
export function newResource(prefix: string, accountSid: string): Resource {
  const now = new Date();
  return { sid: newSid(prefix), accountSid, dateCreated: now, dateUpdated: now };
}

export interface KeyRecord extends Resource {
  friendlyName: string;
  secret: string;
}
export interface NumberRecord extends Resource {
  phoneNumber: string;
  friendlyName: string;
  catalogue: CatalogueNumber;
  addressSid: string | null;
  /** The Elastic SIP trunk that takes its calls (trunking/trunk-phone-numbers.ts); null when none. */
  trunkSid: string | null;
  fields: Record<string, string | null>; // voice_url, voice_method, sms_url, sms_method, ...
}
export interface DomainRecord extends Resource {
  domainName: string;
  friendlyName: string | null;
  fields: Record<string, string | null>;
  sipRegistration: boolean;
  secure: boolean;
  emergencyCallingEnabled: boolean;
}
export interface CredentialListRecord extends Resource {
  friendlyName: string;
}
export interface CredentialRecord extends Resource {
  credentialListSid: string;
  username: string;
  password: string;
}
export interface MappingRecord extends Resource {
  kind: 'calls' | 'registrations';
  domainSid: string;
  credentialListSid: string;
}
export interface ServiceRecord extends Resource {
  uniqueName: string;
  friendlyName: string;
  includeCredentials: boolean;
  uiEditable: boolean;
  /** e.g. dialtone-4821: environments are served at {domainBase}[-{suffix}].twil.io */
  domainBase: string;
}
export interface EnvironmentRecord extends Resource {
  serviceSid: string;
  uniqueName: string;
  domainSuffix: string | null;
  domainName: string;
  buildSid: string | null;
}
export interface FunctionRecord extends Resource {
  serviceSid: string;
  friendlyName: string;
}
export interface FunctionVersionRecord extends Resource {
  serviceSid: string;
  functionSid: string;
  path: string;
  visibility: 'public' | 'protected' | 'private';
  content: string;
}
export interface AssetRecord extends Resource {
  serviceSid: string;
  friendlyName: string;
}
export interface AssetVersionRecord extends Resource {
  serviceSid: string;
  assetSid: string;
  path: string;
  visibility: 'public' | 'protected' | 'private';
  contentType: string;
  content: Buffer;
}
export interface BuildRecord extends Resource {
  serviceSid: string;
  functionVersions: string[];
  assetVersions: string[];
  dependencies: Array<{ name: string; version: string }>;
  runtime: string;
  statusPolls: number;
}
export interface DeploymentRecord extends Resource {
  serviceSid: string;
  environmentSid: string;
  buildSid: string;
}
export interface VariableRecord extends Resource {
  serviceSid: string;
  environmentSid: string;
  key: string;
  value: string;
}

/**
 * A call reaching Twilio: an inbound call to an owned number (what voicemail leaves behind), or Dialtone's SIP
 * leg to the SIP domain (from sip:user@domain), both begun by the lab; the double places no calls.
 */
export interface CallRecord extends Resource {
  from: string;
  to: string;
  /** The owned number's PN sid; null for a call from the SIP domain. */
  phoneNumberSid: string | null;
  direction: 'inbound';
  status: 'in-progress' | 'completed';
  startTime: Date;
  /** null while the call is in progress. */
  endTime: Date | null;
  /** The tone its recordings hold: the lab's stand-in for what was said. */
  toneHz: number;
  /** What Twilio charged ("-0.01300"), once it has priced the call (CallsLab.price); null until then. */
  price?: string | null;
}
export interface RecordingRecord extends Resource {
  callSid: string;
  /**
   * RecordVerb for <Record> voicemail, DialVerb for a <Dial record> call recording, StartCallRecordingAPI for one
   * started through the call's Recordings (recording on demand).
   */
  source: 'RecordVerb' | 'DialVerb' | 'StartCallRecordingAPI';
  /** in-progress until stopped or the call ends; its audio exists once completed. */
  status: 'in-progress' | 'completed';
  channels: 1 | 2;
  startTime: Date;
  seconds: number;
  toneHz: number;
  wav: Buffer;
  mp3: Buffer;
}
export interface TranscriptionRecord extends Resource {
  recordingSid: string;
  status: 'in-progress' | 'completed' | 'failed';
  text: string | null;
}
export type MessageStatus = 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'received';
export interface MessageRecord extends Resource {
  direction: 'inbound' | 'outbound-api';
  from: string;
  to: string;
  body: string;
  status: MessageStatus;
  dateSent: Date | null;
  errorCode: number | null;
  price: string | null;
}
export interface MediaRecord extends Resource {
  messageSid: string;
  contentType: string;
  /** null for an outbound MediaUrl: the double does not fetch it. */
  content: Buffer | null;
}
/** What happens to a message sent to this destination (set by a test). */
export type DestinationFault =
  | { refuse: 21610 | 21408 }
  | { fail: 30003 | 30005 | 30006 | 30007 | 30034 | number; status?: 'undelivered' | 'failed' };

/** Everything the double knows, in memory. Handlers mutate it; state() hands out a copy. */
export class Store {
  accounts: DoubleAccount[] = [];
  keys: KeyRecord[] = [];
  numbers: NumberRecord[] = [];
  purchases: Array<{ accountSid: string; phoneNumber: string; sid: string }> = [];
  domains: DomainRecord[] = [];
  credentialLists: CredentialListRecord[] = [];
  credentials: CredentialRecord[] = [];
  mappings: MappingRecord[] = [];
  ipAccessControlLists: IpAccessControlListRecord[] = [];
  ipAddresses: IpAddressRecord[] = [];
  trunks: TrunkRecord[] = [];
  originationUrls: OriginationUrlRecord[] = [];
  trunkLinks: TrunkLinkRecord[] = [];
  services: ServiceRecord[] = [];
  environments: EnvironmentRecord[] = [];
  functions: FunctionRecord[] = [];
  functionVersions: FunctionVersionRecord[] = [];
  assets: AssetRecord[] = [];
  assetVersions: AssetVersionRecord[] = [];
  builds: BuildRecord[] = [];
  deployments: DeploymentRecord[] = [];
  variables: VariableRecord[] = [];
  calls: CallRecord[] = [];
  recordings: RecordingRecord[] = [];
  transcriptions: TranscriptionRecord[] = [];
  messages: MessageRecord[] = [];
  media: MediaRecord[] = [];
  destinationFaults = new Map<string, DestinationFault>();
  /** Line types Lookup v2 gives, by number (see lookups.ts). */
  lineTypes = new Map<string, string>();

  constructor(readonly onSipCredential?: (credential: SipCredentialEvent) => void) {}

  /** Tells Kamailio about every credential that may now REGISTER: in a list mapped to a domain's Auth/Registrations. */
  announceCredentials(filter: { credentialListSid?: string; credentialSid?: string; domainSid?: string }): void {
    if (!this.onSipCredential) return;
    for (const mapping of this.mappings.filter((m) => m.kind === 'registrations')) {
      if (filter.domainSid && mapping.domainSid !== filter.domainSid) continue;
      if (filter.credentialListSid && mapping.credentialListSid !== filter.credentialListSid) continue;
      const domain = this.domains.find((d) => d.sid === mapping.domainSid);
      if (!domain) continue;
      for (const credential of this.credentials.filter((c) => c.credentialListSid === mapping.credentialListSid)) {
        if (filter.credentialSid && credential.sid !== filter.credentialSid) continue;
        this.onSipCredential({
          username: credential.username,
          password: credential.password,
          domainName: domain.domainName,
        });
      }
    }
  }

  snapshot() {
    const plain = <T extends object>(items: T[]) => items.map((item) => structuredClone(item));
    return {
      accounts: this.accounts.map((account) => ({
        sid: account.sid,
        type: account.type,
        numbers: this.numbers.filter((n) => n.accountSid === account.sid).map((n) => n.phoneNumber),
      })),
      numbers: plain(this.numbers),
      purchases: plain(this.purchases),
      keys: this.keys.map(({ secret: _secret, ...key }) => structuredClone(key)),
      domains: plain(this.domains),
      credentialLists: plain(this.credentialLists),
      credentials: this.credentials.map(({ password: _password, ...credential }) => structuredClone(credential)),
      mappings: plain(this.mappings),
      ipAccessControlLists: plain(this.ipAccessControlLists),
      ipAddresses: plain(this.ipAddresses),
      trunks: plain(this.trunks),
      originationUrls: plain(this.originationUrls),
      trunkLinks: plain(this.trunkLinks),
      services: plain(this.services),
      environments: plain(this.environments),
      functions: plain(this.functions),
      functionVersions: plain(this.functionVersions),
      assets: plain(this.assets),
      assetVersions: this.assetVersions.map(({ content, ...version }) => ({
        ...structuredClone(version),
        size: content.length,
      })),
      builds: plain(this.builds),
      deployments: plain(this.deployments),
      variables: plain(this.variables),
      calls: plain(this.calls),
      recordings: this.recordings.map(({ wav: _wav, mp3: _mp3, ...recording }) => structuredClone(recording)),
      transcriptions: plain(this.transcriptions),
      messages: plain(this.messages),
      media: this.media.map(({ content: _content, ...media }) => structuredClone(media)),
    };
  }
}

export type DoubleState = ReturnType<Store['snapshot']>;
