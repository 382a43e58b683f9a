import { Grammar, type Core, type NameAddrHeader } from 'sip.js';

export interface RemoteParty {
  uri: string;
  /** The user part (a phone number for PSTN calls), or the whole address for SIP URIs. */
  number: string;
  name: string | null;
}

function fromNameAddr(header: NameAddrHeader): RemoteParty {
  const user = header.uri.user ?? '';
  const name = (header.displayName ?? '').trim();
  return {
    uri: header.uri.toString(),
    number: user.length > 0 ? user : header.uri.toString(),
    name: name.length > 0 ? name : null,
  };
}

/** Who is calling: P-Asserted-Identity (RFC 3325) when the network vouches for it, else From. */
export function callerOf(request: Core.IncomingRequestMessage): RemoteParty {
  const asserted = request.getHeader('P-Asserted-Identity');
  const parsed = asserted ? Grammar.nameAddrHeaderParse(asserted) : undefined;
  return fromNameAddr(parsed ?? request.from);
}
