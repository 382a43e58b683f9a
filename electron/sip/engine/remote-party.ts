import { Grammar, type Core, type NameAddrHeader, type URI } from 'sip.js';
import { remotePartyLimits } from '../../../shared/models/call';
import { readableText } from '../../../shared/readable-text';
import { unescapeQuotedString } from './quoted-string';

export interface RemoteParty {
  uri: string;
  /** The user part (a phone number for PSTN calls), or the whole address for SIP URIs. */
  number: string;
  name: string | null;
}

/** sip.js re-escapes the user part to print a URI, and throws on one that holds a % (sent as %25). */
function addressOf(uri: URI): string {
  try {
    return uri.toString();
  } catch {
    return `${uri.scheme}:${uri.user ? `${uri.user}@` : ''}${uri.host}${uri.port ? `:${uri.port}` : ''}`;
  }
}

/**
 * Any caller can put anything in these headers, and a dialled address can be long: each part is
 * bounded here, where it enters, to what the contract lets the renderer and the history show, and
 * cleared of control characters (a user part's %0D%0A arrives decoded).
 */
function partyOf(uri: URI, displayName: string | undefined): RemoteParty {
  const address = addressOf(uri);
  const user = readableText(uri.user ?? '', remotePartyLimits.number);
  const name = readableText(unescapeQuotedString(displayName ?? ''), remotePartyLimits.name);
  return {
    uri: readableText(address, remotePartyLimits.uri),
    number: user.length > 0 ? user : readableText(address, remotePartyLimits.number),
    name: name.length > 0 ? name : null,
  };
}

/** Who is calling: P-Asserted-Identity (RFC 3325) when the network vouches for it, else From. */
export function callerOf(request: Core.IncomingRequestMessage): RemoteParty {
  const asserted = request.getHeader('P-Asserted-Identity');
  const header: NameAddrHeader = (asserted ? Grammar.nameAddrHeaderParse(asserted) : undefined) ?? request.from;
  return partyOf(header.uri, header.displayName);
}

/** Who we call: the address dialled. */
export const calleeOf = (uri: URI): RemoteParty => partyOf(uri, undefined);
