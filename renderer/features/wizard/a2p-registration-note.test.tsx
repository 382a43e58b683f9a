import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../../i18n/app-locale';
import { render } from '../messages/messages-render-test-kit';
import { A2pRegistrationNote } from './a2p-registration-note';

const noteFor = (phoneNumber: string | null, locale: AppLocale = 'en') =>
  render(<A2pRegistrationNote phoneNumber={phoneNumber} />, locale).html;

describe('A2pRegistrationNote (the setup finish step)', () => {
  it('says in one sentence that texting from a US local number needs A2P 10DLC registration, with the link', () => {
    const html = noteFor('+15125550100');
    expect(html).toMatch(
      /^<p class="wizard-note">Texting US phones from this local number needs A2P 10DLC registration: /,
    );
    expect(html).toMatch(
      /Twilio requires a Brand and a Campaign, registered in the Twilio Console under Messaging &gt; Regulatory Compliance, before US carriers deliver your texts\. <a /,
    );
    expect(html).toContain(
      '<a href="https://www.twilio.com/docs/messaging/compliance/a2p-10dlc" target="_blank" rel="noreferrer">About A2P 10DLC registration<span class="visually-hidden"> (opens in your browser)</span></a>',
    );
  });

  it('says it for a Canadian local number too', () => {
    expect(noteFor('+14165550100')).toMatch(/needs A2P 10DLC registration/);
  });

  it('says nothing for a toll-free number, another country, or no number', () => {
    for (const phoneNumber of ['+18885550100', '+18005550100', '+18765550100', '+442079460958', null]) {
      expect(noteFor(phoneNumber), String(phoneNumber)).toBe('');
    }
  });

  it('says it in German, with the Console menu path as Twilio shows it', () => {
    const html = noteFor('+15125550100', 'de');
    expect(html).toMatch(
      /^<p class="wizard-note">Für SMS an US-Telefone von dieser Ortsnummer ist eine A2P-10DLC-Registrierung nötig: /,
    );
    expect(html).toContain('unter Messaging &gt; Regulatory Compliance');
    expect(html).toContain(
      'Über die A2P-10DLC-Registrierung<span class="visually-hidden"> (öffnet sich in Ihrem Browser)</span></a>',
    );
  });
});
