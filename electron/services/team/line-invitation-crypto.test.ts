import { describe, expect, it } from 'vitest';
import { words } from '../../../shared/text/words';
import { openInvitation, sealInvitation } from './line-invitation-crypto';
import { defaultScryptParams } from './line-invitation-envelope';
import {
  fastScrypt,
  refusal,
  sampleInvitedLine,
  samplePassphrase,
  samplePassword,
  sealBytesAsCode,
} from './line-invitation-test-kit';

describe('sealInvitation and openInvitation', () => {
  it('round-trips a line through the file and through the code, sealed with the default scrypt settings', async () => {
    const sealed = await sealInvitation(sampleInvitedLine, samplePassphrase);
    const file = JSON.parse(sealed.file) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'dialtone-invitation', version: 1, kdf: defaultScryptParams });
    expect(Object.keys(file).sort()).toEqual(['ciphertext', 'format', 'iv', 'kdf', 'salt', 'tag', 'version']);
    expect(sealed.code).toMatch(/^dialtone-invite:1:[A-Za-z0-9_-]+$/);
    expect(sealed.code.length).toBeLessThan(500);
    for (const text of [sealed.file, sealed.code]) {
      expect(text).not.toContain(samplePassword);
      expect(text).not.toContain(sampleInvitedLine.sipDomain);
      expect(await openInvitation(text, samplePassphrase)).toEqual(sampleInvitedLine);
    }
  });

  it('seals with a fresh salt and IV each time', async () => {
    const [first, second] = await Promise.all([
      sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt),
      sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt),
    ]);
    const fields = (file: string) => JSON.parse(file) as Record<string, string>;
    for (const name of ['salt', 'iv', 'ciphertext', 'tag']) {
      expect(fields(first.file)[name]).not.toBe(fields(second.file)[name]);
    }
  });

  it('opens a code wrapped over several lines, with spaces around it, as a mail app would show it', async () => {
    const { code } = await sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt);
    const wrapped = `  ${code.slice(0, 40)}\n${code.slice(40, 100)}\r\n ${code.slice(100)}\n`;
    expect(await openInvitation(wrapped, samplePassphrase)).toEqual(sampleInvitedLine);
  });

  it('opens a line without edge or number, with a number as username', async () => {
    const line = { ...sampleInvitedLine, username: '+15125550123', edge: null, phoneNumber: null };
    const { code } = await sealInvitation(line, samplePassphrase, fastScrypt);
    expect(await openInvitation(code, samplePassphrase)).toEqual(line);
  });

  it('takes the passphrase typed with composed or decomposed accents as the same one', async () => {
    const composed = 'Crème brûlée à minuit';
    const { code } = await sealInvitation(sampleInvitedLine, composed, fastScrypt);
    expect(await openInvitation(code, composed.normalize('NFD'))).toEqual(sampleInvitedLine);
  });

  it('refuses the wrong passphrase, saying it is wrong or the invitation was changed', async () => {
    const { file, code } = await sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt);
    for (const text of [file, code]) {
      const error = await refusal(openInvitation(text, 'correct horse battery stable'), 'wrong-passphrase-or-changed');
      expect(error.message).toMatch(/^The passphrase is wrong or the invitation was changed\. Check the passphrase/);
    }
    await refusal(openInvitation(code, samplePassphrase.toUpperCase()), 'wrong-passphrase-or-changed');
  });

  it('refuses a passphrase shorter than 12 characters, on both sides, before any key is derived', async () => {
    const started = performance.now();
    const sealing = await refusal(sealInvitation(sampleInvitedLine, 'short pass'), 'passphrase-rules');
    expect(sealing.message).toBe(
      'An invitation passphrase has at least 12 characters: three or four words are easy to say and type.',
    );
    expect(sealing.words).toEqual(words('team.passphraseTooShort', { min: 12 }));
    const { code } = await sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt);
    await refusal(openInvitation(code, ''), 'passphrase-rules');
    const tooLong = await refusal(openInvitation(code, 'x'.repeat(257)), 'passphrase-rules');
    expect(tooLong.message).toBe('An invitation passphrase has at most 256 characters.');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses to seal a line the opener would refuse, naming the field but not its value', async () => {
    const error = await refusal(
      sealInvitation({ ...sampleInvitedLine, sipDomain: 'pbx.example.com' }, samplePassphrase, fastScrypt),
      'unusable-line',
    );
    expect(error.message).toBe('The line cannot be put in an invitation: check sipDomain.');
    expect(error.words).toEqual(words('team.lineNotSealable', { fields: 'sipDomain' }));
  });

  it('checks what the passphrase opened like any other outside data: a payload that is not a line is refused', async () => {
    const notLines = [
      Buffer.from('not json'),
      Buffer.from(JSON.stringify({ ...sampleInvitedLine, sipDomain: 'attacker.example.com' })),
      Buffer.from(JSON.stringify({ ...sampleInvitedLine, displayName: 'Alice\r\nX-Evil: 1' })),
      Buffer.from(JSON.stringify({ ...sampleInvitedLine, extra: true })),
    ];
    for (const payload of notLines) {
      const error = await refusal(
        openInvitation(sealBytesAsCode(payload, samplePassphrase), samplePassphrase),
        'unusable-line',
      );
      expect(error.message).toMatch(/Dialtone cannot use\. Ask the person who invited you/);
    }
    // The same independent sealer with a real line opens: the format is what this file says it is.
    const line = Buffer.from(JSON.stringify(sampleInvitedLine));
    expect(await openInvitation(sealBytesAsCode(line, samplePassphrase), samplePassphrase)).toEqual(sampleInvitedLine);
  });

  it('never puts the passphrase, the password or the invitation in an error message', async () => {
    const { file, code } = await sealInvitation(sampleInvitedLine, samplePassphrase, fastScrypt);
    const attempts: Promise<unknown>[] = [
      openInvitation(code, `${samplePassphrase}!`),
      openInvitation(file.slice(0, 100), samplePassphrase),
      openInvitation(code.slice(0, 60), samplePassphrase),
      openInvitation(code.replace(':1:', ':7:'), samplePassphrase),
      openInvitation(samplePassphrase, samplePassphrase),
      openInvitation(code, samplePassword.slice(0, 5)),
      openInvitation(
        sealBytesAsCode(Buffer.from(`{"password":"${samplePassword}"}`), samplePassphrase),
        samplePassphrase,
      ),
      sealInvitation({ ...sampleInvitedLine, username: 'Not Valid' }, samplePassphrase, fastScrypt),
    ];
    const messages = await Promise.all(
      attempts.map((attempt) =>
        attempt.then(
          () => 'opened',
          (error: unknown) => String(error),
        ),
      ),
    );
    expect(messages).not.toContain('opened');
    for (const message of messages) {
      for (const secret of [samplePassphrase, samplePassword, samplePassword.slice(0, 5), code.slice(18, 40)]) {
        expect(message).not.toContain(secret);
      }
    }
  });
});
