import { describe, expect, it } from 'vitest';
import { planContactSearch } from './contact-search-plan';

describe('planContactSearch', () => {
  it('lists everything for an empty query', () => {
    expect(planContactSearch('')).toEqual({ kind: 'all' });
    expect(planContactSearch('   ')).toEqual({ kind: 'all' });
  });

  it.each([
    ['555 0123', '"5550123"'],
    ['(512) 555-0123', '"5125550123"'],
    ['+1512', '"1512"'],
    ['5125550123', '"5125550123"'],
    ['+44 20 7946 0958', '"442079460958"'],
    ['512.555', '"512555"'],
  ])('turns a number typed as %s into its digits', (query, match) => {
    expect(planContactSearch(query)).toEqual({ kind: 'match', match, filters: [] });
  });

  it('needs every word, phone-like words as digits, quotes escaped', () => {
    expect(planContactSearch('Ann  Smith')).toEqual({ kind: 'match', match: '"Ann" "Smith"', filters: [] });
    expect(planContactSearch('bob 555-01')).toEqual({ kind: 'match', match: '"bob" "55501"', filters: [] });
    expect(planContactSearch('say "hi"')).toEqual({ kind: 'match', match: '"say" """hi"""', filters: [] });
    expect(planContactSearch('Smith - Initech')).toEqual({ kind: 'match', match: '"Smith" "Initech"', filters: [] });
  });

  it('drops a typed sip: or sips: scheme, since SIP addresses are indexed bare', () => {
    expect(planContactSearch('sip:alice@pbx.example.com')).toEqual({
      kind: 'match',
      match: '"alice@pbx.example.com"',
      filters: [],
    });
    expect(planContactSearch('SIPS:bob@x.org')).toEqual({ kind: 'match', match: '"bob@x.org"', filters: [] });
  });

  it('turns words too short for the trigram index into filters', () => {
    expect(planContactSearch('Jo Smith')).toEqual({ kind: 'match', match: '"Smith"', filters: ['%Jo%'] });
    expect(planContactSearch('a_b% smith')).toEqual({ kind: 'match', match: '"a_b%" "smith"', filters: [] });
    expect(planContactSearch('5% smith')).toEqual({ kind: 'match', match: '"smith"', filters: ['%5\\%%'] });
  });

  it('uses the first eight words of a longer query', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    expect(planContactSearch(words.join(' '))).toEqual({
      kind: 'match',
      match: words
        .slice(0, 8)
        .map((word) => `"${word}"`)
        .join(' '),
      filters: [],
    });
  });

  it('treats a query of only short words as a name prefix', () => {
    expect(planContactSearch('jo')).toEqual({ kind: 'name-prefix', pattern: 'jo%' });
    expect(planContactSearch('5')).toEqual({ kind: 'name-prefix', pattern: '5%' });
    expect(planContactSearch('a b')).toEqual({ kind: 'name-prefix', pattern: 'a b%' });
    expect(planContactSearch('_%')).toEqual({ kind: 'name-prefix', pattern: '\\_\\%%' });
    expect(planContactSearch('jo  \t s')).toEqual({ kind: 'name-prefix', pattern: 'jo s%' });
  });
});
