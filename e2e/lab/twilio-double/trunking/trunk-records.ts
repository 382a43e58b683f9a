/** What the double keeps for Elastic SIP Trunking and the 2010 IP access control lists trunks authenticate with. */

interface Owned {
  sid: string;
  accountSid: string;
  dateCreated: Date;
  dateUpdated: Date;
}

export interface IpAccessControlListRecord extends Owned {
  friendlyName: string;
}
export interface IpAddressRecord extends Owned {
  ipAccessControlListSid: string;
  friendlyName: string;
  ipAddress: string;
  cidrPrefixLength: number;
}
export interface TrunkRecord extends Owned {
  friendlyName: string | null;
  domainName: string | null;
  secure: boolean;
  cnamLookupEnabled: boolean;
  transferMode: 'disable-all' | 'enable-all' | 'sip-only';
  transferCallerId: 'from-transferee' | 'from-transferor';
  disasterRecoveryUrl: string | null;
  disasterRecoveryMethod: string | null;
}
export interface OriginationUrlRecord extends Owned {
  trunkSid: string;
  friendlyName: string;
  sipUrl: string;
  weight: number;
  priority: number;
  enabled: boolean;
}
/** A credential list or IP access control list authenticating a trunk's termination: its sid is the list's (CL…, AL…). */
export interface TrunkLinkRecord extends Owned {
  kind: 'credential-list' | 'ip-access-control-list';
  trunkSid: string;
}
