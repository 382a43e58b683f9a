import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { invitationImportedText } from './invitation-text';

const t = translatorFor('en');

const invitation = {
  account: { sipAddress: 'alice@dialtone-ab12.sip.twilio.com' },
  updated: false,
  inviterName: 'Ada Lovelace',
  phoneNumber: '+15125550100',
} as ImportedInvitation;

describe('invitationImportedText', () => {
  it("names who invited the person and the line's number", () => {
    expect(invitationImportedText(invitation, t)).toEqual([
      'Ada Lovelace invited you to their phone line (+1 512 555 0100).',
    ]);
  });

  it('leaves the number out when the line has none', () => {
    expect(invitationImportedText({ ...invitation, phoneNumber: null }, t)).toEqual([
      'Ada Lovelace invited you to their phone line.',
    ]);
  });

  it('says so when an account Dialtone already had was changed', () => {
    expect(invitationImportedText({ ...invitation, updated: true }, t)).toEqual([
      'Ada Lovelace invited you to their phone line (+1 512 555 0100).',
      'Dialtone already had alice@dialtone-ab12.sip.twilio.com: it now signs in with the password and settings in this invitation.',
    ]);
  });

  it('tells it in German', () => {
    expect(invitationImportedText({ ...invitation, updated: true }, translatorFor('de'))).toEqual([
      'Ada Lovelace hat Sie zu seiner oder ihrer Telefonleitung eingeladen (+1 512 555 0100).',
      'Dialtone hatte alice@dialtone-ab12.sip.twilio.com bereits: Das Konto meldet sich jetzt mit dem Passwort und den Einstellungen aus dieser Einladung an.',
    ]);
  });
});
