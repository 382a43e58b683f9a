import { describe, expect, it } from 'vitest';
import { defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { dialtoneRingSeconds } from '../../../shared/models/call-handling-names';
import { render } from '../messages/messages-render-test-kit';
import { ForwardingField, type ForwardingFieldProps } from './forwarding-field';

const field = (forwarding: CallHandling['forwarding'], props: Partial<ForwardingFieldProps> = {}) =>
  render(
    <ForwardingField
      handling={{ ...defaultCallHandling, forwarding }}
      busy={false}
      change={async () => true}
      country="US"
      ownNumber="+15125550100"
      isTrial={false}
      {...props}
    />,
  );

describe('the forwarding field', () => {
  it('offers the five modes in words, with what the chosen one does', () => {
    const { html, text } = field({ mode: 'no-answer', numbers: ['+15125550142'] });
    const options = [...html.matchAll(/<option value="([\w-]+)"[^>]*>([^<]+)</g)].map(([, value, label]) => [
      value,
      label,
    ]);
    expect(options).toEqual([
      ['off', 'Off'],
      ['no-answer', 'When Dialtone does not answer (or is not connected)'],
      ['not-connected', 'Only when Dialtone is not connected'],
      ['together', 'Ring Dialtone and my other phones together'],
      ['always', 'Always forward'],
    ]);
    expect(html).toMatch(/<option value="no-answer" selected="">/);
    expect(text).toContain(`Dialtone rings for ${dialtoneRingSeconds} seconds`);
    expect(text).toContain('If no phone answers, the caller can leave a message.');
  });

  it('lists the numbers as the person writes them, each with its Remove', () => {
    const { html, text } = field({ mode: 'always', numbers: ['+15125550142', '+447400123456'] });
    expect(text).toContain('(512) 555-0142');
    expect(text).toContain('+44 7400 123456');
    expect(html).toContain('aria-label="Remove (512) 555-0142"');
    expect(html).toContain('aria-label="Remove +44 7400 123456"');
    expect(text).toContain('Another number');
  });

  it('offers no fourth number, and says why', () => {
    const { html, text } = field({ mode: 'together', numbers: ['+15125550141', '+15125550142', '+15125550143'] });
    expect(html).not.toContain('<input');
    expect(text).toContain('Calls ring at most 3 numbers together');
  });

  it('says forwarded calls show the caller and cost a second call', () => {
    const { text } = field({ mode: 'off', numbers: [] });
    expect(text).toContain('Calls ring only in Dialtone.');
    expect(text).not.toContain('If no phone answers');
    expect(text).toContain('Forwarded calls show the caller’s number.');
    expect(text).toContain('Each forwarded call is a second call on your Twilio account, billed per minute.');
    expect(text).toContain('Number to forward to');
  });

  it('tells a trial account to verify the numbers first, and where', () => {
    const trial = field({ mode: 'off', numbers: [] }, { isTrial: true }).text;
    expect(trial).toContain('Your Twilio account is a trial: it can only call numbers you have verified.');
    expect(trial).toContain('Twilio Console, under Phone Numbers > Verified Caller IDs');
    expect(field({ mode: 'off', numbers: [] }, { isTrial: false }).text).not.toContain('trial');
  });

  it('waits while main saves: the mode and Remove are unavailable', () => {
    const { html } = field({ mode: 'always', numbers: ['+15125550142'] }, { busy: true });
    expect(html).toMatch(/<select[^>]*disabled=""/);
    expect(html).toMatch(/aria-disabled="true" aria-label="Remove \(512\) 555-0142"/);
  });
});
