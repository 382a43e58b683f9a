import { describe, expect, it } from 'vitest';
import { toDialTarget } from '../../shared/phone/phone-number';
import { intlFor } from './active-intl';
import { dialProblemText } from './dial-problem-text';

function failureOf(text: string, country = 'US') {
  const result = toDialTarget(text, country);
  if (result.ok) throw new Error(`${text} was dialable`);
  return result;
}

describe('why a number cannot be dialled, in the person’s language', () => {
  it('is main’s English word for word in English', () => {
    for (const text of ['(012) 345-6789', '+999 1234 5678', 'sip:alice', '911', '*21#', 'hello']) {
      const failure = failureOf(text);
      expect(dialProblemText(failure, intlFor('en')), text).toBe(failure.message);
    }
  });

  it('names the country in the language shown', () => {
    expect(dialProblemText(failureOf('(012) 345-6789'), intlFor('de'))).toBe(
      'Keine Telefonnummer in Vereinigte Staaten beginnt so. Prüfen Sie die Nummer oder beginnen Sie sie mit + und der Ländervorwahl.',
    );
    expect(dialProblemText(failureOf('012 345 678', 'ES'), intlFor('es'))).toMatch(
      /^Ningún número de teléfono de España/,
    );
  });

  it('keeps the calling code it could not place', () => {
    expect(dialProblemText(failureOf('+999 1234 5678'), intlFor('fr'))).toBe(
      '+999 n’est pas un indicatif de pays. Vérifiez les chiffres après le +.',
    );
  });
});
