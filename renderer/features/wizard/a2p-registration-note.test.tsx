import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { A2pRegistrationNote } from './a2p-registration-note';

const noteFor = (phoneNumber: string | null) => renderToStaticMarkup(<A2pRegistrationNote phoneNumber={phoneNumber} />);

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
});
