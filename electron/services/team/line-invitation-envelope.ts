import { z } from 'zod';
import { invitationCodePrefix, maxInvitationChars } from '../../../shared/models/line-invitation-limits';
import { words } from '../../../shared/text/words';
import { damagedInvitation, InvitationError } from './line-invitation-error';

/*
 * The sealed invitation and its two spellings: a JSON file, and a code to copy (dialtone-invite:1:<base64url>)
 * holding the same bytes packed. Reading either checks size, version and key-derivation settings before any
 * expensive work, so a hostile invitation is refused at once.
 */

export const invitationVersion = 1;
const fileFormat = 'dialtone-invitation';
export const saltBytes = 16;
export const ivBytes = 12;
export const tagBytes = 16;
/** The sealed line is well under 1 KB; the text cap bounds it anyway, this bounds the bytes once decoded. */
const maxCiphertextBytes = 4_096;

const isPowerOfTwo = (value: number) => value > 0 && (value & (value - 1)) === 0;

/**
 * scrypt's cost, bounded: at most 128 × 8 × 2^17 bytes = 128 MiB, and twice the work of Dialtone's own
 * settings (p ≤ 2), so a hostile invitation cannot make Dialtone run out of memory or spin for long.
 * Dialtone seals with n = 2^17, r = 8, p = 1 (about 1 s on a slow machine); 2^10 is there for tests.
 */
export const scryptParamsSchema = z.strictObject({
  name: z.literal('scrypt'),
  n: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 17)
    .refine(isPowerOfTwo),
  r: z.number().int().min(1).max(8),
  p: z.number().int().min(1).max(2),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;
export const defaultScryptParams: ScryptParams = { name: 'scrypt', n: 2 ** 17, r: 8, p: 1 };

export interface InvitationEnvelope {
  version: typeof invitationVersion;
  kdf: ScryptParams;
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/** Bound to the ciphertext: changing the version or the settings fails the tag, not just the key. */
export function additionalData(envelope: Pick<InvitationEnvelope, 'version' | 'kdf'>): Buffer {
  const { version, kdf } = envelope;
  return Buffer.from(JSON.stringify([fileFormat, version, kdf.name, kdf.n, kdf.r, kdf.p]), 'utf8');
}

const unknownVersion = (version: unknown) =>
  new InvitationError(
    'unknown-version',
    words('team.invitationFromOtherVersion', { format: String(version).slice(0, 10) }),
  );

const unsafeSettings = () => new InvitationError('unsafe-settings', words('team.invitationUnsafeSettings'));

/** Base64url with no padding and nothing else: two spellings of the same bytes would let a change go unseen. */
function decodeExact(text: string, bytes: { min: number; max: number }): Buffer {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw damagedInvitation();
  const decoded = Buffer.from(text, 'base64url');
  if (decoded.toString('base64url') !== text) throw damagedInvitation();
  if (decoded.length < bytes.min || decoded.length > bytes.max) throw damagedInvitation();
  return decoded;
}

const fixed = (size: number) => ({ min: size, max: size });
const ciphertextSize = { min: 1, max: maxCiphertextBytes };

const fileSchema = z.strictObject({
  format: z.literal(fileFormat),
  version: z.literal(invitationVersion),
  kdf: z.unknown(),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  ciphertext: z.string(),
});

function checkedKdf(kdf: unknown): ScryptParams {
  const parsed = scryptParamsSchema.safeParse(kdf);
  if (!parsed.success) throw unsafeSettings();
  return parsed.data;
}

export function envelopeToFile(envelope: InvitationEnvelope): string {
  const file = {
    format: fileFormat,
    version: envelope.version,
    kdf: envelope.kdf,
    salt: envelope.salt.toString('base64url'),
    iv: envelope.iv.toString('base64url'),
    tag: envelope.tag.toString('base64url'),
    ciphertext: envelope.ciphertext.toString('base64url'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function envelopeFromFile(text: string): InvitationEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damagedInvitation();
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== fileFormat) {
    throw notAnInvitation();
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version !== invitationVersion) throw unknownVersion(version);
  const file = fileSchema.safeParse(json);
  if (!file.success) throw damagedInvitation();
  const { kdf, salt, iv, tag, ciphertext } = file.data;
  return {
    version: invitationVersion,
    kdf: checkedKdf(kdf),
    salt: decodeExact(salt, fixed(saltBytes)),
    iv: decodeExact(iv, fixed(ivBytes)),
    tag: decodeExact(tag, fixed(tagBytes)),
    ciphertext: decodeExact(ciphertext, ciphertextSize),
  };
}

/*
 * The code's bytes: log2(n), r, p (one byte each), the ciphertext's length (two bytes, so a code cut short
 * is told apart from a changed one), then salt, iv, tag and ciphertext.
 */
const headerBytes = 5;

export function envelopeToCode(envelope: InvitationEnvelope): string {
  const header = Buffer.alloc(headerBytes);
  header.writeUInt8(Math.log2(envelope.kdf.n), 0);
  header.writeUInt8(envelope.kdf.r, 1);
  header.writeUInt8(envelope.kdf.p, 2);
  header.writeUInt16BE(envelope.ciphertext.length, 3);
  const body = Buffer.concat([header, envelope.salt, envelope.iv, envelope.tag, envelope.ciphertext]);
  return `${invitationCodePrefix}${envelope.version}:${body.toString('base64url')}`;
}

function envelopeFromCode(text: string): InvitationEnvelope {
  // Mail and chat apps wrap long lines: the code has no spaces of its own.
  const match = /^([0-9]{1,6}):(.*)$/s.exec(text.slice(invitationCodePrefix.length).replace(/\s+/g, ''));
  if (!match?.[1]) throw damagedInvitation();
  if (match[1] !== String(invitationVersion)) throw unknownVersion(match[1]);
  const fixedPart = headerBytes + saltBytes + ivBytes + tagBytes;
  const body = decodeExact(match[2] ?? '', { min: headerBytes, max: fixedPart + maxCiphertextBytes });
  const kdf = checkedKdf({ name: 'scrypt', n: 2 ** body.readUInt8(0), r: body.readUInt8(1), p: body.readUInt8(2) });
  const ciphertextLength = body.readUInt16BE(3);
  if (ciphertextLength < 1 || body.length !== fixedPart + ciphertextLength) throw damagedInvitation();
  let at = headerBytes;
  const take = (size: number) => body.subarray(at, (at += size));
  return {
    version: invitationVersion,
    kdf,
    salt: take(saltBytes),
    iv: take(ivBytes),
    tag: take(tagBytes),
    ciphertext: take(ciphertextLength),
  };
}

const notAnInvitation = () =>
  new InvitationError('not-an-invitation', words('team.notAnInvitation', { prefix: invitationCodePrefix }));

/** Either spelling, refused by size before it is parsed at all. */
export function readEnvelope(text: string): InvitationEnvelope {
  if (text.length > maxInvitationChars) {
    throw new InvitationError('too-large', words('team.invitationTooLarge'));
  }
  const trimmed = text.trim();
  if (trimmed.startsWith(invitationCodePrefix)) return envelopeFromCode(trimmed);
  if (trimmed.startsWith('{')) return envelopeFromFile(trimmed);
  throw notAnInvitation();
}
