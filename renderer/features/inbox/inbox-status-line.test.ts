import { describe, expect, it } from 'vitest';
import type { InboxStatus } from '../../../shared/models/inbox';
import { intlFor } from '../../i18n/active-intl';
import { describeInboxStatus } from './inbox-status-line';

const ready: InboxStatus = { available: true, syncing: false, problem: null, lastSyncedAt: null };

describe('the inbox status line', () => {
  it('says whether Dialtone has checked Twilio, and when', () => {
    const en = intlFor('en');
    expect(describeInboxStatus({ ...ready, available: false }, en)).toBe(
      'Voicemail and text messages come with a Twilio phone line. Set one up from Settings, Phone line.',
    );
    expect(describeInboxStatus({ ...ready, syncing: true }, en)).toBe(
      'Checking Twilio for new voicemail and messages…',
    );
    expect(describeInboxStatus(ready, en)).toBe('Not checked with Twilio yet.');
    const at = new Date(2025, 5, 4, 14, 5).getTime();
    expect(describeInboxStatus({ ...ready, lastSyncedAt: at }, en)).toBe('Up to date with Twilio as of 2:05 PM.');
    expect(describeInboxStatus({ ...ready, lastSyncedAt: at }, intlFor('de'))).toBe('Mit Twilio abgeglichen um 14:05.');
  });
});
