import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { toDialTarget } from '../../shared/phone/phone-number';
import { asteriskDialplanConfig } from './asterisk-dialplan-config';
import { printAsteriskConfig } from './asterisk-config-writer';
import { asteriskPjsipConfig } from './asterisk-pjsip-config';
import {
  asteriskInput,
  followDialplan,
  parseAsteriskConfig,
  pjsipObjects,
  samplePasswords,
  valueOf,
  valuesOf,
} from './pbx-config-test-kit';

function dialplanFor(country: string, phoneNumber = '+15125550100') {
  const text = printAsteriskConfig(asteriskDialplanConfig(asteriskInput({ country, phoneNumber })));
  return { text, sections: parseAsteriskConfig(text) };
}

/** What office phones type, national and international; Dialtone's own dialler says what each one means. */
const dialledByCountry: Record<string, string[]> = {
  US: ['5125550123', '15125550123', '011442079460000', '00442079460000'],
  GB: ['02079460000', '07400123456', '0033612345678'],
  DE: ['030123456', '015123456789', '0033612345678'],
  RU: ['89123456789', '810442079460000', '00442079460000'],
  IT: ['0612345678', '3123456789', '0033612345678'],
  AU: ['0412345678', '0299998888'],
  JP: ['09012345678', '010442079460000'],
};

describe('asteriskDialplanConfig', () => {
  it.each(Object.entries(dialledByCountry))(
    'rewrites what is dialled in %s to the E.164 number it means',
    (country, numbers) => {
      const { sections } = dialplanFor(country);
      for (const dialled of numbers) {
        const meaning = toDialTarget(dialled, country);
        const expected = meaning.ok ? meaning.target : meaning.message;
        expect(expected, dialled).toMatch(/^\+\d+$/);
        expect(followDialplan(sections, 'to-twilio', dialled), dialled).toEqual({
          context: 'twilio-dial',
          exten: expected,
          application: 'Set(CALLERID(num)=+15125550100)',
        });
      }
    },
  );

  it('understands the country’s own international prefix, as libphonenumber-js reads it', () => {
    for (const [country, dialled] of [
      ['AU', '0011442079460000'],
      ['US', '011442079460000'],
      ['RU', '810442079460000'],
    ] as const) {
      const expected = parsePhoneNumberFromString(dialled, country)?.number;
      expect(expected).toBe('+442079460000');
      expect(followDialplan(dialplanFor(country).sections, 'to-twilio', dialled).exten).toBe(expected);
    }
    expect(followDialplan(dialplanFor('AU').sections, 'to-twilio', '00442079460000').application).toBeNull();
  });

  it('passes numbers already in E.164 through unchanged, and leaves emergency numbers unrouted', () => {
    const { sections } = dialplanFor('GB');
    expect(followDialplan(sections, 'to-twilio', '+15125550123')).toMatchObject({ exten: '+15125550123' });
    expect(followDialplan(sections, 'to-twilio', '999').application).toBeNull();
    expect(followDialplan(dialplanFor('US').sections, 'to-twilio', '911').application).toBeNull();
  });

  it('dials out through the trunk endpoint with PJSIP syntax, as the trunk’s number', () => {
    const { text, sections } = dialplanFor('US');
    const twilioDial = sections.find((section) => section.name === 'twilio-dial')?.entries ?? [];
    expect(valuesOf(twilioDial, 'same')).toContain('n,Dial(PJSIP/${EXTEN}@twilio-trunk,60)');
    expect(text).not.toMatch(/(?<!PJ)SIP\//);
  });

  it('rings the Dialtone phone for the trunk’s number with or without +, and for its extension number', () => {
    const { sections } = dialplanFor('US');
    const ringsDialtone = { context: 'dialtone-phone', exten: '1001', application: 'Dial(PJSIP/dialtone-1001,30)' };
    expect(followDialplan(sections, 'from-twilio', '+15125550100')).toEqual(ringsDialtone);
    expect(followDialplan(sections, 'from-twilio', '15125550100')).toEqual(ringsDialtone);
    expect(followDialplan(sections, 'from-twilio', '+15125550199').application).toBeNull();
    expect(followDialplan(sections, 'to-twilio', '1001')).toEqual(ringsDialtone);
  });

  it('defines every context the PJSIP endpoints name', () => {
    const input = asteriskInput();
    const endpoints = pjsipObjects(
      parseAsteriskConfig(printAsteriskConfig(asteriskPjsipConfig(input, samplePasswords))),
    ).filter((object) => object.type === 'endpoint');
    const contexts = parseAsteriskConfig(printAsteriskConfig(asteriskDialplanConfig(input))).map((s) => s.name);
    expect(endpoints).toHaveLength(2);
    for (const endpoint of endpoints) expect(contexts).toContain(valueOf(endpoint.entries, 'context'));
  });
});
