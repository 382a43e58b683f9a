import { toDialTarget, type DialTarget } from './phone-number';

/**
 * What a tel:, sip: or callto: link asks Dialtone to dial. The target never carries a telephone
 * extension (calls:dial takes E.164 or a SIP URI only): the extension is shown in `display`
 * ("(512) 555-0123 ext. 12") and given apart in `extension`, for the keypad once the call is up.
 */
export type PhoneLinkResult =
  { ok: true; target: DialTarget; display: string; extension?: string } | { ok: false; message: string };

/** The parts of an RFC 3966 tel: URI, percent-decoded; separators are left in `number`. */
export interface TelUriParts {
  number: string;
  extension: string | null;
  phoneContext: string | null;
}

const maxLinkLength = 2048;
const maxFieldLength = 256;
const visualSeparators = /[\s\-.()]/g;
const linkKinds = 'Dialtone opens tel:, sip: and callto: links.';

const refuse = (message: string): PhoneLinkResult => ({ ok: false, message });

function decodePercent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** "tel:+1-512-555-0123;ext=12" -> { number: "+1-512-555-0123", extension: "12" }; null if the %-encoding is broken. */
export function splitTelUri(uri: string): TelUriParts | null {
  const [rawNumber = '', ...params] = uri.replace(/^(tel:)?(\/\/)?/i, '').split(';');
  const number = decodePercent(rawNumber);
  if (number === null) return null;
  let extension: string | null = null;
  let phoneContext: string | null = null;
  for (const param of params) {
    const [rawName = '', ...rawValue] = param.split('=');
    const value = decodePercent(rawValue.join('='));
    if (value === null) return null;
    const name = rawName.trim().toLowerCase();
    if (name === 'ext') extension = value.replace(visualSeparators, '');
    else if (name === 'phone-context') phoneContext = value.trim();
  }
  return { number: number.trim(), extension: extension || null, phoneContext: phoneContext || null };
}

/** Keeps only what the link result promises (no `problem` kind). */
function dialable(input: string, country: string): PhoneLinkResult {
  const result = toDialTarget(input, country);
  return result.ok ? { ok: true, target: result.target, display: result.display } : refuse(result.message);
}

function withinLimits(result: PhoneLinkResult): PhoneLinkResult {
  if (result.ok && (result.target.length > maxFieldLength || result.display.length > maxFieldLength)) {
    return refuse('This address is too long to call. Check the link.');
  }
  return result;
}

function telLink(body: string, country: string): PhoneLinkResult {
  const parts = splitTelUri(body);
  if (parts === null) return refuse('This phone link is damaged (its %-encoding is broken). Copy the number instead.');
  const number = parts.number.replace(visualSeparators, '');
  if (number === '') return refuse('This phone link has no number in it.');
  if (number.includes('@')) return refuse('This tel: link holds an address, not a phone number. Check the link.');
  const context = parts.phoneContext;
  // RFC 3966 local number: a context starting with + is the prefix; a domain context means "as dialled there".
  const prefix = !number.startsWith('+') && context?.startsWith('+') ? context.replace(visualSeparators, '') : '';
  const result = toDialTarget(prefix + number, country);
  if (!result.ok && prefix) {
    return refuse(
      `This link gives ${number.slice(0, 32)} as a local number within ${prefix.slice(0, 32)}, which does not make a whole number. Ask for the full number.`,
    );
  }
  if (!result.ok) {
    return refuse(
      context && !context.startsWith('+') && !number.startsWith('+')
        ? `This link is a local number of ${context.slice(0, 64)}, which Dialtone cannot call from here. ${result.message}`
        : result.message,
    );
  }
  if (parts.extension === null) return { ok: true, target: result.target, display: result.display };
  return {
    ok: true,
    target: result.target,
    display: `${result.display} ext. ${parts.extension}`,
    extension: parts.extension,
  };
}

function sipLink(scheme: 'sip' | 'sips', body: string, country: string): PhoneLinkResult {
  const address = body.replace(/^\/\//, '');
  const at = address.indexOf('@');
  if (at <= 0) return refuse('This SIP link has no address in it. A SIP address looks like sip:alice@example.com.');
  // Drop a password (sip:user:secret@host), URI parameters (;transport=tls) and headers (?subject=...).
  const user = decodePercent(address.slice(0, at).split(':')[0] ?? '');
  const host = (address.slice(at + 1).split(/[;?]/)[0] ?? '').toLowerCase();
  if (user === null) return refuse('This SIP link is damaged (its %-encoding is broken). Copy the address instead.');
  if (/[\s@]/.test(user)) return refuse('This SIP link has a name Dialtone cannot call. Check the link.');
  return dialable(`${scheme}:${user}@${host}`, country);
}

function calltoLink(body: string, country: string): PhoneLinkResult {
  const value = decodePercent(body.replace(/^\/\//, '').split('?')[0]?.replace(/\/+$/, '') ?? '');
  if (value === null)
    return refuse('This callto: link is damaged (its %-encoding is broken). Copy the number instead.');
  const text = value.trim();
  if (text === '') return refuse('This callto: link has no number in it.');
  if (text.includes('@')) return dialable(`sip:${text}`, country);
  // Skype names start with a letter: text that starts like a number is one, vanity ones too (1-800-FLOWERS).
  if (/^[+\d(]/.test(text)) return dialable(text, country);
  return refuse(
    `"${text.slice(0, 64)}" is a Skype name, not a phone number. Dialtone calls phone numbers and SIP addresses: ask for their number instead.`,
  );
}

/**
 * Reads a phone link someone clicked: tel:+1-512-555-0123;ext=12, tel:863-1234;phone-context=+1-914-555,
 * sip:alice@example.com;transport=tls, sips:..., callto://+44 20 7946 0958, with %-encoding.
 * Local numbers are read as in `country`. Never dials: it only says what the dialer should show.
 */
export function parsePhoneLink(uri: string, country: string): PhoneLinkResult {
  const text = uri.trim();
  if (text === '') return refuse(`This link is empty. ${linkKinds}`);
  if (text.length > maxLinkLength) return refuse('This link is too long to be a phone number or a SIP address.');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return refuse(`This is not a phone link. ${linkKinds}`);
  const body = text.slice(scheme.length + 1);
  switch (scheme) {
    case 'tel':
      return withinLimits(telLink(body, country));
    case 'sip':
    case 'sips':
      return withinLimits(sipLink(scheme, body, country));
    case 'callto':
      return withinLimits(calltoLink(body, country));
    case 'skype':
      return refuse('Skype links call Skype accounts, which Dialtone cannot reach. Ask for a phone number instead.');
    default:
      return refuse(`Dialtone cannot open ${scheme.slice(0, 32)}: links. ${linkKinds}`);
  }
}
