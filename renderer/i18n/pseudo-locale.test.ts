import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { pseudoLocalize } from './pseudo-locale';

const format = (message: string, values: Record<string, string | number>) =>
  String(new IntlMessageFormat(message, 'en').format(values));

describe('the pseudo-locale', () => {
  it('accents letters, keeps the placeholders and grows the text by about 40% inside brackets', () => {
    const pseudo = pseudoLocalize('Call {name}');
    expect(format(pseudo, { name: 'Ana' })).toBe('[Çåļļ Ana ~~]');
  });

  it('keeps plural rules working, accenting each branch but not the number', () => {
    const pseudo = pseudoLocalize('{count, plural, one {# missed call} other {# missed calls}}');
    expect(format(pseudo, { count: 1 })).toMatch(/^\[1 ɱîššéđ çåļļ ~+\]$/);
    expect(format(pseudo, { count: 3 })).toMatch(/^\[3 ɱîššéđ çåļļš ~+\]$/);
  });

  it('leaves punctuation, digits and text without letters alone apart from the brackets', () => {
    expect(pseudoLocalize('0:05 / 2:00')).toBe('[0:05 / 2:00 ~~~~~]');
    expect(pseudoLocalize('Answered on another device')).toBe('[Åñšŵéŕéđ öñ åñöţĥéŕ đéṽîçé ~~~~~ ~~~~~]');
    expect(pseudoLocalize('')).toBe('[]');
  });
});
