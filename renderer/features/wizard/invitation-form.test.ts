import { describe, expect, it } from 'vitest';
import { maxInvitationChars } from '../../../shared/models/line-invitation-limits';
import { invitationFormErrors, readInvitationFile } from './invitation-form';

const passphrase = 'correct horse battery staple';

describe('the "I was invited" form', () => {
  it('asks for the code and the passphrase when they are missing', () => {
    expect(invitationFormErrors({ text: '  \n', passphrase: '' })).toEqual({
      text: 'Paste the invitation code, or choose the invitation file.',
      passphrase: 'Enter the passphrase the person who invited you told you.',
    });
  });

  it('accepts a code and a passphrase of 12 characters or more', () => {
    expect(invitationFormErrors({ text: 'dialtone-invite:1:AAAA', passphrase: 'twelve chars' })).toEqual({});
  });

  it('refuses a passphrase too short or too long to be one, and a text far too long to be an invitation', () => {
    const errors = invitationFormErrors({ text: 'x'.repeat(maxInvitationChars + 1), passphrase: 'eleven char' });
    expect(errors.text).toMatch(/^This is far too long to be a Dialtone invitation/);
    expect(errors.passphrase).toBe(
      'An invitation passphrase has 12 to 256 characters. Check it with the person who invited you.',
    );
    expect(invitationFormErrors({ text: 'code', passphrase: 'p'.repeat(257) }).passphrase).toMatch(/12 to 256/);
    expect(invitationFormErrors({ text: 'code', passphrase }).passphrase).toBeUndefined();
  });
});

describe('reading an invitation file', () => {
  it("gives the file's text", async () => {
    const file = new File(['{"format":"dialtone-invitation"}'], 'ada.dialtone-invite');
    expect(await readInvitationFile(file)).toEqual({ text: '{"format":"dialtone-invitation"}' });
  });

  it('refuses a file far larger than any invitation without reading it', async () => {
    const file = new File(['x'.repeat(maxInvitationChars + 1)], 'holiday.mp4');
    file.text = () => Promise.reject(new Error('read'));
    expect(await readInvitationFile(file)).toEqual({
      problem:
        'holiday.mp4 is not a Dialtone invitation: it is far too large. Choose the .dialtone-invite file you were sent.',
    });
  });

  it('says so when the file cannot be read', async () => {
    const file = new File(['{}'], 'gone.dialtone-invite');
    file.text = () => Promise.reject(new Error('NotReadableError'));
    expect(await readInvitationFile(file)).toEqual({
      problem: 'gone.dialtone-invite could not be read. Choose the file again, or paste the invitation code instead.',
    });
  });
});
