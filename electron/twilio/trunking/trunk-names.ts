import { digitsOf, randomNameSuffix } from '../dialtone-names';
import type { TrunkInput } from './trunk-input';

/** Names Dialtone gives what it makes for a PBX trunk, so a rerun (or removal) finds them again. */

/** dialtone-15125550123-k3x9.pstn.twilio.com: the termination domain, unique across Twilio thanks to the suffix. */
export function trunkDomainNameFor(phoneNumber: string, suffix: string = randomNameSuffix()): string {
  return `dialtone-${digitsOf(phoneNumber)}-${suffix}.pstn.twilio.com`;
}

export function isDialtoneTrunkDomainFor(domainName: string, phoneNumber: string): boolean {
  return new RegExp(`^dialtone-${digitsOf(phoneNumber)}-[a-z0-9]{4}\\.pstn\\.twilio\\.com$`).test(domainName);
}

/** FriendlyName of the trunk's credential list and IP access control list: not the phone line's "Dialtone +1…". */
export function trunkListNameFor(phoneNumber: string): string {
  return `Dialtone PBX ${phoneNumber}`;
}

/** The SIP username the PBX authenticates its calls to Twilio with (at most 32 characters). */
export function trunkUsernameFor(phoneNumber: string): string {
  return `pbx${digitsOf(phoneNumber)}`;
}

/** sip:203.0.113.7:5061;transport=tls: where Twilio sends calls to the number. */
export function originationSipUrl(input: Pick<TrunkInput, 'pbxAddress' | 'port' | 'secure'>): string {
  const port = input.port === undefined ? '' : `:${input.port}`;
  return `sip:${input.pbxAddress}${port}${input.secure ? ';transport=tls' : ''}`;
}
