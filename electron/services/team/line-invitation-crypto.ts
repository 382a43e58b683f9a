import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import {
  invitationPassphraseSchema,
  invitedLineSchema,
  maxInvitationPassphraseLength,
  minInvitationPassphraseLength,
  type InvitedLine,
} from '../../../shared/models/line-invitation';
import { words } from '../../../shared/text/words';
import { InvitationError } from './line-invitation-error';
import {
  additionalData,
  defaultScryptParams,
  envelopeToCode,
  envelopeToFile,
  invitationVersion,
  ivBytes,
  readEnvelope,
  saltBytes,
  scryptParamsSchema,
  tagBytes,
  type InvitationEnvelope,
  type ScryptParams,
} from './line-invitation-envelope';

/*
 * A team line sealed with a passphrase: scrypt makes the key (Node 24's crypto.argon2 comes from OpenSSL 3.2,
 * which Electron's BoringSSL build of Node lacks; scrypt is in both), AES-256-GCM encrypts and authenticates,
 * with a fresh salt and IV every time and the version and scrypt settings bound as additional data.
 */

export interface SealedInvitation {
  /** The JSON file's text, saved as name.dialtone-invite. */
  file: string;
  /** The same invitation on one line, to paste into a message: dialtone-invite:1:… */
  code: string;
}

const keyBytes = 32;

/** The passphrase as typed on any keyboard: é typed as one character or as e plus an accent is the same. */
function checkedPassphrase(passphrase: string): string {
  const checked = invitationPassphraseSchema.safeParse(passphrase);
  if (!checked.success) {
    throw new InvitationError(
      'passphrase-rules',
      passphrase.length > maxInvitationPassphraseLength
        ? words('team.passphraseTooLong', { max: maxInvitationPassphraseLength })
        : words('team.passphraseTooShort', { min: minInvitationPassphraseLength }),
    );
  }
  return checked.data.normalize('NFC');
}

function deriveKey(passphrase: string, salt: Buffer, kdf: ScryptParams): Promise<Buffer> {
  const { n, r, p } = scryptParamsSchema.parse(kdf);
  // What scrypt needs for these settings (128 × r × (n + p + 2) bytes, capped by the schema), and no more.
  const maxmem = 128 * r * (n + p + 2) + 64 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, keyBytes, { N: n, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `kdf` is for tests, which seal many invitations: Dialtone itself always seals with the default. */
export async function sealInvitation(
  line: InvitedLine,
  passphrase: string,
  kdf: ScryptParams = defaultScryptParams,
): Promise<SealedInvitation> {
  const checkedLine = invitedLineSchema.safeParse(line);
  if (!checkedLine.success) {
    const fields = [...new Set(checkedLine.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    throw new InvitationError('unusable-line', words('team.lineNotSealable', { fields }));
  }
  const plaintext = Buffer.from(JSON.stringify(checkedLine.data), 'utf8');
  const salt = randomBytes(saltBytes);
  const iv = randomBytes(ivBytes);
  const key = await deriveKey(checkedPassphrase(passphrase), salt, kdf);
  const header = { version: invitationVersion, kdf } as const;
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
  cipher.setAAD(additionalData(header));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const envelope: InvitationEnvelope = { ...header, salt, iv, tag: cipher.getAuthTag(), ciphertext };
  return { file: envelopeToFile(envelope), code: envelopeToCode(envelope) };
}

function decrypt(envelope: InvitationEnvelope, key: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, envelope.iv, { authTagLength: tagBytes });
  decipher.setAAD(additionalData(envelope));
  decipher.setAuthTag(envelope.tag);
  try {
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong key from a changed byte: both fail the tag.
    throw new InvitationError('wrong-passphrase-or-changed', words('team.wrongPassphraseOrChanged'));
  }
}

/** The line in a pasted code or a file's text, or an InvitationError that says what to do. */
export async function openInvitation(text: string, passphrase: string): Promise<InvitedLine> {
  const envelope = readEnvelope(text);
  const key = await deriveKey(checkedPassphrase(passphrase), envelope.salt, envelope.kdf);
  const plaintext = decrypt(envelope, key);
  // Sealed with the passphrase, so from the inviter; still checked like anything else from outside.
  let json: unknown;
  try {
    json = JSON.parse(plaintext.toString('utf8'));
  } catch {
    json = undefined;
  }
  const line = invitedLineSchema.safeParse(json);
  if (!line.success) {
    throw new InvitationError('unusable-line', words('team.invitationLineUnusable'));
  }
  return line.data;
}
