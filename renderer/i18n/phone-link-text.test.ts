import { describe, expect, it } from 'vitest';
import { parsePhoneLink } from '../../shared/phone/phone-link';
import { englishOf } from '../../shared/phone/phone-link-test-kit';
import { intlFor } from './active-intl';
import { phoneLinkProblemText } from './phone-link-text';

function refusal(uri: string, country = 'US') {
  const result = parsePhoneLink(uri, country);
  if (result.ok) throw new Error(`${uri} was callable`);
  return result;
}

const refusedLinks = [
  '',
  'mailto:alice@example.com',
  'not a link',
  'skype:echo123',
  'callto:echo123',
  'callto:',
  'callto:%ZZ',
  'tel:',
  'tel:%ZZ',
  'tel:alice@example.com',
  'tel:911',
  'tel:7042;phone-context=example.com',
  'tel:863-1234;phone-context=+1-914-555',
  'sip:example.com',
  'sip:%ZZ@example.com',
  `tel:+1512555${'0'.repeat(3000)}`,
];

describe('why a link cannot be called, in the person’s language', () => {
  it('is the shared English word for word in English', () => {
    for (const uri of refusedLinks) {
      const result = refusal(uri);
      expect(phoneLinkProblemText(result.problems, intlFor('en')), uri).toBe(englishOf(result.problems));
    }
  });

  it('says it in French, German and Spanish, keeping what the link gave', () => {
    expect(phoneLinkProblemText(refusal('callto:echo123').problems, intlFor('fr'))).toBe(
      '« echo123 » est un nom Skype, pas un numéro de téléphone. Dialtone appelle des numéros de téléphone et des adresses SIP : demandez plutôt son numéro.',
    );
    expect(phoneLinkProblemText(refusal('mailto:x@example.com').problems, intlFor('de'))).toBe(
      'Dialtone kann keine mailto:-Links öffnen. Dialtone öffnet tel:-, sip:- und callto:-Links.',
    );
    // A local number elsewhere, then the dialler's own reason, both in Spanish.
    const both = phoneLinkProblemText(refusal('tel:7042;phone-context=example.com').problems, intlFor('es'));
    expect(both).toMatch(
      /^Este enlace es un número local de example\.com, al que Dialtone no puede llamar desde aquí\. \S/,
    );
    expect(both).not.toMatch(/This|number/);
  });
});
