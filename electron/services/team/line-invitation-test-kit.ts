import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { expect } from 'vitest';
import type { InvitedLine } from '../../../shared/models/line-invitation';
import { InvitationError, type InvitationProblem } from './line-invitation-error';
import { ivBytes, saltBytes, type ScryptParams } from './line-invitation-envelope';

export const samplePassphrase = 'correct horse battery staple';
export const samplePassword = 'IWasAtSignal2018';

export const sampleInvitedLine: InvitedLine = {
  sipDomain: 'dialtone-ab12.sip.twilio.com',
  username: 'alice',
  password: samplePassword,
  edge: 'dublin',
  displayName: 'Alice Liddell',
  inviterName: 'Ada Lovelace',
  phoneNumber: '+15125550100',
};

/** The cheapest settings the opener accepts: tests that open an invitation hundreds of times use these. */
export const fastScrypt: ScryptParams = { name: 'scrypt', n: 2 ** 10, r: 8, p: 1 };

export type FileFields = Record<string, unknown> & { kdf: Record<string, unknown> };

/** The invitation file with one field changed by `change`. */
export function changedFile(file: string, change: (fields: FileFields) => void): string {
  const fields = JSON.parse(file) as FileFields;
  change(fields);
  return JSON.stringify(fields);
}

/** The same bytes with one bit of byte `index` flipped (a different bit for neighbouring bytes). */
export function flipped(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ (1 << (index % 8));
  return copy;
}

/** The InvitationError the promise rejects with, after checking its problem. */
export async function refusal(promise: Promise<unknown>, problem: InvitationProblem): Promise<InvitationError> {
  const outcome = await promise.then(
    () => new Error('the invitation opened'),
    (reason: unknown) => reason,
  );
  expect(outcome).toBeInstanceOf(InvitationError);
  const error = outcome as InvitationError;
  expect(error.problem, error.message).toBe(problem);
  return error;
}

/**
 * Seals any bytes as an invitation code, written apart from sealInvitation: it checks the format from a
 * second implementation, and makes invitations Dialtone would never seal (a payload that is not a line).
 */
export function sealBytesAsCode(plaintext: Buffer, passphrase: string, kdf: ScryptParams = fastScrypt): string {
  const salt = randomBytes(saltBytes);
  const iv = randomBytes(ivBytes);
  const key = scryptSync(passphrase.normalize('NFC'), salt, 32, { N: kdf.n, r: kdf.r, p: kdf.p, maxmem: 2 ** 28 });
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(JSON.stringify(['dialtone-invitation', 1, 'scrypt', kdf.n, kdf.r, kdf.p])));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const header = Buffer.from([Math.log2(kdf.n), kdf.r, kdf.p, ciphertext.length >> 8, ciphertext.length & 0xff]);
  const body = Buffer.concat([header, salt, iv, cipher.getAuthTag(), ciphertext]);
  return `dialtone-invite:1:${body.toString('base64url')}`;
}
