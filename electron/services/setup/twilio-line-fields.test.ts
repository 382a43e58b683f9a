import { describe, expect, it } from 'vitest';
import { accountFieldsSchema } from '../../../shared/models/account';
import { twilioLineFields } from './twilio-line-fields';

const line = { phoneNumber: '+15125550100', sipDomainName: 'dialtone-15125550100-k3x9.sip.twilio.com' };

describe('twilioLineFields', () => {
  it('registers the number at the global domain through the chosen edge, over TLS with SRTP required', () => {
    const fields = twilioLineFields({ ...line, edge: 'frankfurt', proxyOverride: null });
    expect(fields).toMatchObject({
      provider: 'twilio',
      sipAddress: '+15125550100@dialtone-15125550100-k3x9.sip.twilio.com',
      authUsername: '+15125550100',
      registrar: 'dialtone-15125550100-k3x9.sip.twilio.com',
      outboundProxy: 'sip.frankfurt.twilio.com',
      transport: 'tls',
      srtp: 'mandatory',
      trustedCaPem: null,
      enabled: true,
    });
    expect(accountFieldsSchema.safeParse(fields).success).toBe(true);
  });

  it('every edge gives a valid account', () => {
    for (const edge of ['ashburn', 'umatilla', 'dublin', 'singapore', 'tokyo', 'sydney', 'sao-paulo'] as const) {
      const fields = twilioLineFields({ ...line, edge, proxyOverride: null });
      expect(fields.outboundProxy).toBe(`sip.${edge}.twilio.com`);
      expect(accountFieldsSchema.safeParse(fields).success).toBe(true);
    }
  });

  it('tests reach the lab registrar, trusting its certificate', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const fields = twilioLineFields({
      ...line,
      edge: 'ashburn',
      proxyOverride: { host: '127.0.0.1:5071', trustedCaPem: pem },
    });
    expect(fields).toMatchObject({ outboundProxy: '127.0.0.1:5071', trustedCaPem: pem, stunServer: null });
  });
});
