import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { maxInvitationChars } from '../../../shared/models/line-invitation-limits';
import { invitationFormErrors, readInvitationFile } from './invitation-form';

const t = translatorFor('en');
const passphrase = 'correct horse battery staple';

describe('the "I was invited" form', () => {
  it('asks for the code and the passphrase when they are missing', () => {
    expect(invitationFormErrors({ text: '  \n', passphrase: '' }, t)).toEqual({
      text: 'Paste the invitation code, or choose the invitation file.',
      passphrase: 'Enter the passphrase the person who invited you told you.',
    });
  });

  it('accepts a code and a passphrase of 12 characters or more', () => {
    expect(invitationFormErrors({ text: 'dialtone-invite:1:AAAA', passphrase: 'twelve chars' }, t)).toEqual({});
  });

  it('refuses a passphrase too short or too long to be one, and a text far too long to be an invitation', () => {
    const errors = invitationFormErrors({ text: 'x'.repeat(maxInvitationChars + 1), passphrase: 'eleven char' }, t);
    expect(errors.text).toMatch(/^This is far too long to be a Dialtone invitation/);
    expect(errors.passphrase).toBe(
      'An invitation passphrase has 12 to 256 characters. Check it with the person who invited you.',
    );
    expect(invitationFormErrors({ text: 'code', passphrase: 'p'.repeat(257) }, t).passphrase).toMatch(/12 to 256/);
    expect(invitationFormErrors({ text: 'code', passphrase }, t).passphrase).toBeUndefined();
  });
});

describe('the "I was invited" form in another language', () => {
  it('says what to fix in French', () => {
    expect(invitationFormErrors({ text: '', passphrase: 'court' }, translatorFor('fr'))).toEqual({
      text: 'Collez le code d’invitation, ou choisissez le fichier d’invitation.',
      passphrase:
        'Une phrase secrète d’invitation compte de 12 à 256 caractères. Vérifiez-la auprès de la personne qui vous a invité.',
    });
  });

  it('says in Spanish why a file is not read', async () => {
    const file = new File(['x'.repeat(maxInvitationChars + 1)], 'vacaciones.mp4');
    expect(await readInvitationFile(file, translatorFor('es'))).toEqual({
      problem:
        'vacaciones.mp4 no es una invitación de Dialtone: es demasiado grande. Elige el archivo .dialtone-invite que te enviaron.',
    });
  });
});

describe('reading an invitation file', () => {
  it("gives the file's text", async () => {
    const file = new File(['{"format":"dialtone-invitation"}'], 'ada.dialtone-invite');
    expect(await readInvitationFile(file, t)).toEqual({ text: '{"format":"dialtone-invitation"}' });
  });

  it('refuses a file far larger than any invitation without reading it', async () => {
    const file = new File(['x'.repeat(maxInvitationChars + 1)], 'holiday.mp4');
    file.text = () => Promise.reject(new Error('read'));
    expect(await readInvitationFile(file, t)).toEqual({
      problem:
        'holiday.mp4 is not a Dialtone invitation: it is far too large. Choose the .dialtone-invite file you were sent.',
    });
  });

  it('says so when the file cannot be read', async () => {
    const file = new File(['{}'], 'gone.dialtone-invite');
    file.text = () => Promise.reject(new Error('NotReadableError'));
    expect(await readInvitationFile(file, t)).toEqual({
      problem: 'gone.dialtone-invite could not be read. Choose the file again, or paste the invitation code instead.',
    });
  });
});
