import { describe, expect, it } from 'vitest';
import { momentText, routingCheckText, routingSyncText } from './live-at-twilio-text';

const now = new Date(2026, 11, 3, 15, 0);
const earlierToday = new Date(2026, 11, 3, 14, 5).toISOString();
const problem = { code: 20500, message: 'Twilio had an internal error.', whatToDo: 'Try again later.', moreInfo: null };

describe('what is live at Twilio, in words', () => {
  it('gives the time alone today, and the day with it before', () => {
    expect(momentText(earlierToday, now)).not.toMatch(/Dec/);
    expect(momentText(earlierToday, now)).toMatch(/05/);
    expect(momentText(new Date(2026, 11, 1, 9, 30).toISOString(), now)).toMatch(/Dec.*30|30.*Dec/);
    expect(momentText('not a time', now)).toBe('at a time Dialtone could not read');
  });

  it('says live with its time, sending, and not live', () => {
    expect(routingSyncText({ status: 'live', at: earlierToday }, now)).toMatch(/^Live at Twilio since .*05/);
    expect(routingSyncText({ status: 'sending', since: earlierToday }, now)).toBe('Sending to Twilio…');
    expect(routingSyncText({ status: 'not-live', at: earlierToday, problem }, now)).toMatch(/^Not live at Twilio: /);
    expect(routingSyncText({ status: 'none' }, now)).toMatch(/Check with Twilio/);
  });

  it('says what a check found, or why it could not check', () => {
    expect(routingCheckText({ status: 'checking' }, now)).toBe('Checking with Twilio…');
    expect(routingCheckText({ status: 'done', at: earlierToday, differences: [] }, now)).toMatch(/^Twilio has every/);
    expect(routingCheckText({ status: 'done', at: earlierToday, differences: ['Forwarding'] }, now)).toMatch(
      /not what is saved here.*Try again/,
    );
    expect(routingCheckText({ status: 'failed', at: earlierToday, problem }, now)).toBe(
      'Dialtone could not check with Twilio: Twilio had an internal error. Try again later.',
    );
  });
});
