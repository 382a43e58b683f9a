import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { maxInvitationChars } from '../../../shared/models/line-invitation';
import { openInvitation, sealInvitation, type SealedInvitation } from './line-invitation-crypto';
import type { InvitationProblem } from './line-invitation-error';
import {
  changedFile,
  fastScrypt,
  flipped,
  refusal,
  sampleInvitedLine,
  samplePassphrase,
} from './line-invitation-test-kit';

/*
 * A changed invitation never opens: every byte of every part flipped, cut short, another version, other
 * scrypt settings, or far too long. Sealed with the cheapest accepted settings, as each attempt derives a key.
 */

let sealed: SealedInvitation;
beforeAll(async () => {
  sealed = await sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt);
});
afterEach(() => vi.restoreAllMocks());

const open = (text: string) => openInvitation(text, samplePassphrase);
const codeBody = () => Buffer.from(sealed.code.slice('dialtone-invite:1:'.length), 'base64url');
const codeWith = (body: Buffer) => `dialtone-invite:1:${body.toString('base64url')}`;

/** Every outcome of opening each text: the problem, or 'opened'. */
async function outcomes(texts: string[]): Promise<Set<InvitationProblem | 'opened'>> {
  const seen = new Set<InvitationProblem | 'opened'>();
  for (const text of texts) {
    seen.add(
      await open(text).then(
        () => 'opened' as const,
        (error: { problem: InvitationProblem }) => error.problem,
      ),
    );
  }
  return seen;
}

describe('a changed invitation file', () => {
  it.each(['salt', 'iv', 'tag', 'ciphertext'])('is refused with any byte of its %s flipped', async (field) => {
    const bytes = Buffer.from(JSON.parse(sealed.file)[field] as string, 'base64url');
    const texts = [...bytes.keys()].map((index) =>
      changedFile(sealed.file, (fields) => void (fields[field] = flipped(bytes, index).toString('base64url'))),
    );
    expect(await outcomes(texts)).toEqual(new Set(['wrong-passphrase-or-changed']));
  });

  it('is refused with another spelling of the same bytes (base64url trailing bits)', async () => {
    const tag = JSON.parse(sealed.file).tag as string;
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = [...last].filter(
      (char) =>
        char !== tag.at(-1) && Buffer.from(tag.slice(0, -1) + char, 'base64url').equals(Buffer.from(tag, 'base64url')),
    );
    expect(sameBytes.length).toBeGreaterThan(0);
    const texts = sameBytes.map((char) =>
      changedFile(sealed.file, (fields) => void (fields.tag = tag.slice(0, -1) + char)),
    );
    expect(await outcomes(texts)).toEqual(new Set(['damaged']));
  });

  it('is refused with other scrypt settings Dialtone accepts: the key and the bound data both change', async () => {
    const texts = [{ n: 2 ** 11 }, { r: 7 }, { p: 2 }].map((change) =>
      changedFile(sealed.file, (fields) => Object.assign(fields.kdf, change)),
    );
    expect(await outcomes(texts)).toEqual(new Set(['wrong-passphrase-or-changed']));
  });

  it('is refused fast, without deriving a key, when its scrypt settings are absurd', async () => {
    const hostile = [
      { n: 2 ** 30 },
      { n: 2 ** 18 },
      { n: 1000 },
      { n: -1024 },
      { n: 1024.5 },
      { r: 1_000_000 },
      { p: 100 },
      { p: 0 },
      { n: '1024' },
      { name: 'argon2id' },
      { extra: 1 },
    ];
    const started = performance.now();
    const texts = hostile.map((change) => changedFile(sealed.file, (fields) => Object.assign(fields.kdf, change)));
    expect(await outcomes(texts)).toEqual(new Set(['unsafe-settings']));
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('is refused when made by another version, or when its version field was changed', async () => {
    for (const version of [0, 2, 99]) {
      const error = await refusal(
        open(changedFile(sealed.file, (fields) => void (fields.version = version))),
        'unknown-version',
      );
      expect(error.message).toMatch(/different version of Dialtone .*Update Dialtone/);
    }
    const texts = ['1', null, true].map((version) =>
      changedFile(sealed.file, (fields) => void (fields.version = version)),
    );
    expect(await outcomes(texts)).toEqual(new Set(['damaged']));
  });

  it('is refused as damaged when cut short at any point', async () => {
    const file = sealed.file.trimEnd();
    const texts = [...Array(file.length - 1).keys()].map((length) => file.slice(0, length + 1));
    expect(await outcomes(texts)).toEqual(new Set(['damaged']));
  });

  it('is refused with a missing or an extra field', async () => {
    const texts = [
      changedFile(sealed.file, (fields) => void delete fields.tag),
      changedFile(sealed.file, (fields) => void (fields.note = 'hi')),
      changedFile(sealed.file, (fields) => void (fields.salt = 'not base64!')),
    ];
    expect(await outcomes(texts)).toEqual(new Set(['damaged']));
  });
});

describe('a changed invitation code', () => {
  it('is refused with any byte flipped: settings, length, salt, iv, tag or ciphertext', async () => {
    const body = codeBody();
    const texts = [...body.keys()].map((index) => codeWith(flipped(body, index)));
    const seen = await outcomes(texts);
    expect(seen.has('opened')).toBe(false);
    // The settings bytes give unsafe ones, the length bytes a mismatch; the rest fails the tag.
    expect(seen).toEqual(new Set(['unsafe-settings', 'damaged', 'wrong-passphrase-or-changed']));
  });

  it('is refused with another version in its prefix', async () => {
    for (const version of ['0', '2', '01', '10']) {
      await refusal(open(sealed.code.replace(':1:', `:${version}:`)), 'unknown-version');
    }
    await refusal(open(sealed.code.replace(':1:', ':x:')), 'damaged');
  });

  it('is refused cut short at any point after its prefix', async () => {
    const texts = [...Array(sealed.code.length - 'dialtone-invite:'.length).keys()].map((cut) =>
      sealed.code.slice(0, 'dialtone-invite:'.length + cut),
    );
    expect(await outcomes(texts)).toEqual(new Set(['damaged']));
  });
});

describe('what is not an invitation', () => {
  it('is refused when far too long, before it is parsed', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const decode = vi.spyOn(Buffer, 'from');
    const huge = [
      `{"format":"dialtone-invitation",${' '.repeat(10_000_000)}}`,
      `dialtone-invite:1:${'A'.repeat(maxInvitationChars)}`,
    ];
    const started = performance.now();
    for (const text of huge) await refusal(open(text), 'too-large');
    expect(performance.now() - started).toBeLessThan(100);
    expect(parse).not.toHaveBeenCalled();
    expect(decode).not.toHaveBeenCalled();
  });

  it('is refused with what to paste instead', async () => {
    for (const text of ['', 'hello', '[1,2]', '{"format":"something-else"}', 'https://example.com/invite']) {
      const error = await refusal(open(text), 'not-an-invitation');
      expect(error.message).toMatch(
        /Paste the code that starts with “dialtone-invite:”, or choose the invitation file/,
      );
    }
  });
});
