import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableText } from './readable-text';

const unreadable = /[\p{Cc}\p{Cs}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('readable text', () => {
  it('keeps ordinary text as it is', () => {
    expect(readableText('Ada Lovelace', 128)).toBe('Ada Lovelace');
    expect(readableText('Zoë Ångström 👩‍🔬', 128)).toBe('Zoë Ångström 👩‍🔬');
  });

  it('turns control characters and line breaks into single spaces', () => {
    expect(readableText('Ada\r\nLovelace\u0000\u0007', 128)).toBe('Ada Lovelace');
    expect(readableText('  Bob \t  Smith  ', 128)).toBe('Bob Smith');
  });

  it('drops the bidirectional controls that make a name read backwards', () => {
    expect(readableText('Bank \u202Eenilno\u202C', 128)).toBe('Bank enilno');
  });

  it('replaces a lone surrogate', () => {
    expect(readableText('a\uD800b', 128)).toBe('a b');
  });

  it('ends long text in an ellipsis within the limit', () => {
    const text = readableText('x'.repeat(300), 128);
    expect(text).toHaveLength(128);
    expect(text.endsWith('x…')).toBe(true);
  });

  it('never cuts a character made of two UTF-16 units in half', () => {
    expect(readableText('a😀😀', 3)).toBe('a…');
    expect(readableText('😀😀😀', 4)).toBe('😀…');
  });

  it('for any text: within the limit, readable, and unchanged when read again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const readable = readableText(text, max);
        expect(readable.length).toBeLessThanOrEqual(max);
        expect(readable).not.toMatch(unreadable);
        expect(readable).toBe(readable.trim());
        expect(readableText(readable, max)).toBe(readable);
      }),
      { numRuns: 500 },
    );
  });
});
