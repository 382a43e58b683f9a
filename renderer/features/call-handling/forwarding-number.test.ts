import { describe, expect, it } from 'vitest';
import { callHandlingSchema, defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { translatorFor } from '../../i18n/translate-test-kit';
import { forwardingModeHint, toForwardingNumber, withoutForwardingNumber } from './forwarding-number';

const t = translatorFor('en');

const ownNumber = '+15125550100';

describe('toForwardingNumber', () => {
  it.each([
    ['(512) 555-0142', 'US', '+15125550142'],
    ['512.555.0142', 'US', '+15125550142'],
    ['1 512 555 0142', 'US', '+15125550142'],
    ['+44 7400 123456', 'US', '+447400123456'],
    ['07400 123456', 'GB', '+447400123456'],
    ['0044 7400 123456', 'DE', '+447400123456'],
    ['030 1234567', 'DE', '+49301234567'],
    ['tel:+1-512-555-0142', 'US', '+15125550142'],
  ])('%j in %s forwards to %s', (typed, country, number) => {
    expect(toForwardingNumber(typed, country, [], ownNumber, null, t)).toEqual({ ok: true, number });
  });

  it.each([
    ['', /Type a phone number, such as your mobile/],
    ['   ', /Type a phone number, such as your mobile/],
    ['my mobile', /Type a phone number, such as your mobile/],
    ['sip:alice@example.com', /a SIP address cannot be forwarded to/],
    ['555 01', /too short/],
    ['+999 1234 5678', /\+999 is not a country code/],
    ['+44 7700 900123', /not a valid phone number/],
    ['911', /emergency services/],
    ['(512) 555-0142 ext 12', /without codes or an extension/],
    ['*67 512 555 0142', /without codes or an extension/],
    [`+1${'5'.repeat(5000)}`, /too long/],
  ])('%j is refused with what to type', (typed, message) => {
    const result = toForwardingNumber(typed, 'US', [], ownNumber, null, t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('refuses the Dialtone number itself, a number listed already, and a fourth number', () => {
    expect(toForwardingNumber('(512) 555-0100', 'US', [], ownNumber, null, t)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/your Dialtone number/),
    });
    expect(toForwardingNumber('512 555 0142', 'US', ['+15125550142'], ownNumber, null, t)).toEqual({
      ok: false,
      message: '(512) 555-0142 is on the list already.',
    });
    const three = ['+15125550141', '+15125550142', '+15125550143'];
    expect(toForwardingNumber('512 555 0144', 'US', three, ownNumber, null, t)).toEqual({
      ok: false,
      message: 'Calls go to at most 3 numbers. Remove one first.',
    });
  });
});

describe('withoutForwardingNumber', () => {
  const forwarding = (numbers: string[], changes: Partial<CallHandling> = {}): CallHandling => ({
    ...defaultCallHandling,
    forwarding: { mode: 'no-answer', numbers },
    ...changes,
  });

  it('keeps the mode while a number is left', () => {
    const result = withoutForwardingNumber(forwarding(['+15125550141', '+15125550142']), '+15125550141');
    expect(result.turnedOff).toBe(false);
    expect(result.handling.forwarding).toEqual({ mode: 'no-answer', numbers: ['+15125550142'] });
  });

  it('turns forwarding off with the last number, and sends what went to forwarding to voicemail, as main requires', () => {
    const before = forwarding(['+15125550141'], {
      doNotDisturbSendsTo: 'forwarding',
      afterHoursSendsTo: 'forwarding',
      blockedCallers: ['+19005550100'],
      quietHours: [{ days: [1], from: '22:00', to: '07:00' }],
    });
    const result = withoutForwardingNumber(before, '+15125550141');
    expect(result.turnedOff).toBe(true);
    expect(result.handling).toEqual({
      ...before,
      forwarding: { mode: 'off', numbers: [] },
      doNotDisturbSendsTo: 'voicemail',
      afterHoursSendsTo: 'voicemail',
    });
    expect(callHandlingSchema.safeParse(result.handling).success).toBe(true);
  });

  it('says nothing turned off when forwarding was not in use', () => {
    const idle = forwarding(['+15125550141'], { forwarding: { mode: 'off', numbers: ['+15125550141'] } });
    expect(withoutForwardingNumber(idle, '+15125550141').turnedOff).toBe(false);
  });
});

describe('toForwardingNumber and the countries the line may call', () => {
  it('takes a number in an allowed country, and any number while the countries are not known yet', () => {
    expect(toForwardingNumber('+44 20 7946 0958', 'US', [], ownNumber, ['US', 'GB'], t)).toEqual({
      ok: true,
      number: '+442079460958',
    });
    expect(toForwardingNumber('+44 20 7946 0958', 'US', [], ownNumber, null, t)).toMatchObject({ ok: true });
  });

  it('refuses a number outside them, saying which country to allow and where', () => {
    const result = toForwardingNumber('+44 20 7946 0958', 'US', [], ownNumber, ['US'], t);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Your line may not call numbers in United Kingdom, so calls cannot be forwarded to \+44 20 7946 0958\. Add United Kingdom under Settings, Twilio, “Calls to other countries”/,
      ),
    });
    expect(toForwardingNumber('(512) 555-0142', 'US', [], ownNumber, [], t)).toMatchObject({
      ok: false,
      message: expect.stringContaining('numbers in United States'),
    });
  });

  it('says it in the app’s language', () => {
    const fr = translatorFor('fr');
    expect(toForwardingNumber('(512) 555-0100', 'US', [], ownNumber, null, fr)).toEqual({
      ok: false,
      message: 'C’est votre numéro Dialtone : renvoyez vers un autre téléphone, par exemple votre mobile.',
    });
    expect(forwardingModeHint('always', translatorFor('de'))).toBe(
      'Anrufe gehen direkt an Ihre anderen Telefone; Dialtone klingelt nicht.',
    );
    expect(forwardingModeHint('off', t)).toBe('Calls ring only in Dialtone.');
  });
});
