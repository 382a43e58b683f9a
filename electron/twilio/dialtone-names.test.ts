import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dialtoneFriendlyName,
  isDialtoneDomainFor,
  randomNameSuffix,
  routingServiceNameFor,
  sipDomainNameFor,
} from './dialtone-names';
import { isCloud, redirectUrl, twilioCloud } from './endpoints';

const e164 = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,14}$/))
  .map(([first, rest]) => `+${first}${rest}`);

describe('Dialtone names', () => {
  it('makes SIP domain names Twilio accepts: one DNS label of letters, digits and -, under sip.twilio.com', () => {
    fc.assert(
      fc.property(e164, (number) => {
        const name = sipDomainNameFor(number);
        const label = name.replace(/\.sip\.twilio\.com$/, '');
        expect(name.endsWith('.sip.twilio.com')).toBe(true);
        expect(label).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
        expect(label.length).toBeLessThanOrEqual(63);
        expect(isDialtoneDomainFor(name, number)).toBe(true);
      }),
    );
  });

  it('puts the number’s digits and a random part in the domain name', () => {
    expect(sipDomainNameFor('+15125550123', 'k3x9')).toBe('dialtone-15125550123-k3x9.sip.twilio.com');
    expect(randomNameSuffix()).toMatch(/^[a-z0-9]{4}$/);
    expect(isDialtoneDomainFor('dialtone-15125550123-k3x9.sip.twilio.com', '+15125550124')).toBe(false);
    expect(isDialtoneDomainFor('mine.sip.twilio.com', '+15125550123')).toBe(false);
  });

  it('keeps the routing service name within 50 characters a host can carry', () => {
    fc.assert(
      fc.property(e164, (number) => {
        const name = routingServiceNameFor(number);
        expect(name.length).toBeLessThanOrEqual(50);
        expect(name).toMatch(/^[a-z0-9-]+$/);
      }),
    );
    expect(dialtoneFriendlyName('+15125550123')).toBe('Dialtone +15125550123');
    expect(dialtoneFriendlyName('+999999999999999').length).toBeLessThanOrEqual(64);
  });
});

describe('endpoints', () => {
  const lab = {
    api: 'http://127.0.0.1:4010',
    serverless: 'http://127.0.0.1:4011',
    serverlessUpload: 'http://127.0.0.1:4012',
    pricing: 'http://127.0.0.1:4013',
  };

  it('redirects each Twilio product host (with edge and region too) and nothing else', () => {
    expect(redirectUrl(lab, 'https://api.twilio.com/2010-04-01/Accounts.json?X=1')).toBe(
      'http://127.0.0.1:4010/2010-04-01/Accounts.json?X=1',
    );
    expect(redirectUrl(lab, 'https://api.ashburn.us1.twilio.com/x')).toBe('http://127.0.0.1:4010/x');
    expect(redirectUrl(lab, 'https://serverless-upload.twilio.com/v1/S')).toBe('http://127.0.0.1:4012/v1/S');
    expect(redirectUrl(lab, 'https://pricing.twilio.com/v1/P')).toBe('http://127.0.0.1:4013/v1/P');
    expect(redirectUrl(lab, 'https://example.com/x')).toBe('https://example.com/x');
    expect(redirectUrl(twilioCloud, 'https://api.twilio.com/x')).toBe('https://api.twilio.com/x');
    expect(isCloud(twilioCloud)).toBe(true);
    expect(isCloud(lab)).toBe(false);
  });
});
