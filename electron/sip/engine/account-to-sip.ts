import type { AccountSummary } from '../../../shared/models/account';
import type { SipAccount } from './sip-account';

export function toSipAccount(account: AccountSummary, password: string): SipAccount {
  return {
    id: account.id,
    password,
    provider: account.provider,
    sipAddress: account.sipAddress,
    authUsername: account.authUsername,
    registrar: account.registrar,
    outboundProxy: account.outboundProxy,
    transport: account.transport,
    srtp: account.srtp,
    displayName: account.displayName,
    stunServer: account.stunServer,
    tls: {
      ...(account.trustedCaPem ? { extraCaPem: account.trustedCaPem } : {}),
      ...(account.pinnedCertSha256 ? { pinnedCertSha256: account.pinnedCertSha256 } : {}),
    },
  };
}
