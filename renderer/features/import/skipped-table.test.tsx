import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/models/contact';
import { words } from '../../../shared/text/words';
import { intlFor } from '../../i18n/active-intl';
import { wordsText } from '../../i18n/words-text';
import { render } from '../messages/messages-render-test-kit';
import { SkippedTable } from './skipped-table';

const skipped: ImportReport['skipped'] = [
  {
    item: words('contacts.entryNumberOf', { name: 'Bob Stone', number: '12' }),
    reason: [
      words('contacts.numberTooShortIn', { position: 2, number: '12', country: 'US' }),
      words('contacts.importedWithoutNumber'),
    ],
  },
  { item: words('contacts.entryRow', { row: 5 }), reason: [words('contacts.noNameNoNumber')] },
];

describe('the entries an import leaves out', () => {
  it('says where each is and why, in English as main wrote it', () => {
    const { text } = render(<SkippedTable skipped={skipped} />);
    expect(text).toContain(
      'Bob Stone: 12Phone number 2 (“12”) is not a possible number in United States: it is too short.',
    );
    expect(text).toContain(
      'Type the whole number with its area code, or start it with + and the country code. The contact was imported without it.',
    );
    expect(text).toContain('row 5no name and no phone number');
  });

  it('says them in the person’s language', () => {
    const french = render(<SkippedTable skipped={skipped} />, 'fr').text;
    expect(french).toContain('Bob Stone : 12Le numéro de téléphone 2 (« 12 ») n’est pas un numéro possible');
    expect(french).toContain('Le contact a été importé sans ce numéro.');
    expect(french).toContain('ligne 5ni nom ni numéro de téléphone');
    expect(render(<SkippedTable skipped={skipped} />, 'de').text).toContain('Zeile 5weder Name noch Telefonnummer');
  });

  it('translates what main refuses to save, with the number it quotes, so the form can place it', () => {
    const refusal = words('contacts.numberTooShort', { position: 1, number: '+1 55' });
    expect(wordsText(refusal, intlFor('es'))).toMatch(/^El número de teléfono 1 \(«\+1 55»\) no es un número posible/);
  });
});
