import type { AccountFields } from '../../../shared/models/account';
import type { OfficeTrunkInput } from '../../../shared/models/office-trunk';
import type { TwilioEdge } from '../../../shared/models/twilio-setup';
import type { PbxConfigInput } from '../../pbx/pbx-config-input';
import { words } from '../../../shared/text/words';
import { trunkInputRefusal, trunkInputSchema, type TrunkInput } from '../../twilio/trunking/trunk-input';
import { AppFailure } from '../app-failure';

/** What the trunk is made of: the form's fields, checked in full (a public address, a name, a port). */
export function trunkInputOf(input: OfficeTrunkInput, numberSid: string): TrunkInput {
  const parsed = trunkInputSchema.safeParse({
    pbxAddress: input.pbxAddress,
    port: input.port,
    secure: input.secure,
    sourceAddress: input.sourceAddress || undefined,
    numberSid,
    phoneNumber: input.phoneNumber,
    friendlyName: input.friendlyName,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppFailure('invalid-request', issue ? trunkInputRefusal(issue.message) : words('office.checkFields'));
}

/** The PBX's SIP port: the one given, else SIP's usual one for the transport. */
export const pbxSipPortOf = (input: Pick<OfficeTrunkInput, 'port' | 'secure'>): number =>
  input.port ?? (input.secure ? 5061 : 5060);

export const dialtoneExtensionOf = (number: string) => ({ number, username: `dialtone-${number}` });

/** An Asterisk trunk needs Dialtone's extension; the other PBXs have none. */
export function requireExtensionWhereNeeded(input: OfficeTrunkInput): void {
  if (input.pbx === 'asterisk' && input.dialtoneExtension === null) {
    throw new AppFailure('invalid-request', words('office.extensionNeeded'));
  }
}

export interface MadeTrunk {
  terminationDomain: string;
  username: string;
  edge: TwilioEdge;
}

/** The generators' input: the form's choices and what Twilio made. */
export function pbxConfigInputOf(input: OfficeTrunkInput, made: MadeTrunk): PbxConfigInput {
  const common = {
    terminationDomain: made.terminationDomain,
    edge: made.edge,
    secure: input.secure,
    terminationUsername: made.username,
    pbxAddress: input.pbxAddress,
    pbxSipPort: pbxSipPortOf(input),
    phoneNumber: input.phoneNumber,
    country: input.country,
  };
  if (input.pbx !== 'asterisk') return { pbx: input.pbx, ...common };
  requireExtensionWhereNeeded(input);
  return { pbx: 'asterisk', ...common, dialtoneExtension: dialtoneExtensionOf(input.dialtoneExtension ?? '') };
}

/** The account through which Dialtone registers to the Asterisk PBX as its extension. */
export function dialtonePhoneFields(input: OfficeTrunkInput, extensionUsername: string): AccountFields {
  return {
    label: input.friendlyName,
    provider: 'sip',
    sipAddress: `${extensionUsername}@${input.pbxAddress}`,
    authUsername: extensionUsername,
    registrar: `${input.pbxAddress}:${pbxSipPortOf(input)}`,
    outboundProxy: null,
    // As the generated pjsip.conf has it: the extension on TLS with SRTP when secure, else TCP.
    transport: input.secure ? 'tls' : 'tcp',
    srtp: input.secure ? 'mandatory' : 'off',
    displayName: '',
    stunServer: null,
    trustedCaPem: null,
    pinnedCertSha256: null,
    enabled: true,
  };
}
