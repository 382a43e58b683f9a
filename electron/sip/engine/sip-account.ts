import type { AccountFields } from '../../../shared/models/account';

/** Everything the engine needs to run one account, password included (from the SecretStore only). */
export type SipAccount = Pick<
  AccountFields,
  | 'provider'
  | 'sipAddress'
  | 'authUsername'
  | 'registrar'
  | 'outboundProxy'
  | 'transport'
  | 'srtp'
  | 'displayName'
  | 'stunServer'
> & {
  id: string;
  password: string;
  /** A private PBX's CA or pinned certificate; undefined trusts the system's CAs only. */
  tls?: { extraCaPem?: string; pinnedCertSha256?: string };
};

export interface HostPort {
  host: string;
  port: number;
}

const defaultPorts = { tls: 5061, tcp: 5060 } as const;

export function parseHostPort(value: string, transport: SipAccount['transport']): HostPort {
  const [host = '', port] = value.split(':');
  return { host, port: port === undefined ? defaultPorts[transport] : Number(port) };
}

/** Where the SIP connection goes: the outbound proxy when there is one (Twilio's edge), else the registrar. */
export function signallingServer(account: SipAccount): HostPort {
  return parseHostPort(account.outboundProxy ?? account.registrar, account.transport);
}

export function accountDomain(account: SipAccount): string {
  return account.sipAddress.slice(account.sipAddress.indexOf('@') + 1);
}

export function accountUser(account: SipAccount): string {
  return account.sipAddress.slice(0, account.sipAddress.indexOf('@'));
}

/** E.164 numbers are called at the account's own domain (sip:+15125550123@domain); SIP URIs as they are. */
export function targetUri(account: SipAccount, target: string): string {
  return target.startsWith('+') ? `sip:${target}@${accountDomain(account)}` : target;
}
