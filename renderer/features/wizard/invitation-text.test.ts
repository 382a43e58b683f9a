import { describe, expect, it } from 'vitest';
import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { invitationImportedText } from './invitation-text';

const invitation = {
  account: { sipAddress: 'alice@dialtone-ab12.sip.twilio.com' },
  updated: false,
  inviterName: 'Ada Lovelace',
  phoneNumber: '+15125550100',
} as ImportedInvitation;

describe('invitationImportedText', () => {
  it("names who invited the person and the line's number", () => {
    expect(invitationImportedText(invitation)).toEqual([
      'Ada Lovelace invited you to their phone line (+1 512 555 0100).',
    ]);
  });

  it('leaves the number out when the line has none', () => {
    expect(invitationImportedText({ ...invitation, phoneNumber: null })).toEqual([
      'Ada Lovelace invited you to their phone line.',
    ]);
  });

  it('says so when an account Dialtone already had was changed', () => {
    expect(invitationImportedText({ ...invitation, updated: true })).toEqual([
      'Ada Lovelace invited you to their phone line (+1 512 555 0100).',
      'Dialtone already had alice@dialtone-ab12.sip.twilio.com: it now signs in with the password and settings in this invitation.',
    ]);
  });
});
