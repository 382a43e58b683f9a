import { describe, expect, it } from 'vitest';
import { intlFor } from '../../i18n/active-intl';
import { momentText, routingCheckText, routingSyncText } from './live-at-twilio-text';

const en = intlFor('en');

const now = new Date(2026, 11, 3, 15, 0);
const earlierToday = new Date(2026, 11, 3, 14, 5).toISOString();
const problem = { code: 20500, message: 'Twilio had an internal error.', whatToDo: 'Try again later.', moreInfo: null };

describe('what is live at Twilio, in words', () => {
  it('gives the time alone today, and the day with it before', () => {
    expect(momentText(earlierToday, en, now)).not.toMatch(/Dec/);
    expect(momentText(earlierToday, en, now)).toMatch(/05/);
    expect(momentText(new Date(2026, 11, 1, 9, 30).toISOString(), en, now)).toMatch(/Dec.*30|30.*Dec/);
    expect(momentText('not a time', en, now)).toBe('at a time Dialtone could not read');
  });

  it('says live with its time, sending, and not live', () => {
    expect(routingSyncText({ status: 'live', at: earlierToday }, en, now)).toMatch(/^Live at Twilio since .*05/);
    expect(routingSyncText({ status: 'sending', since: earlierToday }, en, now)).toBe('Sending to Twilio…');
    expect(routingSyncText({ status: 'not-live', at: earlierToday, problem }, en, now)).toMatch(
      /^Not live at Twilio: /,
    );
    expect(routingSyncText({ status: 'none' }, en, now)).toMatch(/Check with Twilio/);
  });

  it('says what a check found, or why it could not check', () => {
    expect(routingCheckText({ status: 'checking' }, en, now)).toBe('Checking with Twilio…');
    expect(routingCheckText({ status: 'done', at: earlierToday, differences: [] }, en, now)).toMatch(
      /^Twilio has every/,
    );
    expect(
      routingCheckText({ status: 'done', at: earlierToday, differences: [{ id: 'setup.settingForwarding' }] }, en, now),
    ).toMatch(/not what is saved here.*Try again/);
    expect(routingCheckText({ status: 'failed', at: earlierToday, problem }, en, now)).toBe(
      'Dialtone could not check with Twilio: Twilio had an internal error. Try again later.',
    );
  });

  it('says it in the app’s language, with its way of writing the day and time', () => {
    const de = intlFor('de');
    expect(momentText(new Date(2026, 11, 1, 9, 30).toISOString(), de, now)).toBe('1. Dez., 9:30');
    expect(routingSyncText({ status: 'live', at: earlierToday }, de, now)).toBe('Bei Twilio aktiv seit 14:05.');
    expect(routingCheckText({ status: 'checking' }, intlFor('fr'), now)).toBe('Vérification auprès de Twilio…');
  });
});
