import { randomBytes } from 'node:crypto';

/** Test-only: one SIP message as the far end reads it (full header names, as sip.js writes them). */
export interface SipText {
  raw: string;
  startLine: string;
  /** Requests: the method and Request-URI. */
  method: string | undefined;
  uri: string | undefined;
  /** Responses: the status code. */
  status: number | undefined;
  /** The first value of a header (case-insensitive name), or undefined. */
  header(name: string): string | undefined;
  /** Every value of a header, in order. */
  headers(name: string): string[];
  body: string;
  callId: string;
  cseq: { number: number; method: string };
}

export function parseSipText(raw: string): SipText {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split + 4);
  const [startLine = '', ...lines] = head.split('\r\n');
  const fields: [string, string][] = lines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  });
  const headers = (name: string) => fields.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);
  const response = /^SIP\/2\.0 (\d{3})/.exec(startLine);
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(startLine);
  const [cseqNumber = '0', cseqMethod = ''] = (headers('cseq')[0] ?? '').split(/\s+/);
  return {
    raw,
    startLine,
    method: request?.[1],
    uri: request?.[2],
    status: response ? Number(response[1]) : undefined,
    header: (name) => headers(name)[0],
    headers,
    body,
    callId: headers('call-id')[0] ?? '',
    cseq: { number: Number(cseqNumber), method: cseqMethod },
  };
}

/** A header's tag parameter (From, To). */
export function tagOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /;\s*tag=([^;>\s]+)/i.exec(value)?.[1];
}

/** The URI inside a name-addr (`"Bob" <sip:bob@host>;tag=1` -> sip:bob@host), or the bare URI. */
export function uriOf(value: string | undefined): string {
  if (value === undefined) return '';
  return /<([^>]+)>/.exec(value)?.[1] ?? value.split(';')[0]!.trim();
}

export const newTag = () => randomBytes(5).toString('hex');
export const newBranch = () => `z9hG4bK${randomBytes(6).toString('hex')}`;

export type HeaderList = (string | undefined | false)[];

/** Joins a start line, headers and body into one message with a byte-exact Content-Length. */
export function sipMessage(startLine: string, headers: HeaderList, body = '', contentType = 'application/sdp'): string {
  const lines = [startLine, ...headers.filter((line): line is string => typeof line === 'string')];
  if (body) lines.push(`Content-Type: ${contentType}`);
  lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** A minimal G.711 answer or offer from the far end, media at 127.0.0.1:port. */
export function farEndSdp(port: number, direction: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive' = 'sendrecv') {
  return [
    'v=0',
    `o=far 1 ${Date.now()} IN IP4 127.0.0.1`,
    's=-',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    `m=audio ${port} RTP/AVP 0 101`,
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-15',
    'a=ptime:20',
    `a=${direction}`,
    '',
  ].join('\r\n');
}

/** Where an SDP sends its audio: the c= address and the m=audio port. */
export function sdpMediaAddress(sdp: string): { address: string; port: number } {
  const address = /^c=IN IP4 (\S+)/m.exec(sdp)?.[1];
  const port = /^m=audio (\d+)/m.exec(sdp)?.[1];
  if (!address || !port) throw new Error(`No audio address in this SDP:\n${sdp}`);
  return { address, port: Number(port) };
}
